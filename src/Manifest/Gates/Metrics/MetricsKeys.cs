using System.Collections.Generic;

namespace AiFactory.Manifest.Gates.Metrics
{
    /// <summary>The fixed keys of <c>gates.metrics</c>; its other keys are metric names (<see cref="Model.MetricNames"/>).</summary>
    internal static class MetricsKeys
    {
        /// <summary>The settings of <c>gates.metrics</c>.</summary>
        public static readonly IReadOnlyList<string> Settings = new[] { "judging", "confidence", "resamples", "seed" };

        /// <summary>An entry of <c>gates.metrics</c>.</summary>
        public static readonly IReadOnlyList<string> Bounds = new[] { "min", "max" };
    }
}
