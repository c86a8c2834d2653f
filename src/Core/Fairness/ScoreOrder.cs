using System;
using System.Runtime.CompilerServices;
using AiFactory.Core.Data;

namespace AiFactory.Core.Fairness
{
    /// <summary>
    /// Puts rows in ascending order of score, carrying one int per row: a stable least-significant-digit radix sort
    /// over the top 32 bits of keys that order like the doubles, in four 8-bit digits, then each run of keys sharing
    /// those bits put in order by the full keys. The caller lends the buffers, so a caller that sorts once and then
    /// needs scratch space of its own allocates nothing twice.
    /// </summary>
    /// <remarks>
    /// A pass writes each key and value to the next place of its digit's bucket. With 8-bit digits the 256 places
    /// written to stay in the processor's first-level cache; with 11-bit digits a pass took about twice as long here,
    /// more than the extra pass saves. The digits are counted in the pass that computes the keys, and a digit every key
    /// shares is skipped (the top one, sign and exponent, for probabilities between about 0.0005 and 1). Scores that
    /// differ in the sixth decimal already differ in the top 32 bits, so the runs left to the last step are almost
    /// always equal scores.
    /// </remarks>
    internal static class ScoreOrder
    {
        private const int DigitBits = 8;
        private const int Buckets = 1 << DigitBits;
        private const int Digits = 4;
        private const int LowestSortedBit = 64 - Digits * DigitBits; // 32
        private const int SmallInput = 1 << 12;
        private const int LongRun = 32;

        /// <summary>
        /// The key of a score: its IEEE 754 bits with every bit of a negative flipped and only the sign of the rest, so
        /// that keys compare as the scores do; −0 and +0 get one key.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static ulong KeyOf(double score)
        {
            long bits = BitConverter.DoubleToInt64Bits(score == 0 ? 0.0 : score);
            return bits < 0 ? ~(ulong)bits : (ulong)bits | 0x8000000000000000UL;
        }

        /// <summary>
        /// Sorts the rows' values by ascending score, stably.
        /// </summary>
        /// <param name="scores">Each row's score; NaN is refused.</param>
        /// <param name="payload">One value per row; scratch on return unless it is <paramref name="sortedValues"/>.</param>
        /// <param name="keys">A buffer of one key per row.</param>
        /// <param name="keysBuffer">A second buffer of one key per row.</param>
        /// <param name="valuesBuffer">A second buffer of one value per row.</param>
        /// <param name="sortedValues">Receives the values in score order: <paramref name="payload"/> or <paramref name="valuesBuffer"/>.</param>
        /// <returns>The sorted keys: one of the two key buffers. Equal keys are equal scores.</returns>
        public static ulong[] Sort(double[] scores, int[] payload, ulong[] keys, ulong[] keysBuffer, int[] valuesBuffer, out int[] sortedValues)
        {
            int n = scores.Length;
            if (payload.Length != n) throw new ArgumentException($"{payload.Length} payload values for {n} scores.", nameof(payload));
            if (keys.Length < n || keysBuffer.Length < n || valuesBuffer.Length < n) throw new ArgumentException("A buffer is shorter than the scores.");
            sortedValues = payload;
            if (n < SmallInput) return SortSmall(scores, payload, keys);

            int[] counts = CountKeys(scores, keys);
            ulong[] keysIn = keys, keysOut = keysBuffer;
            int[] valuesIn = payload, valuesOut = valuesBuffer;
            for (int d = 0; d < Digits; d++)
            {
                int offset = d * Buckets;
                int shift = LowestSortedBit + d * DigitBits;

                // A digit every key shares moves nothing: skip its pass (common in the sign and exponent).
                if (counts[offset + (int)((keysIn[0] >> shift) & (Buckets - 1))] == n) continue;
                var next = new int[Buckets];
                int total = 0;
                for (int b = 0; b < Buckets; b++)
                {
                    next[b] = total;
                    total += counts[offset + b];
                }

                Scatter(keysIn, valuesIn, keysOut, valuesOut, n, shift, next);
                ulong[] k = keysIn; keysIn = keysOut; keysOut = k;
                int[] v = valuesIn; valuesIn = valuesOut; valuesOut = v;
            }

            PutRunsInOrder(keysIn, valuesIn, n);
            sortedValues = valuesIn;
            return keysIn;
        }

        /// <summary>The key of every score into <paramref name="keys"/>, and the keys' counts of every digit.</summary>
        [MethodImpl(HotLoops.FullyOptimized)]
        private static int[] CountKeys(double[] scores, ulong[] keys)
        {
            var counts = new int[Digits * Buckets];
            for (int i = 0; i < scores.Length; i++)
            {
                double score = scores[i];
                if (double.IsNaN(score)) throw new ArgumentException($"The score of row {i} is NaN.", nameof(scores));
                ulong key = KeyOf(score);
                keys[i] = key;
                counts[(int)((key >> LowestSortedBit) & (Buckets - 1))]++;
                counts[Buckets + (int)((key >> (LowestSortedBit + DigitBits)) & (Buckets - 1))]++;
                counts[2 * Buckets + (int)((key >> (LowestSortedBit + 2 * DigitBits)) & (Buckets - 1))]++;
                counts[3 * Buckets + (int)(key >> (LowestSortedBit + 3 * DigitBits))]++;
            }

            return counts;
        }

        /// <summary>One pass: each of the first <paramref name="n"/> keys and its value to its bucket's next place.</summary>
        [MethodImpl(HotLoops.FullyOptimized)]
        private static void Scatter(ulong[] keysIn, int[] valuesIn, ulong[] keysOut, int[] valuesOut, int n, int shift, int[] next)
        {
            for (int i = 0; i < n; i++)
            {
                ulong key = keysIn[i];
                int position = next[(int)((key >> shift) & (Buckets - 1))]++;
                keysOut[position] = key;
                valuesOut[position] = valuesIn[i];
            }
        }

        /// <summary>Small inputs: a comparison sort, made stable by the position as a tie-break.</summary>
        private static ulong[] SortSmall(double[] scores, int[] payload, ulong[] keys)
        {
            int n = scores.Length;
            for (int i = 0; i < n; i++)
            {
                if (double.IsNaN(scores[i])) throw new ArgumentException($"The score of row {i} is NaN.", nameof(scores));
                keys[i] = KeyOf(scores[i]);
            }

            SortRun(keys, payload, 0, n);
            return keys;
        }

        /// <summary>
        /// Puts in order the runs of keys that share their top 32 bits. Usually they are equal scores and one look at
        /// each key finds nothing to do; keys out of order are moved back by insertion while that stays cheap, and if it
        /// does not (a long run of distinct scores that agree in their top bits), each run is sorted on its own.
        /// </summary>
        [MethodImpl(HotLoops.FullyOptimized)]
        private static void PutRunsInOrder(ulong[] keys, int[] values, int n)
        {
            // Insertion never moves a key out of its run: every key before the run is smaller in its top bits.
            long budget = 4L * n;
            for (int i = 1; i < n; i++)
            {
                ulong key = keys[i];
                if (key >= keys[i - 1]) continue;
                int value = values[i];
                int j = i - 1;
                while (j >= 0 && keys[j] > key)
                {
                    keys[j + 1] = keys[j];
                    values[j + 1] = values[j];
                    j--;
                }

                keys[j + 1] = key;
                values[j + 1] = value;
                budget -= i - j;
                if (budget < 0)
                {
                    SortEveryRun(keys, values, n);
                    return;
                }
            }
        }

        private static void SortEveryRun(ulong[] keys, int[] values, int n)
        {
            for (int start = 0; start < n;)
            {
                ulong high = keys[start] >> LowestSortedBit;
                int end = start + 1;
                while (end < n && keys[end] >> LowestSortedBit == high) end++;
                if (end - start > 1) SortRun(keys, values, start, end);
                start = end;
            }
        }

        /// <summary>
        /// Orders keys[start, end) with their values by the full keys, stably. Runs of equal scores are already in
        /// order and cost one look; short runs take an insertion sort, long unsorted ones a comparison sort (an
        /// insertion sort could cost the square of their length).
        /// </summary>
        private static void SortRun(ulong[] keys, int[] values, int start, int end)
        {
            int i = start + 1;
            while (i < end && keys[i] >= keys[i - 1]) i++;
            if (i == end) return;
            if (end - start <= LongRun)
            {
                InsertionSort(keys, values, start, end);
                return;
            }

            int length = end - start;
            var runKeys = new ulong[length];
            var runValues = new int[length];
            var positions = new int[length];
            Array.Copy(keys, start, runKeys, 0, length);
            Array.Copy(values, start, runValues, 0, length);
            for (int p = 0; p < length; p++) positions[p] = p;
            Array.Sort(positions, (a, b) => runKeys[a] != runKeys[b] ? runKeys[a].CompareTo(runKeys[b]) : a.CompareTo(b));
            for (int p = 0; p < length; p++)
            {
                keys[start + p] = runKeys[positions[p]];
                values[start + p] = runValues[positions[p]];
            }
        }

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
    }
}
