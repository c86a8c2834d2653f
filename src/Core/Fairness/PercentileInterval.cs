using System;
using System.Runtime.CompilerServices;
using AiFactory.Core.Data;

namespace AiFactory.Core.Fairness
{
    /// <summary>
    /// The percentile interval of bootstrap resamples: the (1 − level)/2 and (1 + level)/2 quantiles of the defined
    /// values, interpolated linearly between order statistics (the usual "type 7" definition, numpy's default).
    /// Undefined resamples (NaN) are counted and left out; with fewer than half the resamples defined there is no interval.
    /// The order statistics are found by selection rather than a full sort (for the usual extreme quantiles, in one pass
    /// that keeps the few smallest and largest values).
    /// </summary>
    internal static class PercentileInterval
    {
        /// <summary>The interval of <paramref name="values"/> (one per resample, NaN where undefined). The array is reordered.</summary>
        public static Interval Of(double[] values, double level)
        {
            if (values is null) throw new ArgumentNullException(nameof(values));
            if (!(level > 0 && level < 1)) throw new ArgumentOutOfRangeException(nameof(level), level, "The level must be in (0, 1).");
            int defined = KeepDefined(values);
            int undefined = values.Length - defined;
            if (!HasEnough(defined, values.Length))
            {
                return new Interval(null, null, level, Interval.BootstrapMethod, values.Length, undefined);
            }

            double alpha = (1 - level) / 2;
            Quantiles(values, defined, alpha, 1 - alpha, out double lower, out double upper);
            return new Interval(lower, upper, level, Interval.BootstrapMethod, values.Length, undefined);
        }

        /// <summary>Moves the defined (non-NaN) values to the front of <paramref name="values"/>, in order, and returns how many there are.</summary>
        public static int KeepDefined(double[] values)
        {
            if (values is null) throw new ArgumentNullException(nameof(values));
            int defined = 0;
            for (int i = 0; i < values.Length; i++)
            {
                if (!double.IsNaN(values[i])) values[defined++] = values[i];
            }

            return defined;
        }

        /// <summary>Whether <paramref name="defined"/> of <paramref name="total"/> resamples are enough for an interval: at least one, and at least half.</summary>
        public static bool HasEnough(int defined, int total) => defined > 0 && defined * 2 >= total;

        /// <summary>
        /// The <paramref name="low"/>- and <paramref name="high"/>-quantiles (low ≤ high) of the first
        /// <paramref name="count"/> values, which it reorders: the same figures as two calls of <see cref="Quantile"/>,
        /// found in one pass when both lie among the few smallest and largest values.
        /// </summary>
        public static void Quantiles(double[] values, int count, double low, double high, out double lower, out double upper)
        {
            if (values is null) throw new ArgumentNullException(nameof(values));
            if (count < 1 || count > values.Length) throw new ArgumentOutOfRangeException(nameof(count), count, "At least one value.");
            if (!(low >= 0 && low <= high && high <= 1)) throw new ArgumentOutOfRangeException(nameof(low), low, "Quantiles need 0 ≤ low ≤ high ≤ 1.");
            if (!TryTails(values, count, low, high, out lower, out upper))
            {
                lower = Quantile(values, count, low);
                upper = Quantile(values, count, high);
            }
        }

        /// <summary>
        /// The <paramref name="low"/>- and <paramref name="high"/>-quantiles when both lie among the few smallest and
        /// largest values (2.5% and 97.5% of a thousand resamples: 26 values each), found in one pass that keeps those
        /// values in order; false when the tails are too long for that to pay.
        /// </summary>
        /// <remarks>
        /// Two selections over every value cost several times more, and an interval is computed for every rate of every
        /// group. The order statistics are the same numbers whichever way they are found, so the interval is too.
        /// </remarks>
        [MethodImpl(HotLoops.FullyOptimized)]
        private static bool TryTails(double[] values, int count, double low, double high, out double lower, out double upper)
        {
            lower = upper = double.NaN;
            double lowH = (count - 1) * low, highH = (count - 1) * high;
            int lowBelow = (int)Math.Floor(lowH), highBelow = (int)Math.Floor(highH);
            int smallest = Math.Min(lowBelow + 2, count), largest = count - highBelow;
            if (smallest > Tail || largest > Tail) return false;

            // small[0..] ascending: the smallest values seen; large[0..] descending: the largest.
            var small = new double[smallest];
            var large = new double[largest];
            int smallCount = 0, largeCount = 0;
            for (int i = 0; i < count; i++)
            {
                double x = values[i];
                if (smallCount < smallest || x < small[smallest - 1]) Insert(small, ref smallCount, x, ascending: true);
                if (largeCount < largest || x > large[largest - 1]) Insert(large, ref largeCount, x, ascending: false);
            }

            // Order statistic k is small[k] among the smallest, large[count − 1 − k] among the largest.
            lower = Interpolate(lowH, lowBelow, small[lowBelow], lowBelow + 1 < count ? small[lowBelow + 1] : 0, count);
            upper = Interpolate(highH, highBelow, large[count - 1 - highBelow], highBelow + 1 < count ? large[count - 2 - highBelow] : 0, count);
            return true;
        }

        private const int Tail = 64;

        /// <summary>Inserts <paramref name="x"/> into the first <paramref name="filled"/> values kept in order, dropping the last when full.</summary>
        private static void Insert(double[] kept, ref int filled, double x, bool ascending)
        {
            int j = filled < kept.Length ? filled++ : kept.Length - 1;
            while (j > 0 && (ascending ? kept[j - 1] > x : kept[j - 1] < x))
            {
                kept[j] = kept[j - 1];
                j--;
            }

            kept[j] = x;
        }

        /// <summary>As <see cref="Quantile"/> ends: the order statistic below h, moved toward the next one by h's fraction.</summary>
        private static double Interpolate(double h, int below, double low, double next, int count) =>
            below >= count - 1 ? low : low + (h - below) * (next - low);

        /// <summary>
        /// The q-quantile of the first <paramref name="count"/> values (which it reorders): the order statistics around
        /// (count − 1)·q found by selection in linear time, then interpolated.
        /// </summary>
        public static double Quantile(double[] values, int count, double q)
        {
            if (values is null) throw new ArgumentNullException(nameof(values));
            if (count < 1 || count > values.Length) throw new ArgumentOutOfRangeException(nameof(count), count, "At least one value.");
            double h = (count - 1) * q;
            int below = (int)Math.Floor(h);
            double low = Select(values, count, below);
            if (below >= count - 1) return low;

            // Selection leaves every value after position `below` at least as large: the next order statistic is their minimum.
            double next = double.PositiveInfinity;
            for (int i = below + 1; i < count; i++) next = Math.Min(next, values[i]);
            return low + (h - below) * (next - low);
        }

        /// <summary>Hoare's selection with a median-of-three pivot: puts the k-th smallest value (0-based) at index k.</summary>
        [MethodImpl(HotLoops.FullyOptimized)]
        private static double Select(double[] a, int count, int k)
        {
            int left = 0, right = count - 1;
            while (right > left)
            {
                int middle = left + (right - left) / 2;
                if (a[middle] < a[left]) Swap(a, middle, left);
                if (a[right] < a[left]) Swap(a, right, left);
                if (a[right] < a[middle]) Swap(a, right, middle);
                double pivot = a[middle];
                int i = left, j = right;
                while (i <= j)
                {
                    while (a[i] < pivot) i++;
                    while (a[j] > pivot) j--;
                    if (i <= j)
                    {
                        Swap(a, i, j);
                        i++;
                        j--;
                    }
                }

                if (k <= j) right = j;
                else if (k >= i) left = i;
                else return a[k];
            }

            return a[k];
        }

        private static void Swap(double[] a, int i, int j)
        {
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
