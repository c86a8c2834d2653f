using AiFactory.Core.Baseline;
using AiFactory.Core.Metrics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Gates.Kinds.Baseline
{
    /// <summary>What a baseline gate was judged on, beyond its figures: the baseline file, how far the judging got, the mode and why there is no interval.</summary>
    internal sealed class BaselineGateFacts : GateFacts
    {
        /// <summary>Creates the facts.</summary>
        public BaselineGateFacts(BaselineSource source, BaselineFinding finding, BinaryMetrics metrics, JudgingMode mode = JudgingMode.PointEstimate,
            IntervalMissing missing = IntervalMissing.None, PairedDifference? difference = null)
        {
            Mode = mode;
            Missing = missing;
            Difference = difference;
            Source = source;
            Finding = finding;
            Metrics = metrics;
        }

        /// <summary>The baseline file compared with.</summary>
        public BaselineSource Source { get; }

        /// <summary>How far the judging got.</summary>
        public BaselineFinding Finding { get; }

        /// <summary>This model's overall metrics, which say why an undefined one is undefined.</summary>
        public BinaryMetrics Metrics { get; }

        /// <summary>How uncertainty was weighed (gates.baseline.judging).</summary>
        public JudgingMode Mode { get; }

        /// <summary>Why the change has no interval; <see cref="IntervalMissing.None"/> when it has one.</summary>
        public IntervalMissing Missing { get; }

        /// <summary>The paired difference computed from both models' rows; null when there were none to pair.</summary>
        public PairedDifference? Difference { get; }
    }
}
