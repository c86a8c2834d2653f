using System;
using System.Globalization;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.DataChecks
{
    /// <summary>
    /// A column turned into one small integer per row, for counting: code 0 is a missing value; a category's codes
    /// 1, 2, … are its distinct values; a number's codes 1, 2, … are bins between ascending edges (lower edge inclusive).
    /// A coding fitted on the training data is applied to the test data with the same levels and edges, so that a
    /// code means the same in both files.
    /// </summary>
    internal sealed class ColumnCoding
    {
        /// <summary>The code of a missing value.</summary>
        public const int Missing = 0;

        private ColumnCoding(string name, ColumnType type, int[] codes, int codeCount, int knownCodeCount, CategoryLevels? levels, double[]? edges)
        {
            Name = name;
            Type = type;
            Codes = codes;
            CodeCount = codeCount;
            KnownCodeCount = knownCodeCount;
            Levels = levels;
            Edges = edges;
        }

        /// <summary>The column's name.</summary>
        public string Name { get; }

        /// <summary>The column's type.</summary>
        public ColumnType Type { get; }

        /// <summary>One code per row.</summary>
        public int[] Codes { get; }

        /// <summary>Every code is below this.</summary>
        public int CodeCount { get; }

        /// <summary>Codes below this exist in the data the coding was fitted on; a category first seen in other data has a higher code.</summary>
        public int KnownCodeCount { get; }

        /// <summary>The distinct values of a category column (code = index + 1), else null.</summary>
        public CategoryLevels? Levels { get; }

        /// <summary>The ascending bin edges of a number column, else null: code 1 is below the first edge, code k + 1 at or above edge k.</summary>
        public double[]? Edges { get; }

        /// <summary>Codes a category column, numbering values in order of appearance after those of <paramref name="start"/> (when given).</summary>
        public static ColumnCoding OfCategories(string name, string?[] values, CategoryLevels? start)
        {
            var levels = start is null ? new CategoryLevels() : new CategoryLevels(start);
            int known = levels.Count + 1;
            var codes = new int[values.Length];
            for (int row = 0; row < values.Length; row++)
            {
                string? value = values[row];
                codes[row] = value is null ? Missing : levels.IndexOf(value) + 1;
            }

            return new ColumnCoding(name, ColumnType.Category, codes, levels.Count + 1, start is null ? levels.Count + 1 : known, levels, null);
        }

        /// <summary>Codes a number column by bins between <paramref name="edges"/> (ascending, lower edge inclusive).</summary>
        public static ColumnCoding OfNumbers(string name, double[] values, double[] edges)
        {
            var codes = new int[values.Length];
            for (int row = 0; row < values.Length; row++)
            {
                double value = values[row];
                codes[row] = double.IsNaN(value) ? Missing : BinOf(edges, value) + 1;
            }

            return new ColumnCoding(name, ColumnType.Number, codes, edges.Length + 2, edges.Length + 2, null, edges);
        }

        /// <summary>The 0-based bin of a value: how many edges are at or below it.</summary>
        public static int BinOf(double[] edges, double value)
        {
            if (edges.Length <= 32)
            {
                // Counting every edge without branching beats a binary search's unpredictable branches on a few edges.
                int bin = 0;
                for (int k = 0; k < edges.Length; k++) bin += edges[k] <= value ? 1 : 0;
                return bin;
            }

            int low = 0, high = edges.Length;
            while (low < high)
            {
                int middle = (low + high) >> 1;
                if (edges[middle] <= value) low = middle + 1;
                else high = middle;
            }

            return low;
        }

        /// <summary>The value or bin a code stands for, as reports show it: <c>Male</c>, <c>&lt;25</c>, <c>[25,45)</c>, <c>&gt;=65</c>, <c>(missing)</c>.</summary>
        public string Describe(int code)
        {
            if (code == Missing) return "(missing)";
            if (Levels != null) return Levels[code - 1];
            return BinLabel(Edges!, code - 1);
        }

        /// <summary>The label of bin <paramref name="bin"/> between <paramref name="edges"/>, lower edge inclusive.</summary>
        public static string BinLabel(double[] edges, int bin)
        {
            if (edges.Length == 0) return "(all)";
            if (bin == 0) return "<" + Number(edges[0]);
            if (bin == edges.Length) return ">=" + Number(edges[edges.Length - 1]);
            return "[" + Number(edges[bin - 1]) + "," + Number(edges[bin]) + ")";
        }

        private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
    }
}
