using System;
using System.Collections.Generic;
using System.Linq;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Fairness
{
    /// <summary>
    /// One figure computed for every grouping: a <see cref="FairnessMetric"/> against one reference — between groups
    /// (Fairlearn's <c>between_groups</c>), relative to the whole test set (<c>to_overall</c>), or, for disparate
    /// impact, the smallest and the largest ratio to the reference group. <see cref="All"/> is the table, in report
    /// order; <see cref="DisparityStatistics"/> computes each into its slot.
    /// </summary>
    internal sealed class Disparity
    {
        private Disparity(int index, FairnessMetric metric, DisparityReference reference, string? end = null)
        {
            Index = index;
            Metric = metric;
            Reference = reference;
            End = end;
            Key = reference == DisparityReference.Overall ? "toOverall." + metric.Name
                : end != null ? metric.Name + "." + end
                : metric.Name;
        }

        /// <summary>Its slot among a grouping's disparities (its position in <see cref="All"/>).</summary>
        public int Index { get; }

        /// <summary>The fairness metric it is a figure of.</summary>
        public FairnessMetric Metric { get; }

        /// <summary>What each group is compared with.</summary>
        public DisparityReference Reference { get; }

        /// <summary>For a metric bounded on both sides, which end this figure is: "min" (the smallest) or "max" (the largest); otherwise null.</summary>
        public string? End { get; }

        /// <summary>The key in the uncertainty record and in gate results: "demographicParityRatio", "toOverall.demographicParityRatio", "disparateImpact.min".</summary>
        public string Key { get; }

        /// <summary>True when its rates are taken given the label, so its groups need enough of each class.</summary>
        public bool UsesLabel => Metric.UsesLabel;

        /// <summary>max SR − min SR.</summary>
        public static readonly Disparity DemographicParityDifference = new Disparity(0, FairnessMetric.DemographicParityDifference, DisparityReference.BetweenGroups);
        /// <summary>min SR ÷ max SR.</summary>
        public static readonly Disparity DemographicParityRatio = new Disparity(1, FairnessMetric.DemographicParityRatio, DisparityReference.BetweenGroups);
        /// <summary>max(TPR spread, FPR spread).</summary>
        public static readonly Disparity EqualizedOddsDifference = new Disparity(2, FairnessMetric.EqualizedOddsDifference, DisparityReference.BetweenGroups);
        /// <summary>min(TPR ratio, FPR ratio).</summary>
        public static readonly Disparity EqualizedOddsRatio = new Disparity(3, FairnessMetric.EqualizedOddsRatio, DisparityReference.BetweenGroups);
        /// <summary>TPR spread.</summary>
        public static readonly Disparity EqualOpportunityDifference = new Disparity(4, FairnessMetric.EqualOpportunityDifference, DisparityReference.BetweenGroups);

        /// <summary>The same metrics relative to the whole test set.</summary>
        public static class ToOverall
        {
            /// <summary>max over groups of |SR(g) − SR(all)|.</summary>
            public static readonly Disparity DemographicParityDifference = new Disparity(5, FairnessMetric.DemographicParityDifference, DisparityReference.Overall);
            /// <summary>min over groups of min(SR(g) ÷ SR(all), SR(all) ÷ SR(g)).</summary>
            public static readonly Disparity DemographicParityRatio = new Disparity(6, FairnessMetric.DemographicParityRatio, DisparityReference.Overall);
            /// <summary>max(TPR gap, FPR gap) to the whole test set.</summary>
            public static readonly Disparity EqualizedOddsDifference = new Disparity(7, FairnessMetric.EqualizedOddsDifference, DisparityReference.Overall);
            /// <summary>min(TPR ratio, FPR ratio) to the whole test set.</summary>
            public static readonly Disparity EqualizedOddsRatio = new Disparity(8, FairnessMetric.EqualizedOddsRatio, DisparityReference.Overall);
            /// <summary>TPR gap to the whole test set.</summary>
            public static readonly Disparity EqualOpportunityDifference = new Disparity(9, FairnessMetric.EqualOpportunityDifference, DisparityReference.Overall);
        }

        /// <summary>min over groups of SR(group) ÷ SR(reference).</summary>
        public static readonly Disparity DisparateImpactMin = new Disparity(10, FairnessMetric.DisparateImpact, DisparityReference.ReferenceGroup, "min");
        /// <summary>max over groups of SR(group) ÷ SR(reference).</summary>
        public static readonly Disparity DisparateImpactMax = new Disparity(11, FairnessMetric.DisparateImpact, DisparityReference.ReferenceGroup, "max");

        /// <summary>The number of disparities.</summary>
        public static int Count => Ordered.Table.Length;

        /// <summary>Every disparity in report order (a disparity's <see cref="Index"/> is its position).</summary>
        public static IReadOnlyList<Disparity> All() => Ordered.Table;

        /// <summary>
        /// The disparity a gate judges: its metric, the reference <c>relativeTo</c> asks for (a metric with a reference
        /// group always compares with it), and for a metric bounded on both sides which end its bound looks at.
        /// </summary>
        /// <exception cref="ArgumentException">The name is not a fairness metric.</exception>
        public static Disparity Judged(string metric, FairnessReference relativeTo, bool maximum = false)
        {
            FairnessMetric judged = FairnessMetric.Named(metric);
            DisparityReference reference = judged.References.Contains(DisparityReference.ReferenceGroup) ? DisparityReference.ReferenceGroup
                : relativeTo == FairnessReference.Overall ? DisparityReference.Overall
                : DisparityReference.BetweenGroups;
            string? end = judged.Direction == FairnessDirection.Bounds ? maximum ? "max" : "min" : null;
            foreach (Disparity disparity in Ordered.Table)
            {
                if (disparity.Metric == judged && disparity.Reference == reference && disparity.End == end) return disparity;
            }

            throw new ArgumentException($"'{metric}' has no figure relative to {reference}.", nameof(metric));
        }

        /// <inheritdoc/>
        public override string ToString() => Key;

        // Its own type, so that the table is built after both Disparity's and ToOverall's fields, whichever is read first.
        private static class Ordered
        {
            public static readonly Disparity[] Table =
            {
                DemographicParityDifference, DemographicParityRatio, EqualizedOddsDifference, EqualizedOddsRatio, EqualOpportunityDifference,
                ToOverall.DemographicParityDifference, ToOverall.DemographicParityRatio, ToOverall.EqualizedOddsDifference,
                ToOverall.EqualizedOddsRatio, ToOverall.EqualOpportunityDifference,
                DisparateImpactMin, DisparateImpactMax,
            };
        }
    }
}
