using System;
using System.Collections.Generic;

namespace AiFactory.Core.Results.Record
{
    /// <summary><c>fairness.groupings.&lt;grouping&gt;</c> of results.json: the disparities of one grouping.</summary>
    internal sealed class GroupingFairnessRecord
    {
        /// <summary><c>referenceGroup</c>; null when none is declared.</summary>
        public string? ReferenceGroup { get; set; }

        /// <summary>The disparities between groups, by metric (<c>demographicParityDifference</c>, …).</summary>
        [InlineKeys]
        public IReadOnlyList<NamedValue<DisparityRecord>> BetweenGroups { get; set; } = Array.Empty<NamedValue<DisparityRecord>>();

        /// <summary><c>toOverall</c>: the disparities of each group to the whole test set, by metric.</summary>
        public IReadOnlyList<NamedValue<DisparityRecord>> ToOverall { get; set; } = Array.Empty<NamedValue<DisparityRecord>>();

        /// <summary>
        /// The disparities to the reference group, by metric (<c>disparateImpact</c>): each end (<c>min</c>, <c>max</c>),
        /// or null without a reference group.
        /// </summary>
        [InlineKeys]
        public IReadOnlyList<NamedValue<IReadOnlyList<NamedValue<DisparityRecord>>?>> ToReference { get; set; } =
            Array.Empty<NamedValue<IReadOnlyList<NamedValue<DisparityRecord>>?>>();
    }
}
