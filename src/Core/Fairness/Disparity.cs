using System.Collections.Generic;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Fairness
{
    /// <summary>
    /// The disparities computed for every grouping, by index: five between groups (Fairlearn's <c>between_groups</c>),
    /// the same five relative to the whole test set (<c>to_overall</c>), and disparate impact against the reference
    /// group (its smallest and largest ratio).
    /// </summary>
    public static class Disparity
    {
        /// <summary>The number of disparities.</summary>
        public const int Count = 12;

        /// <summary>max SR − min SR.</summary>
        public const int DemographicParityDifference = 0;
        /// <summary>min SR ÷ max SR.</summary>
        public const int DemographicParityRatio = 1;
        /// <summary>max(TPR spread, FPR spread).</summary>
        public const int EqualizedOddsDifference = 2;
        /// <summary>min(TPR ratio, FPR ratio).</summary>
        public const int EqualizedOddsRatio = 3;
        /// <summary>TPR spread.</summary>
        public const int EqualOpportunityDifference = 4;

        /// <summary>Offset of the relative-to-overall forms of the five above.</summary>
        public const int ToOverall = 5;

        /// <summary>min over groups of SR(group) ÷ SR(reference).</summary>
        public const int DisparateImpactMin = 10;
        /// <summary>max over groups of SR(group) ÷ SR(reference).</summary>
        public const int DisparateImpactMax = 11;

        private static readonly string[] Names =
        {
            FairnessMetricNames.DemographicParityDifference, FairnessMetricNames.DemographicParityRatio,
            FairnessMetricNames.EqualizedOddsDifference, FairnessMetricNames.EqualizedOddsRatio,
            FairnessMetricNames.EqualOpportunityDifference,
        };

        /// <summary>The key of a disparity in the uncertainty record: "demographicParityRatio", "toOverall.demographicParityRatio", "disparateImpact.min".</summary>
        public static string Key(int disparity) =>
            disparity < ToOverall ? Names[disparity]
            : disparity < DisparateImpactMin ? "toOverall." + Names[disparity - ToOverall]
            : disparity == DisparateImpactMin ? "disparateImpact.min" : "disparateImpact.max";

        /// <summary>The manifest name of a disparity (without its reference).</summary>
        public static string MetricName(int disparity) =>
            disparity >= DisparateImpactMin ? FairnessMetricNames.DisparateImpact : Names[disparity % ToOverall];

        /// <summary>The index of a gate's disparity: its name, its reference (groups or overall), and for disparate impact which bound.</summary>
        public static int IndexOf(string metric, FairnessReference reference, bool maximum = false)
        {
            if (metric == FairnessMetricNames.DisparateImpact) return maximum ? DisparateImpactMax : DisparateImpactMin;
            int index = System.Array.IndexOf(Names, metric);
            if (index < 0) throw new System.ArgumentException($"'{metric}' is not a disparity.", nameof(metric));
            return reference == FairnessReference.Overall ? index + ToOverall : index;
        }

        /// <summary>True when the disparity uses rates given the label (equalized odds, equal opportunity).</summary>
        public static bool UsesLabel(int disparity)
        {
            int core = disparity >= DisparateImpactMin ? -1 : disparity % ToOverall;
            return core == EqualizedOddsDifference || core == EqualizedOddsRatio || core == EqualOpportunityDifference;
        }

        /// <summary>Every disparity index in report order.</summary>
        public static IEnumerable<int> All()
        {
            for (int i = 0; i < Count; i++) yield return i;
        }
    }
}
