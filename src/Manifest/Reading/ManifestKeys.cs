using System.Collections.Generic;

namespace AiFactory.Manifest.Reading
{
    /// <summary>
    /// The keys aifactory.json may hold, level by level: the single list the reader checks against (the schema and the
    /// documentation are tested against it). Metric names (<see cref="Model.MetricNames"/>) and column names are the
    /// open keys of <c>gates.metrics</c>, <c>gates.baseline</c> and <c>data.columns</c>.
    /// </summary>
    public static class ManifestKeys
    {
        /// <summary>The top level.</summary>
        public static readonly IReadOnlyList<string> Root = new[] { "$schema", "model", "business", "data", "gates" };

        /// <summary>The <c>model</c> section.</summary>
        public static readonly IReadOnlyList<string> Model = new[] { "name", "task", "owners", "intendedUse", "source", "threshold", "seed" };

        /// <summary>The <c>business</c> section.</summary>
        public static readonly IReadOnlyList<string> Business = new[] { "kpi", "costs" };

        /// <summary><c>business.costs</c>.</summary>
        public static readonly IReadOnlyList<string> Costs = new[] { "truePositive", "falsePositive", "trueNegative", "falseNegative" };

        /// <summary>The <c>data</c> section.</summary>
        public static readonly IReadOnlyList<string> Data = new[]
        {
            "train", "test", "label", "positive", "columns", "sensitive", "missingValues", "score", "prediction", "allowedRoots",
        };

        /// <summary>The <c>gates</c> section, <see cref="GatesNotSupportedYet"/> included.</summary>
        public static readonly IReadOnlyList<string> Gates = new[] { "metrics", "baseline", "business", "fairness", "data" };

        /// <summary>Gates the design names whose feature is not released yet: using one is error AIF2009.</summary>
        public static readonly IReadOnlyList<string> GatesNotSupportedYet = new[] { "fairness", "data" };

        /// <summary>An entry of <c>gates.metrics</c>.</summary>
        public static readonly IReadOnlyList<string> MetricBounds = new[] { "min", "max" };

        /// <summary>The fixed key of <c>gates.baseline</c>; the others are metric names.</summary>
        public const string BaselineResults = "results";

        /// <summary>An entry of <c>gates.baseline</c>.</summary>
        public static readonly IReadOnlyList<string> BaselineBounds = new[] { "maxDrop", "minGain" };

        /// <summary><c>gates.business</c>.</summary>
        public static readonly IReadOnlyList<string> BusinessGates = new[] { "maxCostPer1000" };
    }
}
