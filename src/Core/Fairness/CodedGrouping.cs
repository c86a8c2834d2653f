using System;
using System.Collections.Generic;

namespace AiFactory.Core.Fairness
{
    /// <summary>
    /// A grouping as the evaluation reads it: each row's group is <c>GroupOfCode[Codes[row] + 1]</c>. For a category
    /// attribute the codes are the column's own (its values numbered as read, −1 when missing), so no array of groups is
    /// built at all; for other attributes the codes are the groups themselves.
    /// </summary>
    internal sealed class CodedGrouping
    {
        public CodedGrouping(IReadOnlyList<string> attributes, IReadOnlyList<string> groupNames, int[] codes, int[] groupOfCode)
        {
            Attributes = attributes;
            GroupNames = groupNames;
            Codes = codes;
            GroupOfCode = groupOfCode;
        }

        /// <summary>The sensitive attributes split on.</summary>
        public IReadOnlyList<string> Attributes { get; }

        /// <summary>The groups in report order.</summary>
        public IReadOnlyList<string> GroupNames { get; }

        /// <summary>Each row's code.</summary>
        public int[] Codes { get; }

        /// <summary>The group of code c at index c + 1 (index 0 serves the code −1).</summary>
        public int[] GroupOfCode { get; }

        /// <summary>A grouping whose row groups are its codes.</summary>
        public static CodedGrouping Of(Grouping grouping)
        {
            if (grouping is null) throw new ArgumentNullException(nameof(grouping));
            var identity = new int[grouping.GroupNames.Count + 1];
            for (int g = 0; g < grouping.GroupNames.Count; g++) identity[g + 1] = g;
            return new CodedGrouping(grouping.Attributes, grouping.GroupNames, grouping.RowGroups, identity);
        }

        /// <summary>The grouping with an array of each row's group.</summary>
        public Grouping ToGrouping()
        {
            var rowGroups = new int[Codes.Length];
            for (int row = 0; row < rowGroups.Length; row++) rowGroups[row] = GroupOfCode[Codes[row] + 1];
            return new Grouping(Attributes, GroupNames, rowGroups);
        }
    }
}
