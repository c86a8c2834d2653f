using System;
using System.Collections.Generic;

namespace AiFactory.Core.Fairness
{
    /// <summary>One grouping as judged: its groups and its disparities.</summary>
    internal sealed class GroupingReport
    {
        /// <summary>Creates a grouping's report.</summary>
        public GroupingReport(IReadOnlyList<string> attributes, IReadOnlyList<GroupReport> groups, GroupReport overall,
            string? referenceGroup, int referenceIndex, IReadOnlyDictionary<Disparity, DisparityReport> disparities)
        {
            Attributes = attributes ?? throw new ArgumentNullException(nameof(attributes));
            Groups = groups ?? throw new ArgumentNullException(nameof(groups));
            Overall = overall ?? throw new ArgumentNullException(nameof(overall));
            ReferenceGroup = referenceGroup;
            ReferenceIndex = referenceIndex;
            Disparities = disparities ?? throw new ArgumentNullException(nameof(disparities));
        }

        /// <summary>The sensitive attributes split on.</summary>
        public IReadOnlyList<string> Attributes { get; }

        /// <summary><c>sex</c> or <c>sex&amp;race</c>.</summary>
        public string Key => GroupNames.Key(Attributes);

        /// <summary>True for an intersection.</summary>
        public bool IsIntersection => Attributes.Count > 1;

        /// <summary>The groups in report order.</summary>
        public IReadOnlyList<GroupReport> Groups { get; }

        /// <summary>The whole test set (the reference of relative-to-overall disparities), with this grouping's bootstrap intervals.</summary>
        public GroupReport Overall { get; }

        /// <summary>The declared reference group of disparate impact, or null.</summary>
        public string? ReferenceGroup { get; }

        /// <summary>The index of <see cref="ReferenceGroup"/> among <see cref="Groups"/>; −1 when none is declared or it is not in the data.</summary>
        public int ReferenceIndex { get; }

        /// <summary>Every disparity of <see cref="Disparity.All"/>.</summary>
        public IReadOnlyDictionary<Disparity, DisparityReport> Disparities { get; }

        /// <summary>A group's name, or "overall" for <see cref="DisparityDecision.Overall"/>.</summary>
        public string NameOf(int group) => group == DisparityDecision.Overall ? "overall" : Groups[group].Name;

        /// <summary>A group's rate, or the overall rate for <see cref="DisparityDecision.Overall"/>.</summary>
        public double RateOf(int group, GroupRate rate) => (group == DisparityDecision.Overall ? Overall : Groups[group]).Rates[rate.Index];
    }
}
