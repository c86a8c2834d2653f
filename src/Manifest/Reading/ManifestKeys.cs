using System;
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
            "train", "test", "label", "positive", "columns", "sensitive", "missingValues", "score", "prediction", "allowedRoots", "bins", "onBadRow",
        };

        /// <summary>The <c>gates</c> section, <see cref="GatesNotSupportedYet"/> included.</summary>
        public static readonly IReadOnlyList<string> Gates = new[] { "metrics", "baseline", "business", "fairness", "data" };

        /// <summary>Gates the design names whose feature is not released yet: using one is error AIF2009.</summary>
        public static readonly IReadOnlyList<string> GatesNotSupportedYet = Array.Empty<string>();

        /// <summary>The settings of <c>gates.metrics</c>; its other keys are metric names.</summary>
        public static readonly IReadOnlyList<string> MetricSettings = new[] { "judging", "confidence", "resamples", "seed" };

        /// <summary>The settings of <c>gates.business</c> beside its bound.</summary>
        public static readonly IReadOnlyList<string> BusinessSettings = new[] { "judging" };

        /// <summary>An entry of <c>gates.metrics</c>.</summary>
        public static readonly IReadOnlyList<string> MetricBounds = new[] { "min", "max" };

        /// <summary>The fixed key of <c>gates.baseline</c>; the others are metric names.</summary>
        public const string BaselineResults = "results";

        /// <summary>An entry of <c>gates.baseline</c>.</summary>
        public static readonly IReadOnlyList<string> BaselineBounds = new[] { "maxDrop", "minGain" };

        /// <summary><c>gates.business</c>.</summary>
        public static readonly IReadOnlyList<string> BusinessGates = new[] { "maxCostPer1000" };

        /// <summary><c>gates.data</c>: bounds on the training and test data.</summary>
        public static readonly IReadOnlyList<string> DataGates = new[]
        {
            "minRows", "maxMissingRate", "maxDuplicateRate", "maxOverlapRate", "minMinorityShare", "minGroupRows", "maxLeakageAuc",
            "maxProxyStrength",
        };

        /// <summary><c>gates.data.minRows</c> in its object form: a bound per file.</summary>
        public static readonly IReadOnlyList<string> DataGateFiles = new[] { "train", "test" };

        /// <summary><c>gates.data.maxMissingRate</c> in its object form; <c>columns</c> holds column names.</summary>
        public static readonly IReadOnlyList<string> MissingRateBounds = new[] { "overall", "eachColumn", "columns" };

        /// <summary><c>gates.fairness</c>: the disparity gates, <c>everyGroup</c>, and the settings of groups and intervals.</summary>
        public static readonly IReadOnlyList<string> Fairness = new[]
        {
            "demographicParityDifference", "demographicParityRatio", "equalizedOddsDifference", "equalizedOddsRatio",
            "equalOpportunityDifference", "disparateImpact", "everyGroup", "intersections", "minGroupSize", "minClassSize",
            "confidence", "resamples", "seed", "judging", "relativeTo", "onInsufficientData",
        };

        /// <summary>An entry of a difference in <c>gates.fairness</c> (demographicParityDifference, ...).</summary>
        public static readonly IReadOnlyList<string> FairnessDifferenceBounds = new[] { "max", "judging", "relativeTo" };

        /// <summary>An entry of a ratio in <c>gates.fairness</c> (demographicParityRatio, equalizedOddsRatio).</summary>
        public static readonly IReadOnlyList<string> FairnessRatioBounds = new[] { "min", "judging", "relativeTo" };

        /// <summary>The entry of <c>gates.fairness.disparateImpact</c>.</summary>
        public static readonly IReadOnlyList<string> DisparateImpactBounds = new[] { "min", "max", "referenceGroup", "judging" };

        /// <summary>An entry of <c>gates.fairness.everyGroup</c>.</summary>
        public static readonly IReadOnlyList<string> GroupMetricBounds = new[] { "min", "max", "judging" };
    }
}
