using System;
using System.Collections.Generic;
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
    public static class GroupedEvaluation
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
            IReadOnlyList<Grouping> attributes = SensitiveGrouping.BuildAttributes(table, data);
            Check(attributes, labels, predicted, scores);

            // The finest groups of the attributes are the groups of their intersection: no pass over the rows for it.
            int[] finest = Finest(attributes, labels.Length, out int finestCount, out int[][] maps, out List<int[]> members);
            var plan = new List<Planned>();
            for (int k = 0; k < attributes.Count; k++) plan.Add(new Planned(attributes[k].Attributes, attributes[k].GroupNames, maps[k]));
            if (attributes.Count > 1) plan.Add(Intersection(attributes, members));
            return Count(plan, finest, finestCount, labels, predicted, scores);
        }

        /// <summary>
        /// The figures of each group of each grouping. The rows are counted once by their finest group (the combination
        /// of all groupings), and every grouping's counts and AUC follow from those; the AUC of all of them, the overall
        /// one included, comes from one sort of the scores and one pass per grouping.
        /// </summary>
        public static GroupedCounts Compute(IReadOnlyList<Grouping> groupings, bool[] labels, bool[] predicted, double[]? scores)
        {
            Check(groupings, labels, predicted, scores);
            int[] finest = Finest(groupings, labels.Length, out int finestCount, out int[][] maps, out _);
            var plan = new List<Planned>();
            for (int k = 0; k < groupings.Count; k++) plan.Add(new Planned(groupings[k].Attributes, groupings[k].GroupNames, maps[k]));
            return Count(plan, finest, finestCount, labels, predicted, scores);
        }

        private static void Check(IReadOnlyList<Grouping> groupings, bool[] labels, bool[] predicted, double[]? scores)
        {
            if (groupings is null) throw new ArgumentNullException(nameof(groupings));
            if (labels is null) throw new ArgumentNullException(nameof(labels));
            if (predicted is null) throw new ArgumentNullException(nameof(predicted));
            if (predicted.Length != labels.Length) throw new ArgumentException($"{predicted.Length} predictions for {labels.Length} labels.", nameof(predicted));
            if (scores != null && scores.Length != labels.Length) throw new ArgumentException($"{scores.Length} scores for {labels.Length} labels.", nameof(scores));
            foreach (Grouping grouping in groupings)
            {
                if (grouping.RowGroups.Length != labels.Length)
                    throw new ArgumentException($"Grouping {grouping.Key} has {grouping.RowGroups.Length} rows, the labels {labels.Length}.", nameof(groupings));
            }
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

        /// <summary>The intersection of the attributes: a group per combination present, ordered by the attributes' groups (first attribute slowest).</summary>
        private static Planned Intersection(IReadOnlyList<Grouping> attributes, List<int[]> members)
        {
            var order = new int[members.Count];
            for (int f = 0; f < order.Length; f++) order[f] = f;
            Array.Sort(order, (a, b) =>
            {
                for (int k = 0; k < attributes.Count; k++)
                {
                    int c = members[a][k].CompareTo(members[b][k]);
                    if (c != 0) return c;
                }

                return 0;
            });

            var map = new int[members.Count];
            var names = new string[members.Count];
            var parts = new string[attributes.Count];
            for (int rank = 0; rank < order.Length; rank++)
            {
                int f = order[rank];
                map[f] = rank;
                for (int k = 0; k < attributes.Count; k++) parts[k] = attributes[k].GroupNames[members[f][k]];
                names[rank] = string.Join(GroupNames.IntersectionSeparator, parts);
            }

            var keys = new List<string>();
            foreach (Grouping grouping in attributes) keys.Add(grouping.Attributes[0]);
            return new Planned(keys, names, map);
        }

        private static GroupedCounts Count(List<Planned> plan, int[] finest, int finestCount, bool[] labels, bool[] predicted, double[]? scores)
        {
            // Cell index: 0 TP, 1 FP, 2 TN, 3 FN.
            var finestCells = new long[finestCount * 4];
            for (int row = 0; row < labels.Length; row++)
            {
                int cell = predicted[row] ? (labels[row] ? 0 : 1) : (labels[row] ? 3 : 2);
                finestCells[finest[row] * 4 + cell]++;
            }

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

                DeLongAuc.ComputeAll(scores, labels, finest, finestCount, all, counts, out auc, out variance);
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
        /// and for each grouping the group of each finest group.
        /// </summary>
        private static int[] Finest(IReadOnlyList<Grouping> groupings, int rows, out int finestCount, out int[][] maps, out List<int[]> members)
        {
            var finest = new int[rows];
            members = new List<int[]>();
            var strides = new long[groupings.Count];
            long combinations = 1;
            for (int k = groupings.Count - 1; k >= 0 && combinations <= TableLimit; k--)
            {
                strides[k] = combinations;
                combinations *= groupings[k].GroupNames.Count;
            }

            if (combinations <= TableLimit)
            {
                // Few combinations (the usual case): a direct table from the combination's code.
                var table = new int[combinations];
                for (int i = 0; i < table.Length; i++) table[i] = -1;
                for (int row = 0; row < rows; row++)
                {
                    long code = 0;
                    for (int k = 0; k < groupings.Count; k++) code += groupings[k].RowGroups[row] * strides[k];
                    int index = table[code];
                    if (index < 0)
                    {
                        index = members.Count;
                        table[code] = index;
                        members.Add(Members(groupings, row));
                    }

                    finest[row] = index;
                }
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
                        indexByKey.Add(key, index);
                        members.Add(groups);
                    }

                    finest[row] = index;
                }
            }

            finestCount = members.Count;
            maps = new int[groupings.Count][];
            for (int k = 0; k < groupings.Count; k++)
            {
                maps[k] = new int[finestCount];
                for (int f = 0; f < finestCount; f++) maps[k][f] = members[f][k];
            }

            return finest;
        }

        private const long TableLimit = 1 << 22;

        private static int[] Members(IReadOnlyList<Grouping> groupings, int row)
        {
            var members = new int[groupings.Count];
            for (int k = 0; k < groupings.Count; k++) members[k] = groupings[k].RowGroups[row];
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
