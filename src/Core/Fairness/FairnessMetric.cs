using System;
using System.Collections.Generic;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Fairness
{
    /// <summary>
    /// A fairness metric the manifest can gate (<c>gates.fairness.&lt;name&gt;</c>): its name, its words in messages,
    /// the side on which it fails, the group rates it is built on and the rows they are taken over, what it compares
    /// groups with, the code of a failed gate and its formula in docs/fairness.md. The figures each metric yields
    /// for a grouping are the <see cref="Disparity"/> table; their computation is <see cref="DisparityStatistics"/>.
    /// </summary>
    internal sealed class FairnessMetric
    {
        /// <summary>The documentation page that defines every fairness metric.</summary>
        public const string Documentation = "docs/fairness.md#disparities";

        private FairnessMetric(string name, string words, FairnessDirection direction, GroupRate[] rates, Conditioning conditioning,
            DisparityReference[] references, string code, string formula)
        {
            Name = name;
            Words = words;
            Direction = direction;
            Rates = rates;
            Conditioning = conditioning;
            References = references;
            Code = code;
            Formula = formula;
        }

        /// <summary>The name as the manifest writes it: <c>demographicParityRatio</c>.</summary>
        public string Name { get; }

        /// <summary>The name in words, for messages: "demographic parity ratio".</summary>
        public string Words { get; }

        /// <summary>The side on which it fails: a difference ≤ max, a ratio ≥ min, or bounds on both sides.</summary>
        public FairnessDirection Direction { get; }

        /// <summary>The group rates it compares.</summary>
        public IReadOnlyList<GroupRate> Rates { get; }

        /// <summary>The rows its rates are taken over; anything but all rows needs each group to be adequate given the label.</summary>
        public Conditioning Conditioning { get; }

        /// <summary>True when its rates are taken given the label (equalized odds, equal opportunity).</summary>
        public bool UsesLabel => Conditioning != Conditioning.AllRows;

        /// <summary>What it can compare groups with: the other groups and the whole test set (as <c>relativeTo</c> says), or the reference group.</summary>
        public IReadOnlyList<DisparityReference> References { get; }

        /// <summary>The diagnostic code of a failed gate on it.</summary>
        public string Code { get; }

        /// <summary>The formula between groups, as the table of <see cref="Documentation"/> writes it.</summary>
        public string Formula { get; }

        /// <summary>max SR − min SR.</summary>
        public static readonly FairnessMetric DemographicParityDifference = new FairnessMetric(
            FairnessMetricNames.DemographicParityDifference, "demographic parity difference", FairnessDirection.AtMost,
            new[] { GroupRate.SelectionRate }, Conditioning.AllRows, Compared, DiagnosticIds.DemographicParityDifferenceAboveMaximum,
            "max SR − min SR");

        /// <summary>min SR ÷ max SR.</summary>
        public static readonly FairnessMetric DemographicParityRatio = new FairnessMetric(
            FairnessMetricNames.DemographicParityRatio, "demographic parity ratio", FairnessDirection.AtLeast,
            new[] { GroupRate.SelectionRate }, Conditioning.AllRows, Compared, DiagnosticIds.DemographicParityRatioBelowMinimum,
            "min SR / max SR");

        /// <summary>max(TPR spread, FPR spread).</summary>
        public static readonly FairnessMetric EqualizedOddsDifference = new FairnessMetric(
            FairnessMetricNames.EqualizedOddsDifference, "equalized odds difference", FairnessDirection.AtMost,
            new[] { GroupRate.Tpr, GroupRate.Fpr }, Conditioning.BothClasses, Compared, DiagnosticIds.EqualizedOddsDifferenceAboveMaximum,
            "max(max TPR − min TPR, max FPR − min FPR)");

        /// <summary>min(TPR ratio, FPR ratio).</summary>
        public static readonly FairnessMetric EqualizedOddsRatio = new FairnessMetric(
            FairnessMetricNames.EqualizedOddsRatio, "equalized odds ratio", FairnessDirection.AtLeast,
            new[] { GroupRate.Tpr, GroupRate.Fpr }, Conditioning.BothClasses, Compared, DiagnosticIds.EqualizedOddsRatioBelowMinimum,
            "min(min TPR / max TPR, min FPR / max FPR)");

        /// <summary>TPR spread.</summary>
        public static readonly FairnessMetric EqualOpportunityDifference = new FairnessMetric(
            FairnessMetricNames.EqualOpportunityDifference, "equal opportunity difference", FairnessDirection.AtMost,
            new[] { GroupRate.Tpr }, Conditioning.Positives, Compared, DiagnosticIds.EqualOpportunityDifferenceAboveMaximum,
            "max TPR − min TPR");

        /// <summary>SR(group) ÷ SR(reference) for each other group; its smallest and its largest are bounded.</summary>
        public static readonly FairnessMetric DisparateImpact = new FairnessMetric(
            FairnessMetricNames.DisparateImpact, "disparate impact", FairnessDirection.Bounds,
            new[] { GroupRate.SelectionRate }, Conditioning.AllRows, new[] { DisparityReference.ReferenceGroup }, DiagnosticIds.DisparateImpactOutOfBounds,
            "SR(g) / SR(reference)");

        /// <summary>Every fairness metric, in the order results list them.</summary>
        public static readonly IReadOnlyList<FairnessMetric> All = new[]
        {
            DemographicParityDifference, DemographicParityRatio, EqualizedOddsDifference, EqualizedOddsRatio,
            EqualOpportunityDifference, DisparateImpact,
        };

        private static DisparityReference[] Compared => new[] { DisparityReference.BetweenGroups, DisparityReference.Overall };

        /// <summary>The fairness metric of a manifest name.</summary>
        /// <exception cref="ArgumentException">The name is not a fairness metric.</exception>
        public static FairnessMetric Named(string name)
        {
            foreach (FairnessMetric metric in All)
            {
                if (metric.Name == name) return metric;
            }

            throw new ArgumentException($"'{name}' is not a disparity.", nameof(name));
        }

        /// <inheritdoc/>
        public override string ToString() => Name;
    }
}
