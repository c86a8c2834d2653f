using System;
using System.Collections.Generic;

namespace AiFactory.Core.Profiling
{
    /// <summary>The groups of one sensitive attribute in a data file, each with its rows by label.</summary>
    internal sealed class GroupProfile
    {
        /// <summary>The groups are the attribute's values.</summary>
        public const string ByValue = "values";

        /// <summary>The groups are the bins <c>data.bins</c> declares.</summary>
        public const string ByDeclaredBins = "data.bins";

        /// <summary>The groups are quantile bins of a number column that data.bins does not cut (about equal counts).</summary>
        public const string ByQuantiles = "quantiles";

        /// <summary>The sensitive column.</summary>
        public string Attribute { get; set; } = "";

        /// <summary>How the groups were formed: <see cref="ByValue"/>, <see cref="ByDeclaredBins"/> or <see cref="ByQuantiles"/>.</summary>
        public string GroupedBy { get; set; } = ByValue;

        /// <summary>The groups in order of first appearance (bins in ascending order); rows without a value last, as <c>(missing)</c>.</summary>
        public IReadOnlyList<GroupCount> Groups { get; set; } = Array.Empty<GroupCount>();
    }
}
