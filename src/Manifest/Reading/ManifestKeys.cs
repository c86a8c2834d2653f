using System;
using System.Collections.Generic;
using AiFactory.Manifest.Gates.Baseline;
using AiFactory.Manifest.Gates.Business;
using AiFactory.Manifest.Gates.Data;
using AiFactory.Manifest.Gates.Fairness;
using AiFactory.Manifest.Gates.Metrics;

namespace AiFactory.Manifest.Reading
{
    /// <summary>
    /// The keys aifactory.json may hold, level by level: the list the schema and the documentation are tested against.
    /// Each gate kind's keys are its own (<c>src/Manifest/Gates/&lt;Kind&gt;/&lt;Kind&gt;Keys.cs</c>), named here too.
    /// Metric names (<see cref="Model.MetricNames"/>) and column names are the open keys of <c>gates.metrics</c>,
    /// <c>gates.baseline</c> and <c>data.columns</c>.
    /// </summary>
    internal static class ManifestKeys
    {
        /// <summary>The top level.</summary>
        public static readonly IReadOnlyList<string> Root = new[] { "$schema", "model", "business", "data", "gates" };

        /// <summary>The <c>model</c> section.</summary>
        public static readonly IReadOnlyList<string> Model = new[] { "name", "task", "owners", "intendedUse", "source", "threshold", "seed", "riskTier", "card" };

        /// <summary><c>model.card</c>: the human-written parts of the model card.</summary>
        public static readonly IReadOnlyList<string> Card = new[]
        {
            "overview", "users", "useCases", "outOfScope", "limitations", "tradeoffs", "ethicalConsiderations", "risks", "license", "references",
        };

        /// <summary>An entry of <c>model.card.risks</c>.</summary>
        public static readonly IReadOnlyList<string> CardRisk = new[] { "risk", "mitigation" };

        /// <summary>The <c>business</c> section.</summary>
        public static readonly IReadOnlyList<string> Business = BusinessKeys.Section;

        /// <summary><c>business.costs</c>.</summary>
        public static readonly IReadOnlyList<string> Costs = BusinessKeys.Costs;

        /// <summary>The <c>data</c> section.</summary>
        public static readonly IReadOnlyList<string> Data = new[]
        {
            "train", "test", "label", "positive", "columns", "sensitive", "missingValues", "score", "prediction", "allowedRoots", "bins", "onBadRow",
        };

        /// <summary>
        /// The <c>gates</c> section, <see cref="GatesNotSupportedYet"/> included: the key of every kind of
        /// <c>Gates.GateSections</c>, in the order unknown-key messages list them.
        /// </summary>
        public static readonly IReadOnlyList<string> Gates = new[] { "metrics", "baseline", "business", "fairness", "data" };

        /// <summary>Gates the design names whose feature is not released yet: using one is error AIF2009.</summary>
        public static readonly IReadOnlyList<string> GatesNotSupportedYet = Array.Empty<string>();

        /// <summary>The settings of <c>gates.metrics</c>; its other keys are metric names.</summary>
        public static readonly IReadOnlyList<string> MetricSettings = MetricsKeys.Settings;

        /// <summary>The settings of <c>gates.business</c> beside its bound.</summary>
        public static readonly IReadOnlyList<string> BusinessSettings = BusinessKeys.Settings;

        /// <summary>An entry of <c>gates.metrics</c>.</summary>
        public static readonly IReadOnlyList<string> MetricBounds = MetricsKeys.Bounds;

        /// <summary>The fixed key of <c>gates.baseline</c>; the others are metric names.</summary>
        public const string BaselineResults = BaselineKeys.Results;

        /// <summary>The settings of <c>gates.baseline</c>, spelt as those of <c>gates.metrics</c>.</summary>
        public static readonly IReadOnlyList<string> BaselineSettings = BaselineKeys.Settings;

        /// <summary>An entry of <c>gates.baseline</c>.</summary>
        public static readonly IReadOnlyList<string> BaselineBounds = BaselineKeys.Bounds;

        /// <summary><c>gates.business</c>.</summary>
        public static readonly IReadOnlyList<string> BusinessGates = BusinessKeys.Gates;

        /// <summary><c>gates.data</c>: bounds on the training and test data.</summary>
        public static readonly IReadOnlyList<string> DataGates = DataKeys.Gates;

        /// <summary>The settings of <c>gates.data</c> beside its bounds.</summary>
        public static readonly IReadOnlyList<string> DataSettings = DataKeys.Settings;

        /// <summary><c>gates.data.minRows</c> in its object form: a bound per file.</summary>
        public static readonly IReadOnlyList<string> DataGateFiles = DataKeys.Files;

        /// <summary><c>gates.data.maxMissingRate</c> in its object form; <c>columns</c> holds column names.</summary>
        public static readonly IReadOnlyList<string> MissingRateBounds = DataKeys.MissingRateBounds;

        /// <summary><c>gates.fairness</c>: the disparity gates, <c>everyGroup</c>, and the settings of groups and intervals.</summary>
        public static readonly IReadOnlyList<string> Fairness = FairnessKeys.Section;

        /// <summary>An entry of a difference in <c>gates.fairness</c> (demographicParityDifference, ...).</summary>
        public static readonly IReadOnlyList<string> FairnessDifferenceBounds = FairnessKeys.DifferenceBounds;

        /// <summary>An entry of a ratio in <c>gates.fairness</c> (demographicParityRatio, equalizedOddsRatio).</summary>
        public static readonly IReadOnlyList<string> FairnessRatioBounds = FairnessKeys.RatioBounds;

        /// <summary>The entry of <c>gates.fairness.disparateImpact</c>.</summary>
        public static readonly IReadOnlyList<string> DisparateImpactBounds = FairnessKeys.DisparateImpactBounds;

        /// <summary>An entry of <c>gates.fairness.everyGroup</c>.</summary>
        public static readonly IReadOnlyList<string> GroupMetricBounds = FairnessKeys.GroupMetricBounds;
    }
}
