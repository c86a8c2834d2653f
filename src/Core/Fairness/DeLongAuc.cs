using System;
using System.Collections.Generic;

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
    /// is measured in one sequential pass over the sorted rows, whatever the number of rows.
    /// </remarks>
    public static class DeLongAuc
    {
        private const int RadixBits = 16;

        /// <summary>
        /// The rows in ascending order of score (ties in row order). A stable least-significant-digit radix sort on the
        /// doubles' ordered bit patterns, 16 bits a pass, passes where every key has the same digit skipped.
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
            var keys = new ulong[n];
            for (int i = 0; i < n; i++)
            {
                double score = scores[i];
                if (double.IsNaN(score)) throw new ArgumentException($"The score of row {i} is NaN.", nameof(scores));

                // IEEE 754 bits ordered as the numbers are: flip every bit of a negative, only the sign of the rest.
                long bits = BitConverter.DoubleToInt64Bits(score == 0 ? 0.0 : score);
                keys[i] = bits < 0 ? ~(ulong)bits : (ulong)bits | 0x8000000000000000UL;
            }

            int[] values = payload;
            if (n < 1 << 12)
            {
                // Small inputs: a comparison sort, made stable by the position as a tie-break.
                var positions = new int[n];
                for (int i = 0; i < n; i++) positions[i] = i;
                ulong[] k0 = keys;
                Array.Sort(positions, (a, b) => k0[a] != k0[b] ? k0[a].CompareTo(k0[b]) : a.CompareTo(b));
                var sortedValues = new int[n];
                sortedKeys = new ulong[n];
                for (int i = 0; i < n; i++)
                {
                    sortedKeys[i] = k0[positions[i]];
                    sortedValues[i] = values[positions[i]];
                }

                Array.Copy(sortedValues, payload, n);
                return;
            }

            var keysOut = new ulong[n];
            var valuesOut = new int[n];
            var offsets = new int[1 << RadixBits];
            const ulong mask = (1UL << RadixBits) - 1;

            // The high 32 bits (sign, exponent, 20 bits of mantissa) by radix: scores that differ in the sixth decimal
            // already differ there. Runs sharing them are then put in order by their full keys, stably.
            for (int shift = 32; shift < 64; shift += RadixBits)
            {
                Array.Clear(offsets, 0, offsets.Length);
                for (int i = 0; i < n; i++) offsets[(int)((keys[i] >> shift) & mask)]++;
                if (offsets[(int)((keys[0] >> shift) & mask)] == n) continue; // every key has this digit: nothing to do

                int total = 0;
                for (int d = 0; d < offsets.Length; d++)
                {
                    int count = offsets[d];
                    offsets[d] = total;
                    total += count;
                }

                for (int i = 0; i < n; i++)
                {
                    int position = offsets[(int)((keys[i] >> shift) & mask)]++;
                    keysOut[position] = keys[i];
                    valuesOut[position] = values[i];
                }

                ulong[] k = keys; keys = keysOut; keysOut = k;
                int[] v = values; values = valuesOut; valuesOut = v;
            }

            for (int start = 0; start < n;)
            {
                ulong high = keys[start] >> 32;
                int end = start + 1;
                while (end < n && keys[end] >> 32 == high) end++;
                if (end - start > 1) InsertionSort(keys, values, start, end);
                start = end;
            }

            if (!ReferenceEquals(values, payload)) Array.Copy(values, payload, n);
            sortedKeys = keys;
        }

        /// <summary>Stable insertion sort of keys[start, end) with their values: the runs it sees are short.</summary>
        private static void InsertionSort(ulong[] keys, int[] values, int start, int end)
        {
            for (int i = start + 1; i < end; i++)
            {
                ulong key = keys[i];
                if (key >= keys[i - 1]) continue;
                int value = values[i];
                int j = i - 1;
                while (j >= start && keys[j] > key)
                {
                    keys[j + 1] = keys[j];
                    values[j + 1] = values[j];
                    j--;
                }

                keys[j + 1] = key;
                values[j + 1] = value;
            }
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
        /// group of row r in grouping k is <c>maps[k][finest[r]]</c>. One sort, one pass.
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
                payload[r] = (f << 2) | (labels[r] ? 1 : 0);
                if (labels[r]) finestPositives[f]++; else finestNegatives[f]++;
            }

            Sort(scores, payload, out ulong[] keys);

            // Bit 1 of a row's payload: its score equals the next row's. A run of ties is then found from the payload
            // alone, and a row that starts a run without the bit is a score of its own.
            for (int i = 0; i + 1 < rows; i++)
            {
                if (keys[i + 1] == keys[i]) payload[i] |= 2;
            }

            int groupings = maps.Count;
            auc = new double?[groupings][];
            variance = new double?[groupings][];
            for (int k = 0; k < groupings; k++)
            {
                var walk = new Walk(maps[k], groupCounts[k], finestPositives, finestNegatives);
                walk.Run(payload);
                walk.Finish(out auc[k], out variance[k]);
            }
        }

        /// <summary>
        /// The running sums of one grouping while the sorted rows go by, per group and label at index 2·group + label
        /// (label 1 positive): the rows of that label already passed, the sum of their placements and of the squares.
        /// Indexing by the label bit instead of branching on it matters: labels come in no order, and a mispredicted
        /// branch per row would cost more than the arithmetic.
        /// </summary>
        /// <remarks>
        /// Placements are kept as integers: 2·(negatives below) + (negatives tied) for a positive, 2·(positives above) +
        /// (positives tied) for a negative — exact, so that the AUC is the same number RocAuc gives.
        /// </remarks>
        private sealed class Walk
        {
            private readonly int[] _map;
            private readonly long[] _positives;
            private readonly long[] _negatives;
            private readonly long[] _below;
            private readonly long[] _sums;
            private readonly double[] _squares;
            private readonly long[] _tied;
            private int[] _touched = new int[16];

            public Walk(int[] map, int groups, long[] finestPositives, long[] finestNegatives)
            {
                _map = map;
                _positives = new long[groups];
                _negatives = new long[groups];
                for (int f = 0; f < map.Length; f++)
                {
                    _positives[map[f]] += finestPositives[f];
                    _negatives[map[f]] += finestNegatives[f];
                }

                _below = new long[2 * groups];
                _sums = new long[2 * groups];
                _squares = new double[2 * groups];
                _tied = new long[2 * groups];
            }

            /// <summary>One pass over the sorted rows; a score of its own (the usual case) needs no tie bookkeeping.</summary>
            public void Run(int[] payload)
            {
                if (_positives.Length == 1)
                {
                    RunSingleGroup(payload);
                    return;
                }

                int[] map = _map;
                long[] positives = _positives, below = _below, sums = _sums;
                double[] squares = _squares;
                int rows = payload.Length;
                for (int i = 0; i < rows;)
                {
                    int p = payload[i];
                    if ((p & 2) != 0)
                    {
                        int end = i + 1;
                        while ((payload[end] & 2) != 0) end++;
                        end++;
                        Tied(payload, i, end);
                        i = end;
                        continue;
                    }

                    int group = map[p >> 2];
                    int label = p & 1;

                    // A positive's placement counts the negatives below it; a negative's, the positives above it.
                    long placement = 2 * (label * below[2 * group] + (1 - label) * (positives[group] - below[2 * group + 1]));
                    int slot = 2 * group + label;
                    sums[slot] += placement;
                    squares[slot] += (double)placement * placement;
                    below[slot]++;
                    i++;
                }
            }

            /// <summary>The whole test set as one group: the sums live in locals, the rows need no group lookup.</summary>
            private void RunSingleGroup(int[] payload)
            {
                long positives = _positives[0], positivesBelow = 0, negativesBelow = 0, sumA = 0, sumB = 0;
                double sumA2 = 0, sumB2 = 0;
                int rows = payload.Length;
                for (int i = 0; i < rows;)
                {
                    long tiedPositives = 0, tiedNegatives = 0;
                    int end = i;
                    do
                    {
                        if ((payload[end] & 1) == 1) tiedPositives++; else tiedNegatives++;
                    }
                    while ((payload[end++] & 2) != 0);

                    if (tiedPositives > 0)
                    {
                        long a = 2 * negativesBelow + tiedNegatives;
                        sumA += tiedPositives * a;
                        sumA2 += tiedPositives * ((double)a * a);
                    }

                    if (tiedNegatives > 0)
                    {
                        long b = 2 * (positives - positivesBelow - tiedPositives) + tiedPositives;
                        sumB += tiedNegatives * b;
                        sumB2 += tiedNegatives * ((double)b * b);
                    }

                    positivesBelow += tiedPositives;
                    negativesBelow += tiedNegatives;
                    i = end;
                }

                _sums[1] = sumA;
                _squares[1] = sumA2;
                _sums[0] = sumB;
                _squares[0] = sumB2;
            }

            /// <summary>
            /// A run of tied scores: every positive of a group in it has the same placement (and so has every negative),
            /// so the run is counted by group once and each touched group is updated once.
            /// </summary>
            private void Tied(int[] payload, int start, int end)
            {
                long[] tied = _tied, below = _below, sums = _sums;
                double[] squares = _squares;
                int touched = 0;
                if (_touched.Length < end - start) _touched = new int[end - start];
                for (int i = start; i < end; i++)
                {
                    int group = _map[payload[i] >> 2];
                    if (tied[2 * group] == 0 && tied[2 * group + 1] == 0) _touched[touched++] = group;
                    tied[2 * group + (payload[i] & 1)]++;
                }

                for (int t = 0; t < touched; t++)
                {
                    int group = _touched[t];
                    long tiedPositives = tied[2 * group + 1], tiedNegatives = tied[2 * group];
                    if (tiedPositives > 0)
                    {
                        long a = 2 * below[2 * group] + tiedNegatives;
                        sums[2 * group + 1] += tiedPositives * a;
                        squares[2 * group + 1] += tiedPositives * ((double)a * a);
                    }

                    if (tiedNegatives > 0)
                    {
                        long b = 2 * (_positives[group] - below[2 * group + 1] - tiedPositives) + tiedPositives;
                        sums[2 * group] += tiedNegatives * b;
                        squares[2 * group] += tiedNegatives * ((double)b * b);
                    }

                    below[2 * group] += tiedNegatives;
                    below[2 * group + 1] += tiedPositives;
                    tied[2 * group] = 0;
                    tied[2 * group + 1] = 0;
                }
            }

            public void Finish(out double?[] auc, out double?[] variance)
            {
                int count = _positives.Length;
                auc = new double?[count];
                variance = new double?[count];
                for (int g = 0; g < count; g++)
                {
                    long m = _positives[g], n = _negatives[g];
                    if (m == 0 || n == 0)
                    {
                        continue;
                    }

                    // The same expression as RocAuc: the positives' placements add up to twice the Mann–Whitney U.
                    long sumA = _sums[2 * g + 1], sumB = _sums[2 * g];
                    auc[g] = sumA / (2.0 * m * n);
                    if (m < 2 || n < 2)
                    {
                        continue;
                    }

                    // V10 = a / (2n), V01 = b / (2m); sample variances with m − 1 and n − 1.
                    double s10 = (_squares[2 * g + 1] - (double)sumA * sumA / m) / ((m - 1) * 4.0 * n * n);
                    double s01 = (_squares[2 * g] - (double)sumB * sumB / n) / ((n - 1) * 4.0 * m * m);
                    variance[g] = Math.Max(0, s10 / m + s01 / n);
                }
            }
        }
    }
}
