using System;
using System.Collections.Generic;

namespace AiFactory.Core.Fairness
{
    /// <summary>The bootstrap intervals of one grouping: each group's rates, the overall rates, and each computable disparity.</summary>
    internal sealed class GroupingIntervals
    {
        /// <summary>Creates the intervals of a grouping.</summary>
        /// <param name="attributes">The sensitive attributes split on.</param>
        /// <param name="groupNames">The groups, in the order of <paramref name="groupRates"/>.</param>
        /// <param name="groupRates">[g][r]: group g's rate in slot r (<see cref="GroupRate.Index"/>).</param>
        /// <param name="overallRates">The overall rates' intervals.</param>
        /// <param name="disparities">The intervals of the disparities the grouping can have, by <see cref="Disparity"/>.</param>
        public GroupingIntervals(IReadOnlyList<string> attributes, IReadOnlyList<string> groupNames, Interval[][] groupRates,
            Interval[] overallRates, IReadOnlyDictionary<Disparity, Interval> disparities)
        {
            Attributes = attributes ?? throw new ArgumentNullException(nameof(attributes));
            GroupNames = groupNames ?? throw new ArgumentNullException(nameof(groupNames));
            GroupRateIntervals = groupRates ?? throw new ArgumentNullException(nameof(groupRates));
            OverallRates = overallRates ?? throw new ArgumentNullException(nameof(overallRates));
            Disparities = disparities ?? throw new ArgumentNullException(nameof(disparities));
        }

        /// <summary>The sensitive attributes split on.</summary>
        public IReadOnlyList<string> Attributes { get; }

        /// <summary><c>sex</c> or <c>sex&amp;race</c>.</summary>
        public string Key => Fairness.GroupNames.Key(Attributes);

        /// <summary>The groups.</summary>
        public IReadOnlyList<string> GroupNames { get; }

        /// <summary>[g][r]: group g's rate in slot r (<see cref="GroupRate.Index"/>).</summary>
        public Interval[][] GroupRateIntervals { get; }

        /// <summary>The overall rates' intervals, by <see cref="GroupRate.Index"/>.</summary>
        public Interval[] OverallRates { get; }

        /// <summary>The computable disparities' intervals.</summary>
        public IReadOnlyDictionary<Disparity, Interval> Disparities { get; }
    }
}
