using System.Collections.Generic;

namespace AiFactory.Manifest.Gates.Baseline
{
    /// <summary>The fixed keys of <c>gates.baseline</c>; its other keys are metric names (<see cref="Model.MetricNames"/>).</summary>
    internal static class BaselineKeys
    {
        /// <summary>The fixed key of <c>gates.baseline</c>: the earlier model's results.json.</summary>
        public const string Results = "results";

        /// <summary>An entry of <c>gates.baseline</c>.</summary>
        public static readonly IReadOnlyList<string> Bounds = new[] { "maxDrop", "minGain" };
    }
}
