using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Core.Data
{
    /// <summary>Turns a binary label column into booleans: the positive class is true, the one other value false.</summary>
    internal static class LabelEncoder
    {
        // Label columns have two values; collecting more than this only serves an error message.
        private const int MaxDistinctTracked = 1000;

        /// <summary>Encodes a label column.</summary>
        /// <param name="table">The data.</param>
        /// <param name="labelColumn">data.label.</param>
        /// <param name="positive">data.positive: the value of the positive class, compared exactly (case included).</param>
        /// <param name="labelLocation">Where the manifest sets the positive class (data.positive, else data.label); reported when no row has it.</param>
        /// <returns>One boolean per row: true for the positive class.</returns>
        /// <exception cref="DiagnosticException">
        /// AIF3003 when the column is absent; AIF3006 at <paramref name="labelLocation"/> when no row has the positive class
        /// (naming the labels seen, with a did-you-mean), or at file(line,col) of the first row whose label is missing or a third value.
        /// </exception>
        public static bool[] ToBooleans(DataTable table, string labelColumn, string positive, SourceLocation? labelLocation) =>
            ToBooleans(table, labelColumn, positive, labelLocation, positiveConfirmed: false, role: "");

        /// <summary>
        /// As <see cref="ToBooleans(DataTable, string, string, SourceLocation?)"/>; with <paramref name="positiveConfirmed"/>
        /// (other data, such as the training set, already holds the positive label) a file without it holds one class: AIF3007,
        /// naming the file's <paramref name="role"/> ("test").
        /// </summary>
        public static bool[] ToBooleans(DataTable table, string labelColumn, string positive, SourceLocation? labelLocation, bool positiveConfirmed, string role)
        {
            if (table is null) throw new ArgumentNullException(nameof(table));
            if (labelColumn is null) throw new ArgumentNullException(nameof(labelColumn));
            if (positive is null) throw new ArgumentNullException(nameof(positive));
            DataColumn column = table.Get(labelColumn);
            bool[]? fast = EncodeCodes(column, positive);
            if (fast != null) return fast;
            int field = table.IndexOf(labelColumn);
            string? positiveKey = LabelKeys.OfText(column, positive);

            // First the distinct values: a positive class no row has is the likelier mistake than any single row.
            var seen = new List<string>();
            var seenSet = new HashSet<string>(StringComparer.Ordinal);
            bool moreSeen = false;
            bool positiveSeen = false;
            for (int row = 0; row < table.RowCount; row++)
            {
                string? key = LabelKeys.Of(column, row);
                if (key is null) continue;
                if (key == positiveKey) positiveSeen = true;
                if (seenSet.Contains(key)) continue;
                if (seenSet.Count == MaxDistinctTracked)
                {
                    moreSeen = true;
                    continue;
                }

                seenSet.Add(key);
                seen.Add(key);
            }

            if (!positiveSeen && positiveConfirmed && seen.Count == 1)
                throw new DiagnosticException(DataDiagnostics.SingleClass(table.Path, role, table.RowCount, allPositive: false));
            if (!positiveSeen) throw new DiagnosticException(DataDiagnostics.PositiveNeverSeen(table.Path, labelLocation, positive, labelColumn, seen, moreSeen));

            var labels = new bool[table.RowCount];
            string? other = null;
            int otherRow = -1;
            for (int row = 0; row < labels.Length; row++)
            {
                string? key = LabelKeys.Of(column, row);
                if (key is null) throw new DiagnosticException(DataDiagnostics.LabelMissing(Locate(table, row, field), labelColumn, "label"));
                if (key == positiveKey)
                {
                    labels[row] = true;
                }
                else if (other is null)
                {
                    other = key;
                    otherRow = row;
                }
                else if (key != other)
                {
                    throw new DiagnosticException(DataDiagnostics.ThirdLabel(
                        Locate(table, row, field), labelColumn, key, positive, other, table.SourceLines[otherRow], seen, moreSeen));
                }
            }

            return labels;
        }

        /// <summary>
        /// The labels of a well-formed category column — both classes, no other value, none missing — or null when the
        /// column needs the careful path (a number column, a missing label, a third value, a single class).
        /// </summary>
        /// <remarks>
        /// A category column knows its distinct values and each row's code among them, so a row's class is a comparison
        /// of integers, without a branch: a million labels cost about a millisecond. Anything unusual is left to the
        /// careful path, which finds it again and reports it.
        /// </remarks>
        [MethodImpl(HotLoops.FullyOptimized)]
        private static bool[]? EncodeCodes(DataColumn column, string positive)
        {
            CodedCategories? coded = column.Coded;
            if (coded is null || column.MissingCount != 0 || coded.Values.Count != 2) return null;
            int positiveCode = coded.CodeOf(positive);
            if (positiveCode < 0) return null;
            int[] codes = coded.Codes;
            var labels = new bool[codes.Length];
            for (int row = 0; row < codes.Length; row++) labels[row] = codes[row] == positiveCode;
            return labels;
        }

        /// <summary>Requires both classes: a model can't be judged on data with one (auc is undefined).</summary>
        /// <param name="labels">The encoded labels.</param>
        /// <param name="table">The data they came from (for the message and its location).</param>
        /// <param name="role">"test" or "training": named in the message.</param>
        /// <exception cref="DiagnosticException">AIF3007 at file(1) when every label is the same.</exception>
        public static void RequireBothClasses(bool[] labels, DataTable table, string role)
        {
            if (labels is null) throw new ArgumentNullException(nameof(labels));
            if (table is null) throw new ArgumentNullException(nameof(table));
            if (role is null) throw new ArgumentNullException(nameof(role));

            // One row of each class settles it, and both usually appear within the first few rows.
            bool positiveSeen = false, negativeSeen = false;
            for (int row = 0; row < labels.Length && !(positiveSeen && negativeSeen); row++)
            {
                if (labels[row]) positiveSeen = true;
                else negativeSeen = true;
            }

            if (!positiveSeen || !negativeSeen)
                throw new DiagnosticException(DataDiagnostics.SingleClass(table.Path, role, labels.Length, positiveSeen));
        }

        /// <summary>Where a row's field is in the file.</summary>
        internal static SourceLocation Locate(DataTable table, int row, int field) =>
            CsvSourcePositions.FieldStart(table.Path, table.SourceLines[row], field);
    }
}
