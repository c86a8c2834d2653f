using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using AiFactory.Core.Data;

namespace AiFactory.Core.Fairness
{
    /// <summary>
    /// The stratified bootstrap of a grouping, drawn from its counts rather than its rows. Resampling the rows of each
    /// group with replacement, its size n_g fixed, gives confusion cells distributed Multinomial(n_g, observed cell
    /// shares); this draws exactly that, as three conditional binomials per group, with an O(1) sampler. B resamples
    /// cost O(B × groups) whatever the number of rows.
    /// </summary>
    internal static class CountBootstrap
    {
        /// <summary>
        /// Draws <paramref name="resamples"/> resamples and computes every statistic on each:
        /// result[s][b] is statistic s (in <paramref name="statistics"/>' layout) in resample b, NaN where undefined.
        /// </summary>
        /// <param name="groups">Each group's observed confusion matrix.</param>
        /// <param name="statistics">The statistics of the grouping.</param>
        /// <param name="resamples">B, at least 1.</param>
        /// <param name="random">The seeded generator.</param>
        [MethodImpl(HotLoops.FullyOptimized)]
        public static double[][] Resample(IReadOnlyList<GroupCounts> groups, DisparityStatistics statistics, int resamples, Xoshiro256StarStar random)
        {
            if (groups is null) throw new ArgumentNullException(nameof(groups));
            if (statistics is null) throw new ArgumentNullException(nameof(statistics));
            if (random is null) throw new ArgumentNullException(nameof(random));
            if (resamples < 1) throw new ArgumentOutOfRangeException(nameof(resamples), resamples, "At least one resample.");
            if (groups.Count != statistics.GroupCount) throw new ArgumentException($"{groups.Count} groups for statistics of {statistics.GroupCount}.", nameof(groups));

            int count = groups.Count;
            var n = new long[count];
            var tpDraws = new BinomialDraw[count];
            var pTp = new double[count];
            var pFpGivenNotTp = new double[count];
            var pFnGivenNeither = new double[count];
            for (int g = 0; g < count; g++)
            {
                var c = groups[g].Confusion;
                n[g] = c.Total;
                double total = c.Total;
                // Multinomial(n; tp, fp, fn, tn) = Bin(n, p_tp), then Bin(rest, p_fp / (1 − p_tp)), then Bin(rest, p_fn / (1 − p_tp − p_fp)).
                pTp[g] = c.TruePositives / total;
                tpDraws[g] = new BinomialDraw(n[g], pTp[g]); // the same n and p in every resample
                long notTp = c.Total - c.TruePositives;
                pFpGivenNotTp[g] = notTp == 0 ? 0 : (double)c.FalsePositives / notTp;
                long neither = notTp - c.FalsePositives;
                pFnGivenNeither[g] = neither == 0 ? 0 : (double)c.FalseNegatives / neither;
            }

            int size = statistics.Size;
            var result = new double[size][];
            for (int s = 0; s < size; s++) result[s] = new double[resamples];
            var cells = new long[4 * count];
            var values = new double[size];
            for (int b = 0; b < resamples; b++)
            {
                for (int g = 0; g < count; g++)
                {
                    long tp = tpDraws[g].Sample(random);
                    long fp = BinomialSampler.Sample(random, n[g] - tp, pFpGivenNotTp[g]);
                    long fn = BinomialSampler.Sample(random, n[g] - tp - fp, pFnGivenNeither[g]);
                    cells[4 * g] = tp;
                    cells[4 * g + 1] = fp;
                    cells[4 * g + 2] = n[g] - tp - fp - fn;
                    cells[4 * g + 3] = fn;
                }

                statistics.Compute(cells, values);
                for (int s = 0; s < size; s++) result[s][b] = values[s];
            }

            return result;
        }
    }
}
