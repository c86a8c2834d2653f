using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using AiFactory.Core.Data;

namespace AiFactory.Core.Fairness
{
    /// <summary>
    /// The AUC of every group of several groupings with DeLong's variance, from one ordering of the rows by score.
    /// For a positive i its placement is the share of the group's negatives scored below it (ties ½), for a negative j
    /// the share of positives scored above it; the AUC is the mean placement, and
    /// Var(AUC) = S10/m + S01/n with S10, S01 the sample variances of the placements of the m positives and n negatives
    /// (DeLong, DeLong and Clarke-Pearson, Biometrics 44, 1988).
    /// </summary>
    /// <remarks>
    /// The rows are sorted once, carrying each row's finest group and label (not its index), so that every grouping
    /// is measured in sequential passes over the sorted rows, whatever the number of rows.
    /// </remarks>
    internal static class DeLongAuc
    {
        /// <summary>
        /// The rows in ascending order of score (ties in row order). A stable least-significant-digit radix sort on the
        /// doubles' ordered bit patterns (see <see cref="ScoreOrder"/>).
        /// </summary>
        public static int[] Order(double[] scores)
        {
            if (scores is null) throw new ArgumentNullException(nameof(scores));
            var payload = new int[scores.Length];
            for (int i = 0; i < payload.Length; i++) payload[i] = i;
            Sort(scores, payload, out _);
            return payload;
        }

        /// <summary>
        /// Sorts <paramref name="payload"/> (one value per row, reordered in place) by ascending score, stably, and
        /// returns the sorted keys: equal keys are equal scores (−0 and +0 are one key).
        /// </summary>
        public static void Sort(double[] scores, int[] payload, out ulong[] sortedKeys)
        {
            if (scores is null) throw new ArgumentNullException(nameof(scores));
            if (payload is null) throw new ArgumentNullException(nameof(payload));
            int n = scores.Length;
            if (payload.Length != n) throw new ArgumentException($"{payload.Length} payload values for {n} scores.", nameof(payload));
            sortedKeys = ScoreOrder.Sort(scores, payload, new ulong[n], new ulong[n], new int[n], out int[] sorted);
            if (!ReferenceEquals(sorted, payload)) Array.Copy(sorted, payload, n);
        }

        /// <summary>
        /// The AUC and its DeLong variance of each group: index g of both arrays is group g. An AUC is null when its group
        /// lacks a class; a variance is null when its group has fewer than two positives or two negatives.
        /// </summary>
        /// <param name="scores">Each row's score.</param>
        /// <param name="labels">Each row's label, true = positive.</param>
        /// <param name="rowGroups">Each row's group index, or null for a single group of every row.</param>
        /// <param name="groupCount">The number of groups.</param>
        /// <param name="auc">Receives each group's AUC.</param>
        /// <param name="variance">Receives each group's variance.</param>
        public static void Compute(double[] scores, bool[] labels, int[]? rowGroups, int groupCount, out double?[] auc, out double?[] variance)
        {
            if (labels is null) throw new ArgumentNullException(nameof(labels));
            var identity = new int[groupCount];
            for (int g = 0; g < groupCount; g++) identity[g] = g;
            ComputeAll(scores, labels, rowGroups ?? new int[labels.Length], groupCount, new[] { identity }, new[] { groupCount },
                out double?[][] aucs, out double?[][] variances);
            auc = aucs[0];
            variance = variances[0];
        }

        /// <summary>
        /// The AUC and DeLong variance of every group of several groupings, all functions of one finest grouping: the
        /// group of row r in grouping k is <c>maps[k][finest[r]]</c>. One sort; then one pass per grouping.
        /// </summary>
        /// <param name="scores">Each row's score.</param>
        /// <param name="labels">Each row's label.</param>
        /// <param name="finest">Each row's finest group, 0 to <paramref name="finestCount"/> − 1.</param>
        /// <param name="finestCount">The number of finest groups.</param>
        /// <param name="maps">For each grouping, the group of each finest group.</param>
        /// <param name="groupCounts">For each grouping, its number of groups.</param>
        /// <param name="auc">Receives [grouping][group] AUCs.</param>
        /// <param name="variance">Receives [grouping][group] variances.</param>
        public static void ComputeAll(double[] scores, bool[] labels, int[] finest, int finestCount, IReadOnlyList<int[]> maps, IReadOnlyList<int> groupCounts,
            out double?[][] auc, out double?[][] variance)
        {
            if (scores is null) throw new ArgumentNullException(nameof(scores));
            if (labels is null) throw new ArgumentNullException(nameof(labels));
            if (finest is null) throw new ArgumentNullException(nameof(finest));
            if (maps is null) throw new ArgumentNullException(nameof(maps));
            if (groupCounts is null) throw new ArgumentNullException(nameof(groupCounts));
            int rows = scores.Length;
            if (labels.Length != rows || finest.Length != rows) throw new ArgumentException("The scores, labels and groups need one entry per row.");
            if (finestCount > int.MaxValue / 4) throw new ArgumentOutOfRangeException(nameof(finestCount), finestCount, "Too many groups.");

            // The payload of a row: its finest group and its label, so the sorted rows need no lookup by row index.
            var payload = new int[rows];
            var finestPositives = new long[finestCount];
            var finestNegatives = new long[finestCount];
            for (int r = 0; r < rows; r++)
            {
                int f = finest[r];
                int label = labels[r] ? 1 : 0;
                payload[r] = (f << 2) | label;
                finestPositives[f] += label;
                finestNegatives[f] += 1 - label;
            }

            ComputeFromPayload(scores, payload, finestPositives, finestNegatives, maps, groupCounts, out auc, out variance);
        }

        /// <summary>
        /// As <see cref="ComputeAll"/>, from each row's payload — its finest group · 4 + its label (1 positive) — which is
        /// sorted in place, and the positives and negatives of each finest group.
        /// </summary>
        [MethodImpl(HotLoops.FullyOptimized)]
        internal static void ComputeFromPayload(double[] scores, int[] payload, long[] finestPositives, long[] finestNegatives,
            IReadOnlyList<int[]> maps, IReadOnlyList<int> groupCounts, out double?[][] auc, out double?[][] variance)
        {
            int rows = payload.Length;
            var valuesBuffer = new int[rows];
            ulong[] sortedKeys = ScoreOrder.Sort(scores, payload, new ulong[rows], new ulong[rows], valuesBuffer, out int[] sorted);

            // Bit 1 of a row's payload: its score equals the next row's. A run of ties is then found from the payload alone.
            for (int i = 0; i + 1 < rows; i++) sorted[i] |= (sortedKeys[i + 1] == sortedKeys[i] ? 1 : 0) << 1;

            // The sort's spare values buffer lays out the groups of each grouping in turn.
            int[] stream = ReferenceEquals(sorted, payload) ? valuesBuffer : payload;
            int groupings = maps.Count;
            auc = new double?[groupings][];
            variance = new double?[groupings][];
            for (int k = 0; k < groupings; k++)
            {
                MeasureGrouping(sorted, stream, maps[k], groupCounts[k], finestPositives, finestNegatives, out auc[k], out variance[k]);
            }
        }

        /// <summary>
        /// One grouping: the whole set walks the sorted payload itself; a grouping of several groups first lays its
        /// rows out group after group in <paramref name="stream"/> (in score order within each group, each row as its
        /// run of tied scores and its label), so that every group is then one walk with its sums in registers.
        /// </summary>
        [MethodImpl(HotLoops.FullyOptimized)]
        private static void MeasureGrouping(int[] payload, int[] stream, int[] map, int groups, long[] finestPositives, long[] finestNegatives,
            out double?[] auc, out double?[] variance)
        {
            var positives = new long[groups];
            var negatives = new long[groups];
            for (int f = 0; f < map.Length; f++)
            {
                positives[map[f]] += finestPositives[f];
                negatives[map[f]] += finestNegatives[f];
            }

            auc = new double?[groups];
            variance = new double?[groups];
            if (groups == 1)
            {
                PlacementSums all = PlacementSums.OfPayload(payload, positives[0]);
                all.Finish(positives[0], negatives[0], out auc[0], out variance[0]);
                return;
            }

            var next = new int[groups];
            for (int g = 1; g < groups; g++) next[g] = next[g - 1] + (int)(positives[g - 1] + negatives[g - 1]);
            var starts = (int[])next.Clone();

            // A row's run is the number of runs that ended before it; fewer than 2^31 rows keep run·2 + label within 32 bits.
            uint run = 0;
            for (int i = 0; i < payload.Length; i++)
            {
                int p = payload[i];
                stream[next[map[p >> 2]]++] = unchecked((int)((run << 1) | (uint)(p & 1)));
                run += (uint)(1 - ((p >> 1) & 1));
            }

            for (int g = 0; g < groups; g++)
            {
                PlacementSums sums = PlacementSums.OfStream(stream, starts[g], next[g], positives[g]);
                sums.Finish(positives[g], negatives[g], out auc[g], out variance[g]);
            }
        }

        /// <summary>
        /// The sums of one group's placements while its rows go by in score order. Placements are kept as integers:
        /// 2·(negatives below) + (negatives tied) for a positive, 2·(positives above) + (positives tied) for a negative —
        /// exact, so that the AUC is the same number RocAuc gives.
        /// </summary>
        /// <remarks>
        /// A run of tied scores gives all its positives one placement (and all its negatives another), so the rows of a
        /// run are counted and the run is added once, when its last row goes by. That is done without a branch: each row
        /// adds its run's figures multiplied by 1 when it ends the run and by 0 otherwise. Labels and ties come in no
        /// order, and a mispredicted branch per row would cost more than the arithmetic; adding 0 leaves every sum, the
        /// floating-point sums of squares included, exactly as adding the runs one by one would.
        /// </remarks>
        private struct PlacementSums
        {
            private readonly long _positives;
            private long _tiedPositives;
            private long _tiedNegatives;
            private long _negativesBelow;
            private long _positivesBelow;
            private long _sumPositives;
            private long _sumNegatives;
            private double _squaresPositives;
            private double _squaresNegatives;

            private PlacementSums(long positives) : this() => _positives = positives;

            /// <summary>The sums over the sorted payload, whose bit 1 marks a row tied with the next.</summary>
            [MethodImpl(HotLoops.FullyOptimized)]
            public static PlacementSums OfPayload(int[] payload, long positives)
            {
                var sums = new PlacementSums(positives);
                for (int i = 0; i < payload.Length; i++)
                {
                    int p = payload[i];
                    sums.Add(p & 1, 1 - ((p >> 1) & 1));
                }

                return sums;
            }

            /// <summary>The sums over stream[from, to): each entry run·2 + label, runs ascending; a row ends its run when the next row's run differs.</summary>
            [MethodImpl(HotLoops.FullyOptimized)]
            public static PlacementSums OfStream(int[] stream, int from, int to, long positives)
            {
                var sums = new PlacementSums(positives);
                for (int i = from; i + 1 < to; i++)
                {
                    uint v = unchecked((uint)stream[i]), following = unchecked((uint)stream[i + 1]);
                    sums.Add(v & 1, (long)((0 - (ulong)((v ^ following) >> 1)) >> 63));
                }

                if (to > from) sums.Add(stream[to - 1] & 1, 1); // the group's last row ends its run

                return sums;
            }

            /// <summary>One row: its label (1 positive), and 1 when it is the last row of its run of tied scores, else 0.</summary>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            private void Add(long label, long ends)
            {
                long tp = _tiedPositives + label, tn = _tiedNegatives + 1 - label;
                long ef = ends * tp, en = ends * tn;
                long a = 2 * _negativesBelow + tn;
                long b = 2 * (_positives - _positivesBelow - tp) + tp;
                _sumPositives += ef * a;
                _squaresPositives += ef * ((double)a * a);
                _sumNegatives += en * b;
                _squaresNegatives += en * ((double)b * b);
                _negativesBelow += en;
                _positivesBelow += ef;
                _tiedPositives = tp - ef;
                _tiedNegatives = tn - en;
            }

            /// <summary>The AUC (null without both classes) and DeLong variance (null with fewer than two of a class) of m positives and n negatives.</summary>
            public void Finish(long m, long n, out double? auc, out double? variance)
            {
                auc = null;
                variance = null;
                if (m == 0 || n == 0) return;

                // The same expression as RocAuc: the positives' placements add up to twice the Mann–Whitney U.
                long sumA = _sumPositives, sumB = _sumNegatives;
                auc = sumA / (2.0 * m * n);
                if (m < 2 || n < 2) return;

                // V10 = a / (2n), V01 = b / (2m); sample variances with m − 1 and n − 1.
                double s10 = (_squaresPositives - (double)sumA * sumA / m) / ((m - 1) * 4.0 * n * n);
                double s01 = (_squaresNegatives - (double)sumB * sumB / n) / ((n - 1) * 4.0 * m * m);
                variance = Math.Max(0, s10 / m + s01 / n);
            }
        }
    }
}
