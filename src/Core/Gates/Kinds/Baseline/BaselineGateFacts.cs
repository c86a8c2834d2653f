using AiFactory.Core.Metrics;

namespace AiFactory.Core.Gates.Kinds.Baseline
{
    /// <summary>What a baseline gate was judged on, beyond its figures: the baseline file and how far the judging got.</summary>
    internal sealed class BaselineGateFacts : GateFacts
    {
        /// <summary>Creates the facts.</summary>
        public BaselineGateFacts(BaselineSource source, BaselineFinding finding, BinaryMetrics metrics)
        {
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
    }
}
