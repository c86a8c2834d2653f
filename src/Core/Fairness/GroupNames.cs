using System.Collections.Generic;
using AiFactory.Core.Json;

namespace AiFactory.Core.Fairness
{
    /// <summary>How groups are named: a category as written, a bin by its range, a missing value as its own group.</summary>
    internal static class GroupNames
    {
        /// <summary>The group of rows whose sensitive value is missing (a missing-value marker in the file).</summary>
        public const string Missing = "(missing)";

        /// <summary>Joins attribute names, and group names, of an intersection: <c>sex&amp;race</c>, <c>Female&amp;White</c>.</summary>
        public const string IntersectionSeparator = "&";

        /// <summary>The name of the groups before, between and after the cut points: "&lt;25", "[25,45)", "&gt;=65".</summary>
        public static IReadOnlyList<string> Bins(IReadOnlyList<double> edges)
        {
            var names = new string[edges.Count + 1];
            names[0] = "<" + Number(edges[0]);
            for (int i = 1; i < edges.Count; i++)
            {
                names[i] = "[" + Number(edges[i - 1]) + "," + Number(edges[i]) + ")";
            }

            names[edges.Count] = ">=" + Number(edges[edges.Count - 1]);
            return names;
        }

        /// <summary>A number as a group name: its shortest round-trip invariant text (25, 0.5).</summary>
        public static string Number(double value) => JsonTextWriter.FormatDouble(value);

        /// <summary>The key of a grouping: the attribute, or the attributes joined with &amp;.</summary>
        public static string Key(IReadOnlyList<string> attributes) => string.Join(IntersectionSeparator, attributes);
    }
}
