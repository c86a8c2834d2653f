using System;
using System.Collections.Generic;

namespace AiFactory.Core.Fairness
{
    /// <summary>The figures of every group of one grouping (an attribute or the intersection).</summary>
    internal sealed class GroupingCounts
    {
        /// <summary>Creates a grouping's figures.</summary>
        public GroupingCounts(IReadOnlyList<string> attributes, IReadOnlyList<GroupCounts> groups)
        {
            Attributes = attributes ?? throw new ArgumentNullException(nameof(attributes));
            Groups = groups ?? throw new ArgumentNullException(nameof(groups));
        }

        /// <summary>The sensitive attributes split on.</summary>
        public IReadOnlyList<string> Attributes { get; }

        /// <summary><c>sex</c> or <c>sex&amp;race</c>.</summary>
        public string Key => GroupNames.Key(Attributes);

        /// <summary>True for the intersection of several attributes.</summary>
        public bool IsIntersection => Attributes.Count > 1;

        /// <summary>The groups in report order.</summary>
        public IReadOnlyList<GroupCounts> Groups { get; }
    }
}
