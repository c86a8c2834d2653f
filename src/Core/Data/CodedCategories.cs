using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace AiFactory.Core.Data
{
    /// <summary>
    /// A category column as integers: its distinct values in order of first appearance, and each row's code among
    /// them (−1 for a missing value). Telling rows apart, counting them by value or encoding a label is then arithmetic
    /// on small integers, with no string compared or hashed per row.
    /// </summary>
    internal sealed class CodedCategories
    {
        private readonly string[] _values;

        private CodedCategories(int[] codes, string[] values)
        {
            Codes = codes;
            _values = values;
        }

        /// <summary>Each row's code: the index of its value in <see cref="Values"/>, or −1 when missing.</summary>
        public int[] Codes { get; }

        /// <summary>The distinct values the rows hold, in order of first appearance; every one is held by some row.</summary>
        public IReadOnlyList<string> Values => _values;

        /// <summary>The code of <paramref name="value"/> (ordinal comparison), or −1 when no row holds it.</summary>
        public int CodeOf(string value)
        {
            for (int code = 0; code < _values.Length; code++)
            {
                if (string.Equals(_values[code], value, StringComparison.Ordinal)) return code;
            }

            return -1;
        }

        /// <summary>
        /// Codes as a reader numbered them (in order of first sight, which can include values only skipped rows held):
        /// kept as they are when every value is used and first used in code order, else renumbered in place.
        /// </summary>
        /// <param name="codes">Each row's code into <paramref name="values"/>, or −1; the result keeps this array.</param>
        /// <param name="values">The values the codes index.</param>
        /// <param name="missing">Receives the number of rows with code −1.</param>
        public static CodedCategories FromCodes(int[] codes, IReadOnlyList<string> values, out int missing)
        {
            if (codes is null) throw new ArgumentNullException(nameof(codes));
            if (values is null) throw new ArgumentNullException(nameof(values));
            var firstRow = new int[values.Count];
            int seen = 0;
            bool inOrder = true;
            missing = 0;
            for (int row = 0; row < codes.Length; row++)
            {
                int code = codes[row];
                if (code < 0)
                {
                    missing++;
                    continue;
                }

                if (firstRow[code] != 0) continue;
                firstRow[code] = row + 1;
                inOrder &= code == seen;
                seen++;
            }

            if (inOrder && seen == values.Count)
            {
                var all = new string[values.Count];
                for (int i = 0; i < all.Length; i++) all[i] = values[i];
                return new CodedCategories(codes, all);
            }

            // Renumber the used values by their first row.
            var order = new List<int>(seen);
            for (int code = 0; code < firstRow.Length; code++)
            {
                if (firstRow[code] != 0) order.Add(code);
            }

            order.Sort((a, b) => firstRow[a].CompareTo(firstRow[b]));
            var renumbered = new int[values.Count];
            var used = new string[order.Count];
            for (int i = 0; i < order.Count; i++)
            {
                renumbered[order[i]] = i;
                used[i] = values[order[i]];
            }

            for (int row = 0; row < codes.Length; row++)
            {
                if (codes[row] >= 0) codes[row] = renumbered[codes[row]];
            }

            return new CodedCategories(codes, used);
        }

        /// <summary>
        /// Codes a reader numbered in order of first appearance, each value used by some row: kept as they are, only the
        /// missing rows counted.
        /// </summary>
        public static CodedCategories FromNumbering(int[] codes, IReadOnlyList<string> values, out int missing)
        {
            if (codes is null) throw new ArgumentNullException(nameof(codes));
            if (values is null) throw new ArgumentNullException(nameof(values));
            missing = CountMissing(codes);
            var all = new string[values.Count];
            for (int i = 0; i < all.Length; i++) all[i] = values[i];
            return new CodedCategories(codes, all);
        }

        [MethodImpl(HotLoops.FullyOptimized)]
        private static int CountMissing(int[] codes)
        {
            // The sign bit of −1, without a branch per row.
            int missing = 0;
            for (int row = 0; row < codes.Length; row++) missing += (int)((uint)codes[row] >> 31);
            return missing;
        }

        /// <summary>The codes of a column of strings (null = missing).</summary>
        public static CodedCategories FromValues(string?[] categories)
        {
            if (categories is null) throw new ArgumentNullException(nameof(categories));
            var numbering = new CategoryCodes();
            var codes = new int[categories.Length];
            for (int row = 0; row < categories.Length; row++)
            {
                string? value = categories[row];
                codes[row] = value is null ? -1 : numbering.CodeOf(value);
            }

            var values = new string[numbering.Values.Count];
            for (int i = 0; i < values.Length; i++) values[i] = numbering.Values[i];
            return new CodedCategories(codes, values);
        }

        /// <summary>The rows as strings (null = missing); equal values are one string object.</summary>
        public string?[] Expand()
        {
            int[] codes = Codes;
            string[] values = _values;
            var categories = new string?[codes.Length];
            for (int row = 0; row < codes.Length; row++)
            {
                int code = codes[row];
                categories[row] = code < 0 ? null : values[code];
            }

            return categories;
        }
    }
}
