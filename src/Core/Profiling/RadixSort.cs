using System;

namespace AiFactory.Core.Profiling
{
    /// <summary>
    /// Sorts doubles (no NaN) in O(n): a least-significant-digit radix sort over 11-bit digits of keys that order like
    /// the doubles (the sign bit flipped for positives, every bit flipped for negatives). About four times faster than
    /// Array.Sort on a million values, which matters because profiling sorts every number column.
    /// </summary>
    internal sealed class RadixSort
    {
        // 11-bit digits: six passes whose 2,048 buckets stay in the processor's cache (16-bit digits scatter too widely).
        private const int DigitBits = 11;
        private const int Buckets = 1 << DigitBits;
        private const int Digits = (64 + DigitBits - 1) / DigitBits;

        // Reused from column to column: a file's columns have the same length, and large arrays are costly to allocate
        // (each one counts toward a full garbage collection, which must walk every string of the table).
        private ulong[] _keys = Array.Empty<ulong>();
        private ulong[] _buffer = Array.Empty<ulong>();
        private readonly int[] _counts = new int[Digits * Buckets];

        /// <summary>Sorts the first <paramref name="count"/> values ascending, in place.</summary>
        public void Sort(double[] values, int count)
        {
            if (count < 4096)
            {
                Array.Sort(values, 0, count);
                return;
            }

            if (_keys.Length < count)
            {
                _keys = new ulong[count];
                _buffer = new ulong[count];
            }

            ulong[] keys = _keys;
            int[] counts = _counts;
            Array.Clear(counts, 0, counts.Length);
            for (int i = 0; i < count; i++)
            {
                ulong key = ToKey(values[i]);
                keys[i] = key;
                for (int d = 0; d < Digits; d++) counts[d * Buckets + (int)((key >> (d * DigitBits)) & (Buckets - 1))]++;
            }

            ulong[] buffer = _buffer;
            for (int d = 0; d < Digits; d++)
            {
                int offset = d * Buckets;
                int shift = d * DigitBits;

                // A digit every key shares moves nothing: skip its pass (common in the exponent's digits).
                if (counts[offset + (int)((keys[0] >> shift) & (Buckets - 1))] == count) continue;
                int sum = 0;
                for (int b = 0; b < Buckets; b++)
                {
                    int c = counts[offset + b];
                    counts[offset + b] = sum;
                    sum += c;
                }

                for (int i = 0; i < count; i++)
                {
                    ulong key = keys[i];
                    buffer[counts[offset + (int)((key >> shift) & (Buckets - 1))]++] = key;
                }

                ulong[] swap = keys;
                keys = buffer;
                buffer = swap;
            }

            for (int i = 0; i < count; i++) values[i] = FromKey(keys[i]);
        }

        private static ulong ToKey(double value)
        {
            ulong bits = (ulong)BitConverter.DoubleToInt64Bits(value);
            return (bits & 0x8000000000000000UL) != 0 ? ~bits : bits | 0x8000000000000000UL;
        }

        private static double FromKey(ulong key)
        {
            ulong bits = (key & 0x8000000000000000UL) != 0 ? key & 0x7FFFFFFFFFFFFFFFUL : ~key;
            return BitConverter.Int64BitsToDouble((long)bits);
        }
    }
}
