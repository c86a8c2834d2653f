using System;
using System.Collections.Generic;
using System.Linq;
using AiFactory.Core.Gates;
using AiFactory.Core.Results.Record;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Fairness
{
    /// <summary>
    /// The fairness parts of the run record: <c>groups.&lt;attribute&gt;.&lt;group&gt;</c> (intersections under
    /// <c>groups.&lt;a1&gt;&amp;&lt;a2&gt;</c>) and the <c>fairness</c> section (settings, the whole test set, every
    /// disparity with its interval and deciding groups), from the fairness report.
    /// </summary>
    internal static class FairnessRecords
    {
        /// <summary>The figures of each group, by grouping (empty without sensitive attributes).</summary>
        public static IReadOnlyList<NamedValue<IReadOnlyList<NamedValue<GroupFiguresRecord>>>> Groups(FairnessReport? report) =>
            report is null
                ? Array.Empty<NamedValue<IReadOnlyList<NamedValue<GroupFiguresRecord>>>>()
                : report.Groupings
                    .Select(grouping => new NamedValue<IReadOnlyList<NamedValue<GroupFiguresRecord>>>(
                        grouping.Key, grouping.Groups.Select(group => new NamedValue<GroupFiguresRecord>(group.Name, Figures(group))).ToList()))
                    .ToList();

        /// <summary>The <c>fairness</c> section, or null without sensitive attributes.</summary>
        public static FairnessRecord? Fairness(FairnessReport? report, FairnessGates? gates)
        {
            if (report is null) return null;
            FairnessSettings settings = report.Settings;
            return new FairnessRecord
            {
                Settings = new FairnessSettingsRecord
                {
                    Attributes = settings.Attributes,
                    Intersections = settings.Intersections,
                    MinGroupSize = settings.MinGroupSize,
                    MinClassSize = settings.MinClassSize,
                    Confidence = settings.Confidence,
                    Resamples = settings.Resamples,
                    Seed = settings.Seed,
                    Judging = FairnessText.ModeName(gates?.Judging ?? JudgingMode.BenefitOfTheDoubt),
                    RelativeTo = (gates?.RelativeTo ?? FairnessReference.BetweenGroups) == FairnessReference.Overall ? "overall" : "groups",
                    OnInsufficientData = ActionName(gates?.OnInsufficientData ?? InsufficientDataAction.Fail),
                },
                Overall = Figures(report.Overall),
                Groupings = report.Groupings.Select(g => new NamedValue<GroupingFairnessRecord>(g.Key, Grouping(g))).ToList(),
            };
        }

        private static GroupingFairnessRecord Grouping(GroupingReport grouping) => new GroupingFairnessRecord
        {
            ReferenceGroup = grouping.ReferenceGroup,
            BetweenGroups = Disparities(grouping, d => d.Reference == DisparityReference.BetweenGroups, d => d.Metric.Name),
            ToOverall = Disparities(grouping, d => d.Reference == DisparityReference.Overall, d => d.Metric.Name),
            ToReference = FairnessMetric.All
                .Where(metric => metric.References.Contains(DisparityReference.ReferenceGroup))
                .Select(metric => new NamedValue<IReadOnlyList<NamedValue<DisparityRecord>>?>(metric.Name,
                    grouping.ReferenceGroup is null ? null : Disparities(grouping, d => d.Metric == metric, d => d.End!)))
                .ToList(),
        };

        private static List<NamedValue<DisparityRecord>> Disparities(GroupingReport grouping, Func<Disparity, bool> which, Func<Disparity, string> key) =>
            Disparity.All().Where(which).Select(d => new NamedValue<DisparityRecord>(key(d), DisparityOf(grouping, grouping.Disparities[d]))).ToList();

        private static GroupFiguresRecord Figures(GroupReport group) => new GroupFiguresRecord
        {
            N = group.Counts.Total,
            Positives = group.Counts.Positives,
            Negatives = group.Counts.Negatives,
            PredictedPositives = group.Counts.PredictedPositives,
            TruePositives = group.Counts.TruePositives,
            FalsePositives = group.Counts.FalsePositives,
            TrueNegatives = group.Counts.TrueNegatives,
            FalseNegatives = group.Counts.FalseNegatives,
            Rates = GroupRate.All.Select(rate => new NamedValue<double?>(rate.Name, group.Value(rate))).ToList(),
            Intervals = GroupRate.All.Select(rate => new NamedValue<Interval?>(rate.Name, group.IntervalOf(rate))).ToList(),
            Insufficient = group.Adequacy.Reason,
        };

        private static DisparityRecord DisparityOf(GroupingReport grouping, DisparityReport disparity) => new DisparityRecord
        {
            Value = disparity.Value,
            Interval = disparity.Interval,
            Groups = disparity.Decision is null
                ? null
                : new[] { disparity.Decision.First, disparity.Decision.Second }
                    .Select(g =>
                    {
                        double value = grouping.RateOf(g, disparity.Decision.Rate);
                        return new DecidingGroup(grouping.NameOf(g), disparity.Decision.Rate.Name, double.IsNaN(value) ? (double?)null : value);
                    })
                    .ToList(),
            Insufficient = disparity.Computable ? null
                : disparity.Disparity.UsesLabel ? "fewer than two groups have enough rows and enough of each class"
                : disparity.Disparity.Reference == DisparityReference.ReferenceGroup && grouping.ReferenceIndex < 0 ? "the reference group is not in the test data"
                : disparity.Disparity.Reference == DisparityReference.ReferenceGroup ? "the reference group, or every other group, has too few rows"
                : "fewer than two groups have enough rows",
        };

        private static string ActionName(InsufficientDataAction action) =>
            action == InsufficientDataAction.Warn ? "warn" : action == InsufficientDataAction.Ignore ? "ignore" : "fail";
    }
}
