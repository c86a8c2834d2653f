using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using AiFactory.Core.Data;
using AiFactory.Core.Metrics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Fairness
{
    /// <summary>
    /// Measures a test set group by group — the one pass over the rows fairness needs. The ML.NET evaluation and the
    /// predictions mode both call it with the same inputs (labels, the predicted labels at the threshold, the scores),
    /// so both give the same figures.
    /// </summary>
    internal static class GroupedEvaluation
    {
        /// <summary>The groups of the manifest's sensitive attributes over a test table; null when it names none.</summary>
        /// <param name="table">The test set as read (sensitive columns included).</param>
        /// <param name="data">The manifest's data section: sensitive attributes and bins.</param>
        /// <param name="labels">Each row's label, true = positive.</param>
        /// <param name="predicted">Each row's predicted label.</param>
        /// <param name="scores">Each row's score, or null for label-only predictions (no AUC).</param>
        /// <returns>Each attribute in data.sensitive order, then their intersection when there are several (as <see cref="SensitiveGrouping.Build"/>).</returns>
        public static GroupedCounts? Compute(DataTable table, DataSection data, bool[] labels, bool[] predicted, double[]? scores)
        {
            if (table is null) throw new ArgumentNullException(nameof(table));
            if (data is null) throw new ArgumentNullException(nameof(data));
            if (data.Sensitive.Count == 0) return null;
            return Compute(SensitiveGrouping.CodeAttributes(table, data), labels, predicted, scores, withIntersection: true);
        }

        /// <summary>
        /// The figures of each attribute's groups, then of their intersection when there are several — the intersection
        /// derived from the combinations the rows have, without building it row by row.
        /// </summary>
        /// <param name="attributes">One grouping per sensitive attribute (as <see cref="SensitiveGrouping.BuildAttributes"/>).</param>
        /// <param name="labels">Each row's label, true = positive.</param>
        /// <param name="predicted">Each row's predicted label.</param>
        /// <param name="scores">Each row's score, or null for label-only predictions (no AUC).</param>
        public static GroupedCounts ComputeWithIntersection(IReadOnlyList<Grouping> attributes, bool[] labels, bool[] predicted, double[]? scores) =>
            Compute(Coded(attributes), labels, predicted, scores, withIntersection: true);

        /// <summary>
        /// The figures of each group of each grouping. The rows are counted once by their finest group (the combination
        /// of all groupings), and every grouping's counts and AUC follow from those; the AUC of all of them, the overall
        /// one included, comes from one sort of the scores.
        /// </summary>
        public static GroupedCounts Compute(IReadOnlyList<Grouping> groupings, bool[] labels, bool[] predicted, double[]? scores) =>
            Compute(Coded(groupings), labels, predicted, scores, withIntersection: false);

        private static IReadOnlyList<CodedGrouping> Coded(IReadOnlyList<Grouping> groupings)
        {
            if (groupings is null) throw new ArgumentNullException(nameof(groupings));
            var coded = new List<CodedGrouping>();
            foreach (Grouping grouping in groupings) coded.Add(CodedGrouping.Of(grouping));
            return coded;
        }

        private static GroupedCounts Compute(IReadOnlyList<CodedGrouping> groupings, bool[] labels, bool[] predicted, double[]? scores, bool withIntersection)
        {
            if (labels is null) throw new ArgumentNullException(nameof(labels));
            if (predicted is null) throw new ArgumentNullException(nameof(predicted));
            if (predicted.Length != labels.Length) throw new ArgumentException($"{predicted.Length} predictions for {labels.Length} labels.", nameof(predicted));
            if (scores != null && scores.Length != labels.Length) throw new ArgumentException($"{scores.Length} scores for {labels.Length} labels.", nameof(scores));
            foreach (CodedGrouping grouping in groupings)
            {
                if (grouping.Codes.Length != labels.Length)
                    throw new ArgumentException($"Grouping {GroupNames.Key(grouping.Attributes)} has {grouping.Codes.Length} rows, the labels {labels.Length}.", nameof(groupings));
            }

            // The finest groups of the attributes are the groups of their intersection: no pass over the rows for it.
            int[] payload = Finest(groupings, labels, predicted, out int finestCount, out long[] finestCells, out int[][] maps, out List<int[]> members);
            var plan = new List<Planned>();
            for (int k = 0; k < groupings.Count; k++) plan.Add(new Planned(groupings[k].Attributes, groupings[k].GroupNames, maps[k]));
            if (withIntersection && groupings.Count > 1) plan.Add(Intersection(groupings, members, finestCells));
            return Count(plan, payload, finestCount, finestCells, scores);
        }

        /// <summary>A grouping to count: its attributes, its groups, and the group of each finest group.</summary>
        private sealed class Planned
        {
            public Planned(IReadOnlyList<string> attributes, IReadOnlyList<string> names, int[] map)
            {
                Attributes = attributes;
                Names = names;
                Map = map;
            }

            public IReadOnlyList<string> Attributes { get; }

            public IReadOnlyList<string> Names { get; }

            public int[] Map { get; }
        }

        /// <summary>
        /// The intersection of the attributes: a group per combination present (a finest group with rows), ordered by
        /// the attributes' groups (first attribute slowest).
        /// </summary>
        private static Planned Intersection(IReadOnlyList<CodedGrouping> attributes, List<int[]> members, long[] finestCells)
        {
            var order = new List<int>();
            for (int f = 0; f < members.Count; f++)
            {
                if (finestCells[4 * f] + finestCells[4 * f + 1] + finestCells[4 * f + 2] + finestCells[4 * f + 3] > 0) order.Add(f);
            }

            order.Sort((a, b) =>
            {
                for (int k = 0; k < attributes.Count; k++)
                {
                    int c = members[a][k].CompareTo(members[b][k]);
                    if (c != 0) return c;
                }

                return 0;
            });

            // A combination no row has maps to the first group: it adds nothing to any count.
            var map = new int[members.Count];
            var names = new string[order.Count];
            var parts = new string[attributes.Count];
            for (int rank = 0; rank < order.Count; rank++)
            {
                int f = order[rank];
                map[f] = rank;
                for (int k = 0; k < attributes.Count; k++) parts[k] = attributes[k].GroupNames[members[f][k]];
                names[rank] = string.Join(GroupNames.IntersectionSeparator, parts);
            }

            var keys = new List<string>();
            foreach (CodedGrouping grouping in attributes) keys.Add(grouping.Attributes[0]);
            return new Planned(keys, names, map);
        }

        private static GroupedCounts Count(List<Planned> plan, int[] payload, int finestCount, long[] finestCells, double[]? scores)
        {
            double?[][]? auc = null, variance = null;
            if (scores != null)
            {
                // The whole test set is one more grouping, of a single group.
                var all = new List<int[]> { new int[finestCount] };
                var counts = new List<int> { 1 };
                foreach (Planned grouping in plan)
                {
                    all.Add(grouping.Map);
                    counts.Add(grouping.Names.Count);
                }

                var positives = new long[finestCount];
                var negatives = new long[finestCount];
                for (int f = 0; f < finestCount; f++)
                {
                    positives[f] = finestCells[4 * f] + finestCells[4 * f + 3];
                    negatives[f] = finestCells[4 * f + 1] + finestCells[4 * f + 2];
                }

                DeLongAuc.ComputeFromPayload(scores, payload, positives, negatives, all, counts, out auc, out variance);
            }

            var result = new List<GroupingCounts>();
            for (int k = 0; k < plan.Count; k++)
            {
                Planned grouping = plan[k];
                int count = grouping.Names.Count;
                var cells = new long[count * 4];
                for (int f = 0; f < finestCount; f++)
                {
                    for (int c = 0; c < 4; c++) cells[grouping.Map[f] * 4 + c] += finestCells[f * 4 + c];
                }

                var groups = new List<GroupCounts>(count);
                for (int g = 0; g < count; g++)
                {
                    var confusion = new ConfusionCounts(cells[g * 4], cells[g * 4 + 1], cells[g * 4 + 2], cells[g * 4 + 3]);
                    groups.Add(new GroupCounts(grouping.Names[g], confusion, auc?[k + 1][g], variance?[k + 1][g]));
                }

                result.Add(new GroupingCounts(grouping.Attributes, groups));
            }

            return new GroupedCounts(variance?[0][0], result);
        }

        /// <summary>
        /// Each row's finest group — its combination of groups over every grouping, numbered in order of appearance —
        /// as the row's payload for <see cref="DeLongAuc"/> (finest group · 4 + label); for each grouping the group of
        /// each finest group; and each finest group's confusion cells (4 per group: TP, FP, TN, FN).
        /// </summary>
        [MethodImpl(HotLoops.FullyOptimized)]
        private static int[] Finest(IReadOnlyList<CodedGrouping> groupings, bool[] labels, bool[] predicted, out int finestCount, out long[] finestCells,
            out int[][] maps, out List<int[]> members)
        {
            int rows = labels.Length;
            var payload = new int[rows];
            members = new List<int[]>();
            var strides = new long[groupings.Count];
            long combinations = 1;
            for (int k = groupings.Count - 1; k >= 0 && combinations <= TableLimit; k--)
            {
                strides[k] = combinations;
                combinations *= groupings[k].GroupNames.Count;
            }

            var counted = new List<long>();
            if (combinations <= DirectLimit)
            {
                // Few combinations (the usual case): a combination's number is its finest group. It is built in the
                // payload one grouping at a time (short loops over one column each); the last loop also adds the label
                // and counts the cells.
                int direct = (int)combinations;
                var cells = new long[4 * direct];
                for (int k = 0; k + 1 < groupings.Count; k++) AddCodes(payload, groupings[k], (int)strides[k], first: k == 0);
                if (groupings.Count == 0) CountCells(payload, null, 1, first: true, labels, predicted, cells);
                else CountCells(payload, groupings[groupings.Count - 1], (int)strides[groupings.Count - 1], first: groupings.Count == 1, labels, predicted, cells);
                for (int f = 0; f < direct; f++)
                {
                    var groups = new int[groupings.Count];
                    for (int k = 0; k < groupings.Count; k++) groups[k] = (int)(f / strides[k] % groupings[k].GroupNames.Count);
                    members.Add(groups);
                }

                counted.AddRange(cells);
            }
            else if (combinations <= TableLimit)
            {
                // Few combinations (the usual case): each row's combination as a number, built in the payload one grouping
                // at a time (short loops over one column each), then numbered in order of appearance through a direct table.
                for (int k = 0; k < groupings.Count; k++) AddCodes(payload, groupings[k], (int)strides[k], first: k == 0);
                var table = new int[combinations];
                for (int i = 0; i < table.Length; i++) table[i] = -1;
                var cells = new long[4 * 64];
                for (int row = 0; row < rows; row++)
                {
                    int index = table[payload[row]];
                    if (index < 0)
                    {
                        index = members.Count;
                        table[payload[row]] = index;
                        members.Add(Members(groupings, row));
                        if (4 * members.Count > cells.Length) Array.Resize(ref cells, 2 * cells.Length);
                    }

                    int label = labels[row] ? 1 : 0;
                    payload[row] = (index << 2) | label;
                    cells[4 * index + Cell(label, predicted[row])]++;
                }

                for (int i = 0; i < 4 * members.Count; i++) counted.Add(cells[i]);
            }
            else
            {
                var indexByKey = new Dictionary<string, int>(StringComparer.Ordinal);
                for (int row = 0; row < rows; row++)
                {
                    int[] groups = Members(groupings, row);
                    string key = string.Join(",", groups);
                    if (!indexByKey.TryGetValue(key, out int index))
                    {
                        index = members.Count;
                        if (index > int.MaxValue / 4) throw new InvalidOperationException($"More than {int.MaxValue / 4} combinations of groups.");
                        indexByKey.Add(key, index);
                        members.Add(groups);
                        for (int c = 0; c < 4; c++) counted.Add(0);
                    }

                    int label = labels[row] ? 1 : 0;
                    payload[row] = (index << 2) | label;
                    counted[4 * index + Cell(label, predicted[row])]++;
                }
            }

            finestCells = counted.ToArray();
            finestCount = members.Count;
            maps = new int[groupings.Count][];
            for (int k = 0; k < groupings.Count; k++)
            {
                maps[k] = new int[finestCount];
                for (int f = 0; f < finestCount; f++) maps[k][f] = members[f][k];
            }

            return payload;
        }

        /// <summary>
        /// As <see cref="AddCodes"/> for the last grouping, then each row's payload (finest group · 4 + label) and the
        /// cells of each finest group (a null grouping adds nothing).
        /// </summary>
        [MethodImpl(HotLoops.FullyOptimized)]
        private static void CountCells(int[] payload, CodedGrouping? grouping, int stride, bool first, bool[] labels, bool[] predicted, long[] cells)
        {
            int[] codes = grouping?.Codes ?? new int[payload.Length];
            int[] groupOfCode = grouping?.GroupOfCode ?? new int[2];
            for (int row = 0; row < payload.Length; row++)
            {
                int finest = (first ? 0 : payload[row]) + groupOfCode[codes[row] + 1] * stride;
                int label = labels[row] ? 1 : 0;
                payload[row] = (finest << 2) | label;
                cells[4 * finest + Cell(label, predicted[row])]++;
            }
        }

        /// <summary>Adds (or, for the first grouping, stores) each row's group in <paramref name="grouping"/> times <paramref name="stride"/>.</summary>
        [MethodImpl(HotLoops.FullyOptimized)]
        private static void AddCodes(int[] combined, CodedGrouping grouping, int stride, bool first)
        {
            int[] codes = grouping.Codes, groupOfCode = grouping.GroupOfCode;
            if (first)
            {
                for (int row = 0; row < combined.Length; row++) combined[row] = groupOfCode[codes[row] + 1] * stride;
            }
            else
            {
                for (int row = 0; row < combined.Length; row++) combined[row] += groupOfCode[codes[row] + 1] * stride;
            }
        }

        /// <summary>A row's confusion cell: 0 TP, 1 FP, 2 TN, 3 FN — computed without a branch, since labels and predictions come in no order.</summary>
        private static int Cell(int label, bool predicted)
        {
            int p = predicted ? 1 : 0;
            return 2 * (1 - p) + (p ^ label);
        }

        private const long DirectLimit = 1 << 16;

        private const long TableLimit = 1 << 22;

        private static int[] Members(IReadOnlyList<CodedGrouping> groupings, int row)
        {
            var members = new int[groupings.Count];
            for (int k = 0; k < groupings.Count; k++) members[k] = groupings[k].GroupOfCode[groupings[k].Codes[row] + 1];
            return members;
        }

        /// <summary>The predicted labels of scores at a threshold: positive iff score ≥ threshold, as every metric uses.</summary>
        public static bool[] Predict(double[] scores, double threshold)
        {
            if (scores is null) throw new ArgumentNullException(nameof(scores));
            var predicted = new bool[scores.Length];
            for (int i = 0; i < scores.Length; i++) predicted[i] = scores[i] >= threshold;
            return predicted;
        }
    }
}
