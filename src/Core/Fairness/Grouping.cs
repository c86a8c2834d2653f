using System;
using System.Collections.Generic;

namespace AiFactory.Core.Fairness
{
    /// <summary>One way of splitting the test set into groups: by a sensitive attribute, or by the intersection of all of them.</summary>
    internal sealed class Grouping
    {
        /// <summary>Creates a grouping.</summary>
        /// <param name="attributes">The sensitive attributes (one, or several for an intersection).</param>
        /// <param name="groupNames">The groups in report order.</param>
        /// <param name="rowGroups">For each row, the index of its group in <paramref name="groupNames"/>.</param>
        public Grouping(IReadOnlyList<string> attributes, IReadOnlyList<string> groupNames, int[] rowGroups)
        {
            Attributes = attributes ?? throw new ArgumentNullException(nameof(attributes));
            GroupNames = groupNames ?? throw new ArgumentNullException(nameof(groupNames));
            RowGroups = rowGroups ?? throw new ArgumentNullException(nameof(rowGroups));
            if (attributes.Count == 0) throw new ArgumentException("A grouping needs an attribute.", nameof(attributes));
            foreach (int g in rowGroups)
            {
                if (g < 0 || g >= groupNames.Count) throw new ArgumentException($"Group index {g} is outside the {groupNames.Count} groups.", nameof(rowGroups));
            }
        }

        /// <summary>The sensitive attributes split on.</summary>
        public IReadOnlyList<string> Attributes { get; }

        /// <summary><c>sex</c>, or <c>sex&amp;race</c> for an intersection.</summary>
        public string Key => Fairness.GroupNames.Key(Attributes);

        /// <summary>True for the intersection of several attributes.</summary>
        public bool IsIntersection => Attributes.Count > 1;

        /// <summary>The groups in report order.</summary>
        public IReadOnlyList<string> GroupNames { get; }

        /// <summary>For each row, the index of its group.</summary>
        public int[] RowGroups { get; }
    }
}
