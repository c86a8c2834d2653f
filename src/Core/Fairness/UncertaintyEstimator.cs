using System;
using System.Collections.Generic;

namespace AiFactory.Core.Fairness
{
    /// <summary>
    /// The uncertainty stage: seeded, stratified count bootstrap intervals for every per-group rate, every overall rate
    /// and every disparity of each grouping judged, each read from its resamples around its estimate
    /// (<see cref="BiasCorrectedInterval"/>). Each grouping has its own random stream (seed mixed with its key),
    /// so adding an attribute or the intersection does not change the intervals of the others.
    /// </summary>
    internal static class UncertaintyEstimator
    {
        /// <summary>Estimates the intervals of <paramref name="counts"/> under <paramref name="settings"/>.</summary>
        /// <param name="counts">The evaluation's per-group counts.</param>
        /// <param name="settings">Minimum sizes, level, resamples, seed, groupings and reference groups.</param>
        /// <param name="fingerprint">The uncertainty fingerprint to record.</param>
        /// <param name="evaluationFingerprint">The fingerprint of the evaluation the counts come from.</param>
        public static UncertaintyRecord Estimate(GroupedCounts counts, FairnessSettings settings, string fingerprint, string evaluationFingerprint)
        {
            if (counts is null) throw new ArgumentNullException(nameof(counts));
            if (settings is null) throw new ArgumentNullException(nameof(settings));
            var groupings = new List<GroupingIntervals>();
            foreach (GroupingCounts grouping in counts.Groupings)
            {
                if (settings.Uses(grouping.Attributes))
                {
                    groupings.Add(Estimate(grouping, settings));
                }
            }

            return new UncertaintyRecord
            {
                Fingerprint = fingerprint ?? "",
                EvaluationFingerprint = evaluationFingerprint ?? "",
                Level = settings.Confidence,
                Resamples = settings.Resamples,
                Seed = settings.Seed,
                Groupings = groupings,
            };
        }

        /// <summary>The intervals of one grouping.</summary>
        public static GroupingIntervals Estimate(GroupingCounts grouping, FairnessSettings settings)
        {
            if (grouping is null) throw new ArgumentNullException(nameof(grouping));
            if (settings is null) throw new ArgumentNullException(nameof(settings));
            DisparityStatistics statistics = StatisticsOf(grouping, settings);
            var random = new Xoshiro256StarStar(Xoshiro256StarStar.Mix(settings.Seed, grouping.Key));
            double[][] samples = CountBootstrap.Resample(grouping.Groups, statistics, settings.Resamples, random);
            var estimates = new double[statistics.Size];
            statistics.Compute(DisparityStatistics.CellsOf(grouping.Groups), estimates);

            int count = grouping.Groups.Count;
            var names = new string[count];
            var rates = new Interval[count][];
            for (int g = 0; g < count; g++)
            {
                names[g] = grouping.Groups[g].Name;
                rates[g] = new Interval[GroupRates.Count];
                for (int r = 0; r < GroupRates.Count; r++)
                {
                    rates[g][r] = IntervalOf(samples, estimates, statistics.GroupRateIndex(g, r), settings);
                }
            }

            var overall = new Interval[GroupRates.Count];
            for (int r = 0; r < GroupRates.Count; r++) overall[r] = IntervalOf(samples, estimates, statistics.OverallRateIndex(r), settings);
            var disparities = new Dictionary<Disparity, Interval>();
            foreach (Disparity d in Disparity.All())
            {
                if (statistics.IsComputable(d))
                {
                    disparities[d] = IntervalOf(samples, estimates, statistics.DisparityIndex(d), settings);
                }
            }

            return new GroupingIntervals(grouping.Attributes, names, rates, overall, disparities);
        }

        /// <summary>The bias-corrected interval of statistic <paramref name="index"/>: its resamples read around its estimate.</summary>
        private static Interval IntervalOf(double[][] samples, double[] estimates, int index, FairnessSettings settings) =>
            BiasCorrectedInterval.Of(samples[index], estimates[index], settings.Confidence);

        /// <summary>The statistics of a grouping under the settings: each group's adequacy, and the reference group's index (−1 when none or absent).</summary>
        public static DisparityStatistics StatisticsOf(GroupingCounts grouping, FairnessSettings settings)
        {
            var adequacy = new GroupAdequacy[grouping.Groups.Count];
            int reference = -1;
            string? referenceName = settings.ReferenceGroupFor(grouping.Attributes);
            for (int g = 0; g < adequacy.Length; g++)
            {
                adequacy[g] = GroupAdequacy.Of(grouping.Groups[g].Confusion, settings.MinGroupSize, settings.MinClassSize);
                if (grouping.Groups[g].Name == referenceName) reference = g;
            }

            return new DisparityStatistics(adequacy, reference);
        }
    }
}
