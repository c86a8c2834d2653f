namespace AiFactory.Core.Profiling
{
    /// <summary>Quantiles of sorted values by linear interpolation between the two nearest ranks (NumPy's default, Hyndman–Fan type 7).</summary>
    internal static class Quantiles
    {
        /// <summary>The <paramref name="p"/>-quantile of the first <paramref name="count"/> (at least 1) ascending values: with h = (n − 1)p, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]).</summary>
        public static double Of(double[] sorted, int count, double p)
        {
            double h = (count - 1) * p;
            int low = (int)System.Math.Floor(h);
            if (low >= count - 1) return sorted[count - 1];
            double fraction = h - low;
            return fraction == 0 ? sorted[low] : sorted[low] + fraction * (sorted[low + 1] - sorted[low]);
        }
    }
}
