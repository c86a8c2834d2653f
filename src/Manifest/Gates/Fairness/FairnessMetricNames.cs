using System.Collections.Generic;

namespace AiFactory.Manifest.Model
{
    /// <summary>The names of <c>gates.fairness</c>: the disparity gates and the per-group metrics <c>everyGroup</c> can bound.</summary>
    internal static class FairnessMetricNames
    {
        /// <summary>max selection rate − min selection rate.</summary>
        public const string DemographicParityDifference = "demographicParityDifference";
        /// <summary>min selection rate ÷ max selection rate.</summary>
        public const string DemographicParityRatio = "demographicParityRatio";
        /// <summary>max(TPR spread, FPR spread).</summary>
        public const string EqualizedOddsDifference = "equalizedOddsDifference";
        /// <summary>min(TPR ratio, FPR ratio).</summary>
        public const string EqualizedOddsRatio = "equalizedOddsRatio";
        /// <summary>TPR spread.</summary>
        public const string EqualOpportunityDifference = "equalOpportunityDifference";
        /// <summary>selection rate of a group ÷ selection rate of the reference group (AIF360; the four-fifths rule).</summary>
        public const string DisparateImpact = "disparateImpact";

        /// <summary>The disparity gates, in the order results list them.</summary>
        public static readonly IReadOnlyList<string> Disparities = new[]
        {
            DemographicParityDifference, DemographicParityRatio, EqualizedOddsDifference, EqualizedOddsRatio,
            EqualOpportunityDifference, DisparateImpact,
        };

        /// <summary>The disparities whose failing side is "too large" (bounded by <c>max</c>).</summary>
        public static bool IsDifference(string name) =>
            name == DemographicParityDifference || name == EqualizedOddsDifference || name == EqualOpportunityDifference;

        /// <summary>Share of the group predicted positive: P(Ŷ=1 | A=g).</summary>
        public const string SelectionRate = "selectionRate";
        /// <summary>True positive rate: P(Ŷ=1 | Y=1, A=g).</summary>
        public const string Tpr = "tpr";
        /// <summary>False positive rate: P(Ŷ=1 | Y=0, A=g).</summary>
        public const string Fpr = "fpr";
        /// <summary>False negative rate: P(Ŷ=0 | Y=1, A=g).</summary>
        public const string Fnr = "fnr";
        /// <summary>P(Y=1 | Ŷ=1, A=g).</summary>
        public const string Precision = "precision";
        /// <summary>Share of the group predicted correctly.</summary>
        public const string Accuracy = "accuracy";
        /// <summary>Area under the ROC curve within the group (needs scores).</summary>
        public const string Auc = "auc";

        /// <summary>The per-group metrics, in the order results list them.</summary>
        public static readonly IReadOnlyList<string> GroupMetrics = new[] { SelectionRate, Tpr, Fpr, Fnr, Precision, Accuracy, Auc };

        /// <summary>The per-group metrics estimated by the count bootstrap (all but auc, which has DeLong intervals).</summary>
        public static readonly IReadOnlyList<string> GroupRates = new[] { SelectionRate, Tpr, Fpr, Fnr, Precision, Accuracy };
    }
}
