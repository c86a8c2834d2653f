using System.Collections.Generic;

namespace AiFactory.Core.DataChecks
{
    /// <summary>
    /// Edges that cut a number column into bins of about equal counts (lower edge inclusive), fitted from its sorted
    /// values: every distinct value its own bin when there are few, else quantile bins. Labels play no part, so
    /// fitting the edges on all the data never leaks the label into an out-of-sample measure.
    /// </summary>
    internal static class BinEdges
    {
        /// <summary>Bins a number column gets for the leakage and proxy measures.</summary>
        public const int ForChecks = 20;

        /// <summary>Bins a continuous sensitive attribute gets in the profile when data.bins does not cut it.</summary>
        public const int ForGroups = 10;

        /// <summary>The edges of at most <paramref name="maxBins"/> bins.</summary>
        /// <param name="sorted">Ascending values, none NaN (only the first <paramref name="count"/> are read).</param>
        /// <param name="count">How many values.</param>
        /// <param name="maxBins">The most bins wanted (at least 1).</param>
        public static double[] FromSorted(double[] sorted, int count, int maxBins)
        {
            var edges = new List<double>();
            if (count == 0) return edges.ToArray();
            int distinct = 1;
            for (int i = 1; i < count && distinct <= maxBins; i++)
            {
                if (sorted[i] != sorted[i - 1]) distinct++;
            }

            if (distinct <= maxBins)
            {
                for (int i = 1; i < count; i++)
                {
                    if (sorted[i] != sorted[i - 1]) edges.Add(sorted[i]);
                }

                return edges.ToArray();
            }

            // Edge k is the value at quantile k / maxBins; ties can merge bins, never empty the first one.
            for (int k = 1; k < maxBins; k++)
            {
                double value = sorted[(int)((long)k * count / maxBins)];
                if (value > sorted[0] && (edges.Count == 0 || value > edges[edges.Count - 1])) edges.Add(value);
            }

            return edges.ToArray();
        }
    }
}
