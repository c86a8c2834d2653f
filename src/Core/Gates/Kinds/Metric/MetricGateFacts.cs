using AiFactory.Core.Metrics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Gates.Kinds.Metric
{
    /// <summary>What a metric gate was judged on, beyond its figures: the mode, the test set and why a value is missing.</summary>
    internal sealed class MetricGateFacts : GateFacts
    {
        /// <summary>Creates the facts.</summary>
        public MetricGateFacts(JudgingMode mode, long testRows, BinaryMetrics metrics, bool scoresMissing)
        {
            Mode = mode;
            TestRows = testRows;
            Metrics = metrics;
            ScoresMissing = scoresMissing;
        }

        /// <summary>How uncertainty was weighed (gates.metrics.judging).</summary>
        public JudgingMode Mode { get; }

        /// <summary>The rows of the test set the metric was measured on.</summary>
        public long TestRows { get; }

        /// <summary>The overall metrics, which say why an undefined one is undefined (<see cref="UndefinedMetricReason"/>).</summary>
        public BinaryMetrics Metrics { get; }

        /// <summary>True when the metric needs scores and the predictions are labels only (AIF4008).</summary>
        public bool ScoresMissing { get; }
    }
}
