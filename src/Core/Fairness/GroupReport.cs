using System;
using AiFactory.Core.Metrics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Fairness
{
    /// <summary>One group's figures as the check judges and results.json reports them: counts, rates, AUC, intervals, adequacy.</summary>
    internal sealed class GroupReport
    {
        /// <summary>Creates a group's report.</summary>
        public GroupReport(string name, ConfusionCounts counts, double[] rates, double? auc, Interval? aucInterval, Interval?[] rateIntervals, GroupAdequacy adequacy)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Counts = counts ?? throw new ArgumentNullException(nameof(counts));
            Rates = rates ?? throw new ArgumentNullException(nameof(rates));
            Auc = auc;
            AucInterval = aucInterval;
            RateIntervals = rateIntervals ?? throw new ArgumentNullException(nameof(rateIntervals));
            Adequacy = adequacy ?? throw new ArgumentNullException(nameof(adequacy));
        }

        /// <summary>The group's name.</summary>
        public string Name { get; }

        /// <summary>The group's confusion matrix.</summary>
        public ConfusionCounts Counts { get; }

        /// <summary>The rates computed from counts, by <see cref="GroupRate.Index"/>; NaN where undefined.</summary>
        public double[] Rates { get; }

        /// <summary>The group's AUC, or null.</summary>
        public double? Auc { get; }

        /// <summary>DeLong's interval of the AUC, or null.</summary>
        public Interval? AucInterval { get; }

        /// <summary>The bootstrap interval of each rate (null when no intervals were estimated).</summary>
        public Interval?[] RateIntervals { get; }

        /// <summary>Whether the group has enough evidence to decide, and why not.</summary>
        public GroupAdequacy Adequacy { get; }

        /// <summary>A per-group metric by its manifest name (<see cref="FairnessMetricNames.GroupMetrics"/>); null when undefined.</summary>
        public double? Value(string metric) => Value(GroupRate.Named(metric));

        /// <summary>A per-group figure; null when undefined.</summary>
        public double? Value(GroupRate rate)
        {
            if (rate is null) throw new ArgumentNullException(nameof(rate));
            if (rate == GroupRate.Auc) return Auc;
            double value = Rates[rate.Index];
            return double.IsNaN(value) ? (double?)null : value;
        }

        /// <summary>The interval of a per-group metric, or null.</summary>
        public Interval? IntervalOf(string metric) => IntervalOf(GroupRate.Named(metric));

        /// <summary>The interval of a per-group figure, or null.</summary>
        public Interval? IntervalOf(GroupRate rate)
        {
            if (rate is null) throw new ArgumentNullException(nameof(rate));
            return rate == GroupRate.Auc ? AucInterval : RateIntervals[rate.Index];
        }

        /// <summary>Whether the group may decide a gate on this per-group metric.</summary>
        public bool IsAdequateFor(string metric) => Adequacy.IsAdequateFor(GroupRate.Named(metric).Conditioning);
    }
}
