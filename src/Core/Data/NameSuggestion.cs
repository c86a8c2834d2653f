using System;
using System.Collections.Generic;

namespace AiFactory.Core.Data
{
    /// <summary>Did-you-mean for names compared exactly: a case-insensitive match first, else the closest within edit distance 2.</summary>
    internal static class NameSuggestion
    {
        private const int MaxDistance = 2;

        /// <summary>The candidate the user most likely meant, or null.</summary>
        public static string? Closest(string wanted, IEnumerable<string> candidates)
        {
            string? best = null;
            int bestDistance = MaxDistance + 1;
            foreach (string candidate in candidates)
            {
                if (string.Equals(candidate, wanted, StringComparison.Ordinal)) continue;
                if (string.Equals(candidate, wanted, StringComparison.OrdinalIgnoreCase)) return candidate;
                if (Math.Abs(candidate.Length - wanted.Length) > MaxDistance) continue;
                int distance = Levenshtein(wanted, candidate);
                if (distance < bestDistance)
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }

            return best;
        }

        private static int Levenshtein(string a, string b)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++) previous[j] = j;
            for (int i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (int j = 1; j <= b.Length; j++)
                {
                    int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                    current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
                }

                int[] swap = previous;
                previous = current;
                current = swap;
            }

            return previous[b.Length];
        }
    }
}
