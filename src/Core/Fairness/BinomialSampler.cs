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
    public static class BinomialSampler
    {
        /// <summary>Below this n·min(p, 1 − p), inversion is used (BTRS needs at least 10).</summary>
        public const double InversionLimit = 10.0;

        /// <summary>One Binomial(<paramref name="n"/>, <paramref name="p"/>) draw.</summary>
        /// <param name="random">The generator.</param>
        /// <param name="n">Trials, 0 or more.</param>
        /// <param name="p">Success probability in [0, 1].</param>
        public static long Sample(Xoshiro256StarStar random, long n, double p)
        {
            if (random is null)
            {
                throw new ArgumentNullException(nameof(random));
            }

            if (n < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(n), n, "The number of trials must be 0 or more.");
            }

            if (!(p >= 0 && p <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(p), p, "The probability must be in [0, 1].");
            }

            if (n == 0 || p == 0)
            {
                return 0;
            }

            if (p == 1)
            {
                return n;
            }

            // Sample the rarer outcome: both algorithms assume p ≤ 1/2.
            return p <= 0.5 ? SampleLow(random, n, p) : n - SampleLow(random, n, 1 - p);
        }

        private static long SampleLow(Xoshiro256StarStar random, long n, double p)
        {
            return n * p < InversionLimit ? Inversion(random, n, p) : Btrs(random, n, p);
        }

        private static long Inversion(Xoshiro256StarStar random, long n, double p)
        {
            double q = 1 - p;
            double s = p / q;
            double a = (n + 1) * s;
            double first = Math.Pow(q, n);
            while (true)
            {
                double u = random.NextDouble();
                double r = first;
                long x = 0;
                while (u > r)
                {
                    u -= r;
                    x++;
                    r *= a / x - s;
                    if (x > n || r <= 0)
                    {
                        break; // rounding left mass unassigned: draw again rather than bias the tail
                    }
                }

                if (u <= r && x <= n)
                {
                    return x;
                }
            }
        }

        private static long Btrs(Xoshiro256StarStar random, long n, double p)
        {
            double q = 1 - p;
            double spq = Math.Sqrt(n * p * q);
            double b = 1.15 + 2.53 * spq;
            double a = -0.0873 + 0.0248 * b + 0.01 * p;
            double c = n * p + 0.5;
            double vr = 0.92 - 4.2 / b;
            double alpha = (2.83 + 5.1 / b) * spq;
            double lpq = Math.Log(p / q);
            long m = (long)Math.Floor((n + 1) * p);
            double h = LogFactorial.Of(m) + LogFactorial.Of(n - m);
            while (true)
            {
                double u = random.NextDouble() - 0.5;
                double v = random.NextDouble();
                double us = 0.5 - Math.Abs(u);
                double kd = Math.Floor((2 * a / us + b) * u + c);
                if (kd < 0 || kd > n)
                {
                    continue;
                }

                long k = (long)kd;
                if (us >= 0.07 && v <= vr)
                {
                    return k; // the squeeze: accepted without evaluating the probabilities
                }

                v = Math.Log(v * alpha / (a / (us * us) + b));
                if (v <= h - LogFactorial.Of(k) - LogFactorial.Of(n - k) + (k - m) * lpq)
                {
                    return k;
                }
            }
        }
    }
}
