using System;
using System.Collections.Generic;
using System.Globalization;
using AiFactory.Core.Data;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Fairness
{
    /// <summary>
    /// Splits a test set into the groups fairness is measured over: one grouping per sensitive attribute (categories as
    /// written, numbers by <c>data.bins</c>, missing values as the group <see cref="GroupNames.Missing"/>), and the
    /// intersection of all of them when there are several.
    /// </summary>
    internal static class SensitiveGrouping
    {
        /// <summary>A numeric sensitive column without bins with more distinct values than this must be binned.</summary>
        public const int MaxUnbinnedNumericGroups = 20;

        /// <summary>The groupings of the manifest's sensitive attributes over <paramref name="table"/>: each attribute in data.sensitive order, then their intersection when there are two or more.</summary>
        /// <exception cref="DiagnosticException">AIF5011 when a sensitive column cannot be grouped (a binned value that is not a number, a numeric column with too many values to compare).</exception>
        public static IReadOnlyList<Grouping> Build(DataTable table, DataSection data)
        {
            var groupings = new List<Grouping>(BuildAttributes(table, data));
            if (groupings.Count > 1)
            {
                groupings.Add(Intersection(groupings));
            }

            return groupings;
        }

        /// <summary>One grouping per sensitive attribute, in data.sensitive order, without their intersection.</summary>
        /// <exception cref="DiagnosticException">AIF5011 when a sensitive column cannot be grouped.</exception>
        public static IReadOnlyList<Grouping> BuildAttributes(DataTable table, DataSection data)
        {
            var groupings = new List<Grouping>();
            foreach (CodedGrouping coded in CodeAttributes(table, data)) groupings.Add(coded.ToGrouping());
            return groupings;
        }

        /// <summary>As <see cref="BuildAttributes"/>, each attribute as codes: a category column's rows are looked up by the codes it already has.</summary>
        /// <exception cref="DiagnosticException">AIF5011 when a sensitive column cannot be grouped.</exception>
        internal static IReadOnlyList<CodedGrouping> CodeAttributes(DataTable table, DataSection data)
        {
            if (table is null) throw new ArgumentNullException(nameof(table));
            if (data is null) throw new ArgumentNullException(nameof(data));
            var groupings = new List<CodedGrouping>();
            for (int i = 0; i < data.Sensitive.Count; i++)
            {
                string attribute = data.Sensitive[i];
                SourceLocation? at = i < data.SensitiveLocations.Count ? data.SensitiveLocations[i] : null;
                groupings.Add(ForAttribute(table, attribute, FindBins(data, attribute), at));
            }

            return groupings;
        }

        private static SensitiveBins? FindBins(DataSection data, string attribute)
        {
            foreach (SensitiveBins bins in data.Bins)
            {
                if (bins.Column == attribute) return bins;
            }

            return null;
        }

        private static CodedGrouping ForAttribute(DataTable table, string attribute, SensitiveBins? bins, SourceLocation? at)
        {
            DataColumn column = table.Get(attribute);
            return bins != null ? CodedGrouping.Of(Binned(table, column, bins))
                : column.Type == ColumnType.Number ? CodedGrouping.Of(ByNumber(column, at))
                : ByCategory(column);
        }

        private static CodedGrouping ByCategory(DataColumn column)
        {
            // The column's codes already tell the rows' values apart: the groups are its values in report order, and a
            // row's group is a lookup by its code (shifted by one, so that the missing code −1 finds the missing group).
            CodedCategories coded = column.Coded!;
            var names = new List<string>(coded.Values);
            names.Sort(StringComparer.Ordinal);
            var position = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < names.Count; i++) position.Add(names[i], i);
            var groupOfCode = new int[coded.Values.Count + 1];
            groupOfCode[0] = names.Count;
            for (int code = 0; code < coded.Values.Count; code++) groupOfCode[code + 1] = position[coded.Values[code]];
            if (column.MissingCount > 0) names.Add(GroupNames.Missing);
            return new CodedGrouping(new[] { column.Name }, names, coded.Codes, groupOfCode);
        }

        private static Grouping ByNumber(DataColumn column, SourceLocation? at)
        {
            double[] values = column.Numbers!;
            var indexByValue = new Dictionary<double, int>();
            var distinct = new List<double>();
            var rowGroups = new int[values.Length];
            bool anyMissing = false;
            for (int row = 0; row < values.Length; row++)
            {
                double value = values[row];
                if (double.IsNaN(value))
                {
                    anyMissing = true;
                    rowGroups[row] = -1;
                    continue;
                }

                if (!indexByValue.TryGetValue(value, out int index))
                {
                    index = distinct.Count;
                    if (index == MaxUnbinnedNumericGroups)
                    {
                        throw new DiagnosticException(DiagnosticIds.SensitiveAttributeUngroupable,
                            $"the sensitive attribute '{column.Name}' is numeric with more than {MaxUnbinnedNumericGroups} distinct values, " +
                            "too many groups to compare; cut it into ranges with data.bins, e.g. \"bins\": { \"" + column.Name + "\": [25, 45, 65] }",
                            at ?? new SourceLocation(column.Name, 0, 0));
                    }

                    indexByValue.Add(value, index);
                    distinct.Add(value);
                }

                rowGroups[row] = index;
            }

            var names = distinct.ConvertAll(GroupNames.Number);
            var sorted = new List<double>(distinct);
            sorted.Sort();
            return Reorder(column.Name, names, sorted.ConvertAll(GroupNames.Number), rowGroups, anyMissing);
        }

        private static Grouping Binned(DataTable table, DataColumn column, SensitiveBins bins)
        {
            IReadOnlyList<string> binNames = GroupNames.Bins(bins.Edges);
            var edges = new double[bins.Edges.Count];
            for (int i = 0; i < edges.Length; i++) edges[i] = bins.Edges[i];
            int rows = column.Length;
            var rowGroups = new int[rows];
            var used = new bool[binNames.Count];
            bool anyMissing = false;
            int field = table.IndexOf(column.Name);
            for (int row = 0; row < rows; row++)
            {
                double value;
                if (column.Type == ColumnType.Number)
                {
                    value = column.Numbers![row];
                }
                else
                {
                    string? text = column.Categories![row];
                    if (text is null)
                    {
                        value = double.NaN;
                    }
                    else if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || double.IsNaN(value) || double.IsInfinity(value))
                    {
                        throw new DiagnosticException(DiagnosticIds.SensitiveAttributeUngroupable,
                            $"the sensitive attribute '{column.Name}' is cut into ranges by data.bins, but this value is not a number: '{text}'; " +
                            "fix the value (or mark it missing with data.missingValues), or remove the bins to group by the values as written",
                            LabelEncoder.Locate(table, row, field));
                    }
                }

                if (double.IsNaN(value))
                {
                    anyMissing = true;
                    rowGroups[row] = -1;
                    continue;
                }

                // The lower edge belongs to the bin above it: 25 is in [25,45).
                int bin = UpperBound(edges, value);
                rowGroups[row] = bin;
                used[bin] = true;
            }

            // Empty bins are not groups: a group with no rows has no rates.
            var present = new List<string>();
            for (int b = 0; b < binNames.Count; b++)
            {
                if (used[b]) present.Add(binNames[b]);
            }

            return Reorder(column.Name, binNames, present, rowGroups, anyMissing);
        }

        /// <summary>The number of edges ≤ value: the index of the value's bin.</summary>
        private static int UpperBound(double[] edges, double value)
        {
            int low = 0, high = edges.Length;
            while (low < high)
            {
                int middle = (low + high) / 2;
                if (edges[middle] <= value) low = middle + 1;
                else high = middle;
            }

            return low;
        }

        /// <summary>Renumbers groups from first-seen (or bin) order to report order, the missing group (marked −1) last.</summary>
        private static Grouping Reorder(string attribute, IReadOnlyList<string> namesByIndex, IReadOnlyList<string> ordered, int[] rowGroups, bool anyMissing)
        {
            var position = new Dictionary<string, int>(StringComparer.Ordinal);
            var names = new List<string>(ordered);
            for (int i = 0; i < ordered.Count; i++) position[ordered[i]] = i;
            int missing = -1;
            if (anyMissing)
            {
                missing = names.Count;
                names.Add(GroupNames.Missing);
            }

            var map = new int[namesByIndex.Count];
            for (int i = 0; i < map.Length; i++) map[i] = position.TryGetValue(namesByIndex[i], out int p) ? p : -1;
            for (int row = 0; row < rowGroups.Length; row++)
            {
                int g = rowGroups[row];
                rowGroups[row] = g < 0 ? missing : map[g];
            }

            return new Grouping(new[] { attribute }, names, rowGroups);
        }

        private static Grouping Intersection(IReadOnlyList<Grouping> attributes)
        {
            int rows = attributes[0].RowGroups.Length;
            var codes = new long[rows];
            var strides = new long[attributes.Count];
            long stride = 1;
            for (int a = attributes.Count - 1; a >= 0; a--)
            {
                strides[a] = stride;
                stride = checked(stride * attributes[a].GroupNames.Count);
            }

            for (int row = 0; row < rows; row++)
            {
                long code = 0;
                for (int a = 0; a < attributes.Count; a++) code += attributes[a].RowGroups[row] * strides[a];
                codes[row] = code;
            }

            // The combinations that occur, in the order of their components (first attribute slowest).
            var present = new SortedSet<long>();
            bool[]? seen = stride <= 1 << 24 ? new bool[stride] : null;
            for (int row = 0; row < rows; row++)
            {
                long code = codes[row];
                if (seen == null) present.Add(code);
                else if (!seen[code]) { seen[code] = true; present.Add(code); }
            }

            var indexByCode = new Dictionary<long, int>();
            var names = new List<string>();
            var parts = new string[attributes.Count];
            foreach (long code in present)
            {
                long rest = code;
                for (int a = 0; a < attributes.Count; a++)
                {
                    parts[a] = attributes[a].GroupNames[(int)(rest / strides[a])];
                    rest %= strides[a];
                }

                indexByCode.Add(code, names.Count);
                names.Add(string.Join(GroupNames.IntersectionSeparator, parts));
            }

            var rowGroups = new int[rows];
            int[]? direct = null;
            if (seen != null)
            {
                direct = new int[stride];
                foreach (KeyValuePair<long, int> pair in indexByCode) direct[pair.Key] = pair.Value;
            }

            for (int row = 0; row < rows; row++) rowGroups[row] = direct != null ? direct[codes[row]] : indexByCode[codes[row]];
            var attributeNames = new List<string>();
            foreach (Grouping grouping in attributes) attributeNames.Add(grouping.Attributes[0]);
            return new Grouping(attributeNames, names, rowGroups);
        }
    }
}
