using System.Collections.Generic;

namespace AiFactory.Manifest.Gates.Baseline
{
    /// <summary>The fixed keys of <c>gates.baseline</c> (results and the settings); its other keys are metric names (<see cref="Model.MetricNames"/>).</summary>
    internal static class BaselineKeys
    {
        /// <summary>The fixed key of <c>gates.baseline</c>: the earlier model's results.json.</summary>
        public const string Results = "results";

        /// <summary>The settings of <c>gates.baseline</c>: how its gates weigh the uncertainty of the paired difference, spelt as gates.metrics'.</summary>
        public static readonly IReadOnlyList<string> Settings = Metrics.MetricsKeys.Settings;

        /// <summary>An entry of <c>gates.baseline</c>.</summary>
        public static readonly IReadOnlyList<string> Bounds = new[] { "maxDrop", "minGain" };
    }
}
