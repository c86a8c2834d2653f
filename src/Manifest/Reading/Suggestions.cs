using System;
using System.Collections.Generic;
using System.Text;

namespace AiFactory.Manifest.Reading
{
    /// <summary>"Did you mean" for misspelt keys and values, and lists of valid choices for messages.</summary>
    internal static class Suggestions
    {
        private const int MaxDistance = 2;

        /// <summary>
        /// The candidate the input most likely meant: one equal but for case and separators ("AUC", "log_loss"), else
        /// the nearest within edit distance 2 — but never one that shares nothing with the input ("xy" is not "f1") —
        /// else the one sharing the longest start ("minimum" for min, "numeric" for number).
        /// </summary>
        public static string? Closest(string input, IEnumerable<string> candidates)
        {
            string normalized = Normalize(input);
            string? best = null;
            int bestDistance = int.MaxValue;
            foreach (string candidate in candidates)
            {
                string other = Normalize(candidate);
                if (other == normalized)
                {
                    return candidate;
                }

                int distance = Distance(normalized, other);
                if (distance <= MaxDistance && distance < other.Length && distance < normalized.Length && distance < bestDistance)
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }

            if (best != null)
            {
                return best;
            }

            // A longer, shorter or differently ended form of a key ("minimum" for min, "numeric" for number) is a
            // likely intent too: take the candidate sharing the longest start, if it is at least half of the shorter.
            int bestPrefix = 2;
            foreach (string candidate in candidates)
            {
                string other = Normalize(candidate);
                int prefix = CommonPrefixLength(normalized, other);
                if (prefix > bestPrefix && prefix * 2 >= Math.Min(normalized.Length, other.Length))
                {
                    best = candidate;
                    bestPrefix = prefix;
                }
            }

            return best;
        }

        private static int CommonPrefixLength(string a, string b)
        {
            int n = 0;
            while (n < a.Length && n < b.Length && a[n] == b[n])
            {
                n++;
            }

            return n;
        }

        /// <summary>"did you mean 'x'?" when a candidate is close, else "valid {noun} are 'a', 'b' and 'c'".</summary>
        public static string DidYouMeanOrList(string input, IReadOnlyList<string> candidates, string noun)
        {
            string? closest = Closest(input, candidates);
            return closest != null
                ? $"did you mean '{closest}'?"
                : $"valid {noun} are {List(candidates)}";
        }

        /// <summary>Quoted values joined for a sentence: 'a', 'b' and 'c'.</summary>
        public static string List(IReadOnlyList<string> values, string conjunction = "and")
        {
            var sb = new StringBuilder();
            for (int i = 0; i < values.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append(i == values.Count - 1 ? $" {conjunction} " : ", ");
                }

                sb.Append('\'').Append(values[i]).Append('\'');
            }

            return sb.ToString();
        }

        /// <summary>Optimal string alignment distance: Levenshtein plus adjacent transpositions ("acu" → "auc" is 1).</summary>
        public static int Distance(string a, string b)
        {
            var d = new int[a.Length + 1, b.Length + 1];
            for (int i = 0; i <= a.Length; i++)
            {
                d[i, 0] = i;
            }

            for (int j = 0; j <= b.Length; j++)
            {
                d[0, j] = j;
            }

            for (int i = 1; i <= a.Length; i++)
            {
                for (int j = 1; j <= b.Length; j++)
                {
                    int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    int value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        value = Math.Min(value, d[i - 2, j - 2] + 1);
                    }

                    d[i, j] = value;
                }
            }

            return d[a.Length, b.Length];
        }

        // Case and word separators carry no meaning in a key people type from memory: "Log-Loss" means logLoss.
        private static string Normalize(string s)
        {
            var sb = new StringBuilder(s.Length);
            foreach (char c in s)
            {
                if (c != '_' && c != '-' && c != ' ')
                {
                    sb.Append(char.ToLowerInvariant(c));
                }
            }

            return sb.ToString();
        }
    }
}
