using System;
using System.Collections.Generic;
using AiFactory.Core.Evaluation;
using AiFactory.Core.Metrics;

namespace AiFactory.Core.Fairness
{
    /// <summary>
    /// Everything the check knows about fairness: the settings, the whole test set, and each grouping judged with its
    /// groups, disparities and intervals. Built from the evaluation's counts and the uncertainty stage's intervals; the
    /// point figures are recomputed from the counts, so a threshold or judging change needs neither stage again.
    /// </summary>
    internal sealed class FairnessReport
    {
        private FairnessReport(FairnessSettings settings, GroupReport overall, IReadOnlyList<GroupingReport> groupings)
        {
            Settings = settings;
            Overall = overall;
            Groupings = groupings;
        }

        /// <summary>The settings the figures were computed under.</summary>
        public FairnessSettings Settings { get; }

        /// <summary>The whole test set, with the overall AUC's DeLong interval.</summary>
        public GroupReport Overall { get; }

        /// <summary>Each grouping judged: every attribute, then the intersection when asked.</summary>
        public IReadOnlyList<GroupingReport> Groupings { get; }

        /// <summary>
        /// The report of an evaluation; null when the manifest names no sensitive attribute or the evaluation holds no
        /// group counts. <paramref name="uncertainty"/> may be null: the figures are then reported without bootstrap intervals.
        /// </summary>
        public static FairnessReport? Build(EvaluationRecord evaluation, FairnessSettings settings, UncertaintyRecord? uncertainty)
        {
            if (evaluation is null) throw new ArgumentNullException(nameof(evaluation));
            if (settings is null) throw new ArgumentNullException(nameof(settings));
            GroupedCounts? counts = evaluation.Groups;
            if (counts is null || !settings.HasGroups) return null;

            var groupings = new List<GroupingReport>();
            Interval?[]? overallIntervals = null;
            foreach (GroupingCounts grouping in counts.Groupings)
            {
                if (!settings.Uses(grouping.Attributes)) continue;
                GroupingIntervals? intervals = uncertainty?.Find(grouping.Key);
                GroupingReport report = BuildGrouping(grouping, intervals, settings);
                groupings.Add(report);
                if (overallIntervals == null && intervals != null) overallIntervals = intervals.OverallRates;
            }

            BinaryMetrics metrics = evaluation.Metrics;
            ConfusionCounts all = metrics.Confusion;
            var rates = new double[GroupRates.Count];
            GroupRates.Compute(all.TruePositives, all.FalsePositives, all.TrueNegatives, all.FalseNegatives, rates, 0);
            Interval? aucInterval = metrics.Auc.HasValue && counts.OverallAucVariance.HasValue
                ? NormalDistribution.AucInterval(metrics.Auc.Value, counts.OverallAucVariance.Value, settings.Confidence)
                : null;
            var overall = new GroupReport("overall", all, rates, metrics.Auc, aucInterval,
                overallIntervals ?? new Interval?[GroupRates.Count],
                GroupAdequacy.Of(all, settings.MinGroupSize, settings.MinClassSize));
            return new FairnessReport(settings, overall, groupings);
        }

        private static GroupingReport BuildGrouping(GroupingCounts grouping, GroupingIntervals? intervals, FairnessSettings settings)
        {
            DisparityStatistics statistics = UncertaintyEstimator.StatisticsOf(grouping, settings);
            int count = grouping.Groups.Count;
            long[] cells = DisparityStatistics.CellsOf(grouping.Groups);

            var values = new double[statistics.Size];
            var decisions = new DisparityDecision?[Disparity.Count];
            statistics.Compute(cells, values, decisions);

            string? referenceName = settings.ReferenceGroupFor(grouping.Attributes);
            int referenceIndex = -1;
            var groups = new List<GroupReport>(count);
            for (int g = 0; g < count; g++)
            {
                GroupCounts group = grouping.Groups[g];
                if (group.Name == referenceName) referenceIndex = g;
                var rates = new double[GroupRates.Count];
                Array.Copy(values, statistics.GroupRateIndex(g, 0), rates, 0, GroupRates.Count);
                Interval? aucInterval = group.Auc.HasValue && group.AucVariance.HasValue
                    ? NormalDistribution.AucInterval(group.Auc.Value, group.AucVariance.Value, settings.Confidence)
                    : null;
                var rateIntervals = new Interval?[GroupRates.Count];
                Interval[]? recorded = intervals != null && g < intervals.GroupNames.Count && intervals.GroupNames[g] == group.Name
                    ? intervals.GroupRateIntervals[g] : null;
                for (int r = 0; r < GroupRates.Count; r++) rateIntervals[r] = recorded?[r];
                groups.Add(new GroupReport(group.Name, group.Confusion, rates, group.Auc, aucInterval, rateIntervals,
                    GroupAdequacy.Of(group.Confusion, settings.MinGroupSize, settings.MinClassSize)));
            }

            var overallRates = new double[GroupRates.Count];
            Array.Copy(values, statistics.OverallRateIndex(0), overallRates, 0, GroupRates.Count);
            long tp = 0, fp = 0, tn = 0, fn = 0;
            foreach (GroupCounts group in grouping.Groups)
            {
                tp += group.Confusion.TruePositives;
                fp += group.Confusion.FalsePositives;
                tn += group.Confusion.TrueNegatives;
                fn += group.Confusion.FalseNegatives;
            }

            var overallCounts = new ConfusionCounts(tp, fp, tn, fn);
            var overall = new GroupReport("overall", overallCounts, overallRates, null, null,
                intervals != null ? (Interval?[])intervals.OverallRates.Clone() : new Interval?[GroupRates.Count],
                GroupAdequacy.Of(overallCounts, settings.MinGroupSize, settings.MinClassSize));

            var disparities = new Dictionary<Disparity, DisparityReport>();
            foreach (Disparity d in Disparity.All())
            {
                bool computable = statistics.IsComputable(d);
                double value = values[statistics.DisparityIndex(d)];
                Interval? interval = null;
                if (computable && intervals != null) intervals.Disparities.TryGetValue(d, out interval);
                disparities[d] = new DisparityReport(d, computable, computable && !double.IsNaN(value) ? value : (double?)null,
                    interval, computable ? decisions[d.Index] : null);
            }

            return new GroupingReport(grouping.Attributes, groups, overall, referenceName, referenceIndex, disparities);
        }
    }
}
