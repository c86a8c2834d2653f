using System;

namespace AiFactory.Core.Fairness
{
    /// <summary>
    /// The percentile interval of bootstrap resamples: the (1 − level)/2 and (1 + level)/2 quantiles of the defined
    /// values, interpolated linearly between order statistics (the usual "type 7" definition, numpy's default).
    /// Undefined resamples (NaN) are counted and left out; with fewer than half the resamples defined there is no interval.
    /// The order statistics are found by selection rather than a full sort.
    /// </summary>
    public static class PercentileInterval
    {
        /// <summary>The interval of <paramref name="values"/> (one per resample, NaN where undefined). The array is reordered.</summary>
        public static Interval Of(double[] values, double level)
        {
            if (values is null) throw new ArgumentNullException(nameof(values));
            if (!(level > 0 && level < 1)) throw new ArgumentOutOfRangeException(nameof(level), level, "The level must be in (0, 1).");
            int defined = 0;
            for (int i = 0; i < values.Length; i++)
            {
                if (!double.IsNaN(values[i])) values[defined++] = values[i];
            }

            int undefined = values.Length - defined;
            if (defined == 0 || defined * 2 < values.Length)
            {
                return new Interval(null, null, level, Interval.BootstrapMethod, values.Length, undefined);
            }

            double alpha = (1 - level) / 2;
            return new Interval(Quantile(values, defined, alpha), Quantile(values, defined, 1 - alpha), level, Interval.BootstrapMethod, values.Length, undefined);
        }

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
