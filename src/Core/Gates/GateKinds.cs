namespace AiFactory.Core.Gates
{
    /// <summary>The kinds of gate, as <see cref="GateResult.Kind"/> and results.json name them.</summary>
    internal static class GateKinds
    {
        /// <summary>A bound on an overall metric (<c>gates.metrics</c>).</summary>
        public const string Metric = "metric";

        /// <summary>A comparison with an earlier model's results (<c>gates.baseline</c>).</summary>
        public const string Baseline = "baseline";

        /// <summary>A bound on the expected business cost (<c>gates.business</c>).</summary>
        public const string Business = "business";

        /// <summary>A bound on the training or test data itself (<c>gates.data</c>).</summary>
        public const string Data = "data";

        /// <summary>A bound on a disparity between sensitive groups, or on every group's metric (<c>gates.fairness</c>).</summary>
        public const string Fairness = "fairness";
    }
}
