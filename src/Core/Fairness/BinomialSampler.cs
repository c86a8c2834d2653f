using System;

namespace AiFactory.Core.Fairness
{
    /// <summary>
    /// Draws Binomial(n, p) variates in O(1) expected time whatever n: Hörmann's BTRS (transformed rejection with
    /// squeeze, 1993) when n·min(p, 1−p) ≥ 10, inversion by the recurrence of the probabilities below that (at most
    /// about 11 steps on average). A sampler that loops over the n trials would cost O(n) per draw and make a bootstrap
    /// of a million rows as slow as resampling the rows.
    /// </summary>
    /// <remarks>
    /// Reference: W. Hörmann, "The generation of binomial random variates", Journal of Statistical Computation and
    /// Simulation 46 (1993) 101–110, algorithm BTRS.
    /// </remarks>
    internal static class BinomialSampler
    {
        /// <summary>Below this n·min(p, 1 − p), inversion is used (BTRS needs at least 10).</summary>
        public const double InversionLimit = 10.0;

        /// <summary>One Binomial(<paramref name="n"/>, <paramref name="p"/>) draw.</summary>
        /// <param name="random">The generator.</param>
        /// <param name="n">Trials, 0 or more.</param>
        /// <param name="p">Success probability in [0, 1].</param>
        public static long Sample(Xoshiro256StarStar random, long n, double p)
        {
            if (random is null) throw new ArgumentNullException(nameof(random));
            return new BinomialDraw(n, p).Sample(random);
        }
    }
}
