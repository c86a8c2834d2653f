using System;
using System.Collections.Generic;
using System.Globalization;
using AiFactory.Core.Data;
using AiFactory.Core.DataChecks;
using AiFactory.Core.Metrics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Profiling
{
    /// <summary>
    /// Profiles a data file: per column its type and where that came from, missing and distinct values, the
    /// distribution of numbers (min, max, mean, standard deviation, quantiles) and the most frequent categories; the
    /// label's balance; the rows of every sensitive group by label; duplicate rows and skipped rows. One sort per number
    /// column and one hash lookup per category value: a file is profiled in about the time it takes to read it.
    /// </summary>
    internal static class DataProfiler
    {
        /// <summary>How many of the most frequent values of a category column the profile lists.</summary>
        public const int TopCategories = 10;

        /// <summary>A number sensitive attribute that <c>data.bins</c> does not cut, with at most this many distinct values, is grouped by value; with more, by quantile bins.</summary>
        public const int MaxValueGroups = 10;

        /// <summary>Profiles one data file as the manifest reads it.</summary>
        /// <param name="table">The file.</param>
        /// <param name="labels">Its labels (true = positive).</param>
        /// <param name="data">The manifest's data section: label, positive class, declared columns, sensitive attributes, bins.</param>
        public static DataFileProfile Profile(DataTable table, bool[] labels, DataSection data) => Build(table, labels, data, null).Profile;

        /// <summary>Profiles a file and codes its columns; with a <paramref name="reference"/> (the training file) the codes mean what they mean there.</summary>
        internal static ProfiledFile Build(DataTable table, bool[] labels, DataSection data, ProfiledFile? reference)
        {
            if (table is null) throw new ArgumentNullException(nameof(table));
            if (labels is null) throw new ArgumentNullException(nameof(labels));
            if (data is null) throw new ArgumentNullException(nameof(data));
            if (labels.Length != table.RowCount) throw new ArgumentException($"{labels.Length} labels for {table.RowCount} rows.", nameof(labels));

            var sensitive = new HashSet<string>(data.Sensitive, StringComparer.Ordinal);
            var columns = new ColumnProfile[table.Columns.Count];
            var codings = new Dictionary<string, ColumnCoding>(StringComparer.Ordinal);
            var groupCodings = new Dictionary<string, ColumnCoding>(StringComparer.Ordinal);
            long missing = 0;
            var scratch = new NumberScratch();
            for (int i = 0; i < columns.Length; i++)
            {
                DataColumn column = table.Columns[i];
                ColumnCoding? referenceCoding = null;
                if (reference != null && reference.Codings.TryGetValue(column.Name, out ColumnCoding? found) && found.Type == column.Type) referenceCoding = found;
                ColumnProfile profile;
                ColumnCoding coding;
                if (column.Type == ColumnType.Number)
                {
                    profile = ProfileNumbers(column, referenceCoding, scratch, out coding, out double[] sorted);
                    if (sensitive.Contains(column.Name))
                        groupCodings[column.Name] = NumberGroups(column, sorted, profile.Distinct, data, reference);
                }
                else
                {
                    profile = ProfileCategories(column, referenceCoding, out coding);
                    if (sensitive.Contains(column.Name)) groupCodings[column.Name] = coding;
                }

                profile.TypeSource = TypeSourceOf(column.Name, data);
                columns[i] = profile;
                codings[column.Name] = coding;
                missing += column.MissingCount;
            }

            var groups = new List<GroupProfile>();
            foreach (string attribute in data.Sensitive)
            {
                if (groupCodings.TryGetValue(attribute, out ColumnCoding? coding))
                    groups.Add(GroupsOf(attribute, coding, labels, GroupedBy(table.Get(attribute), coding, data)));
            }

            var fileProfile = new DataFileProfile
            {
                Rows = table.RowCount,
                Columns = columns,
                MissingCells = missing,
                Label = LabelOf(table, labels, data),
                Groups = groups,
                Duplicates = DuplicateCheck.Measure(table, codings),
                Skipped = table.Skipped,
            };
            return new ProfiledFile(table, labels, fileProfile, codings, groupCodings);
        }

        /// <summary>
        /// Profiles a number column. <paramref name="sorted"/> receives its present values in ascending order, in a buffer
        /// the next number column reuses: read it before profiling another column.
        /// </summary>
        private static ColumnProfile ProfileNumbers(DataColumn column, ColumnCoding? reference, NumberScratch scratch, out ColumnCoding coding, out double[] sorted)
        {
            double[] values = column.Numbers!;
            int present = values.Length - column.MissingCount;
            sorted = scratch.Values(present);
            int next = 0;
            var sum = new CompensatedSum();
            foreach (double value in values)
            {
                if (double.IsNaN(value)) continue;
                sorted[next++] = value;
                sum.Add(value);
            }

            scratch.Sorter.Sort(sorted, present);
            var profile = new ColumnProfile
            {
                Name = column.Name,
                Type = ColumnType.Number,
                Missing = column.MissingCount,
                MissingRate = values.Length == 0 ? 0 : (double)column.MissingCount / values.Length,
            };

            if (present > 0)
            {
                double mean = sum.Value / present;
                int distinct = 1;
                var squares = new CompensatedSum();
                double first = sorted[0] - mean;
                squares.Add(first * first);
                for (int i = 1; i < present; i++)
                {
                    if (sorted[i] != sorted[i - 1]) distinct++;
                    double d = sorted[i] - mean;
                    squares.Add(d * d);
                }

                profile.Distinct = distinct;
                profile.Numbers = new NumericSummary
                {
                    Min = sorted[0],
                    Max = sorted[present - 1],
                    Mean = mean,
                    StandardDeviation = present < 2 ? (double?)null : Math.Sqrt(squares.Value / (present - 1)),
                    P5 = Quantiles.Of(sorted, present, 0.05),
                    P25 = Quantiles.Of(sorted, present, 0.25),
                    P50 = Quantiles.Of(sorted, present, 0.5),
                    P75 = Quantiles.Of(sorted, present, 0.75),
                    P95 = Quantiles.Of(sorted, present, 0.95),
                };
            }

            coding = ColumnCoding.OfNumbers(column.Name, values, reference?.Edges ?? BinEdges.FromSorted(sorted, present, BinEdges.ForChecks));
            return profile;
        }

        private static ColumnProfile ProfileCategories(DataColumn column, ColumnCoding? reference, out ColumnCoding coding)
        {
            coding = ColumnCoding.OfCategories(column.Name, column.Categories!, reference?.Levels);
            var counts = new int[coding.CodeCount];
            foreach (int code in coding.Codes) counts[code]++;

            // The most frequent values, ties by value, kept in a short sorted list: O(values × TopCategories).
            var top = new List<int>();
            int distinct = 0;
            for (int code = 1; code < counts.Length; code++)
            {
                if (counts[code] == 0) continue;
                distinct++;
                int at = top.Count;
                while (at > 0 && Before(code, top[at - 1], counts, coding.Levels!)) at--;
                if (at < TopCategories)
                {
                    top.Insert(at, code);
                    if (top.Count > TopCategories) top.RemoveAt(TopCategories);
                }
            }

            var topCounts = new CategoryCount[top.Count];
            for (int i = 0; i < top.Count; i++) topCounts[i] = new CategoryCount(coding.Levels![top[i] - 1], counts[top[i]]);
            int rows = column.Length;
            return new ColumnProfile
            {
                Name = column.Name,
                Type = ColumnType.Category,
                Missing = column.MissingCount,
                MissingRate = rows == 0 ? 0 : (double)column.MissingCount / rows,
                Distinct = distinct,
                Top = topCounts,
            };
        }

        /// <summary>Buffers the number columns of one file share: the sorted values and the radix sort's arrays.</summary>
        private sealed class NumberScratch
        {
            private double[] _values = Array.Empty<double>();

            public RadixSort Sorter { get; } = new RadixSort();

            public double[] Values(int count)
            {
                if (_values.Length < count) _values = new double[count];
                return _values;
            }
        }

        private static bool Before(int code, int other, int[] counts, CategoryLevels levels) =>
            counts[code] > counts[other] || (counts[code] == counts[other] && string.CompareOrdinal(levels[code - 1], levels[other - 1]) < 0);

        /// <summary>
        /// The groups of a number sensitive attribute: the bins data.bins declares; else those of the training file;
        /// else its values when few, else quantile bins.
        /// </summary>
        private static ColumnCoding NumberGroups(DataColumn column, double[] sorted, int distinct, DataSection data, ProfiledFile? reference)
        {
            foreach (SensitiveBins bins in data.Bins)
            {
                if (bins.Column == column.Name) return ColumnCoding.OfNumbers(column.Name, column.Numbers!, ToArray(bins.Edges));
            }

            if (reference != null && reference.GroupCodings.TryGetValue(column.Name, out ColumnCoding? fitted))
            {
                return fitted.Levels != null
                    ? ColumnCoding.OfCategories(column.Name, NumbersAsText(column.Numbers!), fitted.Levels)
                    : ColumnCoding.OfNumbers(column.Name, column.Numbers!, fitted.Edges!);
            }

            return distinct <= MaxValueGroups
                ? ColumnCoding.OfCategories(column.Name, NumbersAsText(column.Numbers!), null)
                : ColumnCoding.OfNumbers(column.Name, column.Numbers!, BinEdges.FromSorted(sorted, column.Length - column.MissingCount, BinEdges.ForGroups));
        }

        private static string GroupedBy(DataColumn column, ColumnCoding coding, DataSection data)
        {
            if (column.Type == ColumnType.Category || coding.Levels != null) return GroupProfile.ByValue;
            foreach (SensitiveBins bins in data.Bins)
            {
                if (bins.Column == column.Name) return GroupProfile.ByDeclaredBins;
            }

            return GroupProfile.ByQuantiles;
        }

        private static GroupProfile GroupsOf(string attribute, ColumnCoding coding, bool[] labels, string groupedBy)
        {
            var rows = new int[coding.CodeCount];
            var positives = new int[coding.CodeCount];
            int[] codes = coding.Codes;
            for (int row = 0; row < codes.Length; row++)
            {
                rows[codes[row]]++;
                if (labels[row]) positives[codes[row]]++;
            }

            var groups = new List<GroupCount>();
            for (int code = 1; code < rows.Length; code++)
            {
                if (rows[code] > 0) groups.Add(new GroupCount(coding.Describe(code), rows[code], positives[code]));
            }

            if (rows[ColumnCoding.Missing] > 0) groups.Add(new GroupCount(GroupCount.MissingGroup, rows[ColumnCoding.Missing], positives[ColumnCoding.Missing]));
            return new GroupProfile { Attribute = attribute, GroupedBy = groupedBy, Groups = groups };
        }

        private static LabelProfile LabelOf(DataTable table, bool[] labels, DataSection data)
        {
            DataColumn column = table.Get(data.Label);
            int positives = 0;
            string? negative = null;
            for (int row = 0; row < labels.Length; row++)
            {
                if (labels[row]) positives++;
                else if (negative is null) negative = LabelKeys.Of(column, row);
            }

            return new LabelProfile
            {
                Column = data.Label,
                Positive = data.Positive,
                Negative = negative,
                Positives = positives,
                Negatives = labels.Length - positives,
            };
        }

        private static string TypeSourceOf(string name, DataSection data)
        {
            foreach (ColumnDeclaration declaration in data.Columns)
            {
                if (declaration.Name == name) return ColumnProfile.Declared;
            }

            return name == data.Label || name == data.Score || name == data.Prediction ? ColumnProfile.Role : ColumnProfile.Inferred;
        }

        private static string?[] NumbersAsText(double[] numbers)
        {
            var text = new string?[numbers.Length];
            var cache = new Dictionary<double, string>();
            for (int row = 0; row < numbers.Length; row++)
            {
                double value = numbers[row];
                if (double.IsNaN(value)) continue;
                if (!cache.TryGetValue(value, out string? written))
                {
                    written = value.ToString("R", CultureInfo.InvariantCulture);
                    cache.Add(value, written);
                }

                text[row] = written;
            }

            return text;
        }

        private static double[] ToArray(IReadOnlyList<double> values)
        {
            var array = new double[values.Count];
            for (int i = 0; i < array.Length; i++) array[i] = values[i];
            return array;
        }
    }
}
