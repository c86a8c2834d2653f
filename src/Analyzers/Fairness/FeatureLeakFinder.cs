using System;
using System.Collections.Generic;

namespace AiFactory.Analyzers.Fairness
{
    /// <summary>
    /// Follows forbidden columns through a block's transforms (OneHotEncoding("SexEncoded", "Sex") makes SexEncoded
    /// carry Sex) and finds where one reaches a features column. Columns that are only grouped on, evaluated, dropped or
    /// transformed into something that never reaches the features are not findings.
    /// </summary>
    internal static class FeatureLeakFinder
    {
        /// <summary>Every place a forbidden column, or one derived from it, is written into a features column.</summary>
        public static List<FeatureLeak> Find(ColumnFlow flow, ForbiddenColumns forbidden)
        {
            var features = new HashSet<string>(flow.FeatureColumns, StringComparer.OrdinalIgnoreCase);

            // Which columns carry a forbidden one, and how to say so; repeated until no edge adds a column.
            var carriers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            bool changed = true;
            while (changed)
            {
                changed = false;
                foreach (ColumnEdge edge in flow.Edges)
                {
                    if (carriers.ContainsKey(edge.Output) || Same(edge.Output, edge.Input.Name))
                    {
                        continue;
                    }

                    string? origin = forbidden.Describe(edge.Input) ?? (carriers.TryGetValue(edge.Input.Name, out string? carried) ? carried : null);
                    if (origin != null)
                    {
                        carriers[edge.Output] = origin;
                        changed = true;
                    }
                }
            }

            // Carriers every writer of which reads forbidden columns or such carriers only: they hold nothing else.
            var pure = new HashSet<string>(carriers.Keys, StringComparer.OrdinalIgnoreCase);
            changed = true;
            while (changed)
            {
                changed = false;
                foreach (ColumnEdge edge in flow.Edges)
                {
                    if (pure.Contains(edge.Output) && !Same(edge.Output, edge.Input.Name)
                        && forbidden.Describe(edge.Input) == null && !pure.Contains(edge.Input.Name))
                    {
                        pure.Remove(edge.Output);
                        changed = true;
                    }
                }
            }

            var leaks = new List<FeatureLeak>();
            var reported = new HashSet<Microsoft.CodeAnalysis.Location>();
            var written = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (ColumnEdge edge in flow.Edges)
            {
                written.Add(edge.Output);
                if (!features.Contains(edge.Output) || Same(edge.Output, edge.Input.Name))
                {
                    continue; // not a features column, or an in-place transform of it
                }

                string? direct = forbidden.Describe(edge.Input);
                string? description = direct
                    ?? (!features.Contains(edge.Input.Name) && carriers.TryGetValue(edge.Input.Name, out string? origin)
                        ? $"'{edge.Input.Name}', derived from {origin},"
                        : null);
                if (description != null && reported.Add(edge.Input.Location))
                {
                    leaks.Add(new FeatureLeak(edge.Input.Location, description, edge.Output, direct != null || pure.Contains(edge.Input.Name)));
                }
            }

            // A trainer told to read its features straight from a forbidden column (nothing writes that column).
            foreach (ColumnReference column in flow.FeatureColumnReferences)
            {
                if (written.Contains(column.Name))
                {
                    continue;
                }

                string? description = forbidden.Describe(column);
                if (description != null && reported.Add(column.Location))
                {
                    leaks.Add(new FeatureLeak(column.Location, description, column.Name, onlyForbidden: false));
                }
            }

            return leaks;
        }

        private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
    }
}
