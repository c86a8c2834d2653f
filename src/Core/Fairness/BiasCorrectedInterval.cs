using System;

namespace AiFactory.Core.Fairness
{
    /// <summary>
    /// The bias-corrected (BC) percentile interval of bootstrap resamples (Efron, 1981; Efron and Tibshirani, 1993,
    /// §14.3 with acceleration 0). Where the resamples sit off-centre around the estimate — as they do for a minimum
    /// or a maximum over groups, whose resamples lean away from the estimate — the plain percentile interval shifts with
    /// them and can leave the estimate out; BC reads the quantiles the bias calls for instead:
    /// z0 = Φ⁻¹(share of defined resamples below the estimate, ties counted half), and the ends are the
    /// Φ(2·z0 − z) and Φ(2·z0 + z) quantiles, z = Φ⁻¹((1 + level)/2), interpolated as <see cref="PercentileInterval"/> does.
    /// </summary>
    /// <remarks>
    /// With z0 = 0 (resamples balanced around the estimate, or no estimate) this is exactly the percentile interval.
    /// The share is kept within [1/(2B′), 1 − 1/(2B′)] of the B′ defined resamples, so z0 stays finite when every
    /// resample falls on one side. Undefined resamples (NaN) are counted and left out; with fewer than half the
    /// resamples defined there is no interval. It is a function of the resamples, the estimate and the level only: any
    /// bootstrap's resamples can be read this way.
    /// </remarks>
    internal static class BiasCorrectedInterval
    {
        /// <summary>
        /// The interval of <paramref name="values"/> (one per resample, NaN where undefined) around
        /// <paramref name="estimate"/>, the figure measured on the data itself (NaN when undefined: no correction).
        /// The array is reordered.
        /// </summary>
        /// <param name="values">The statistic in each resample.</param>
        /// <param name="estimate">The statistic on the observed data.</param>
        /// <param name="level">The confidence level, in (0, 1).</param>
        public static Interval Of(double[] values, double estimate, double level)
        {
            if (values is null) throw new ArgumentNullException(nameof(values));
            if (!(level > 0 && level < 1)) throw new ArgumentOutOfRangeException(nameof(level), level, "The level must be in (0, 1).");
            int defined = PercentileInterval.KeepDefined(values);
            int undefined = values.Length - defined;
            if (!PercentileInterval.HasEnough(defined, values.Length))
            {
                return new Interval(null, null, level, Interval.BiasCorrectedMethod, values.Length, undefined);
            }

            double z0 = Bias(values, defined, estimate);
            double low, high;
            if (z0 == 0)
            {
                low = (1 - level) / 2;
                high = 1 - low;
            }
            else
            {
                double z = NormalDistribution.Quantile((1 + level) / 2);
                low = NormalDistribution.Cdf(2 * z0 - z);
                high = NormalDistribution.Cdf(2 * z0 + z);
            }

            PercentileInterval.Quantiles(values, defined, low, high, out double lower, out double upper);
            return new Interval(lower, upper, level, Interval.BiasCorrectedMethod, values.Length, undefined);
        }

        /// <summary>
        /// The bias correction z0 = Φ⁻¹(p), p the share of the first <paramref name="count"/> values below
        /// <paramref name="estimate"/> with ties counted half, kept within [1/(2·count), 1 − 1/(2·count)]; 0 when the
        /// estimate is NaN or p is ½.
        /// </summary>
        public static double Bias(double[] values, int count, double estimate)
        {
            if (values is null) throw new ArgumentNullException(nameof(values));
            if (count < 1 || count > values.Length) throw new ArgumentOutOfRangeException(nameof(count), count, "At least one value.");
            if (double.IsNaN(estimate)) return 0;
            int below = 0, ties = 0;
            for (int i = 0; i < count; i++)
            {
                double x = values[i];
                if (x < estimate) below++;
                else if (x == estimate) ties++;
            }

            // Twice the count below plus the ties, over twice the count: exact, so a balanced share is exactly ½.
            long twiceBelow = 2L * below + ties;
            if (twiceBelow == count) return 0;
            double share = Math.Min(Math.Max(twiceBelow / (2.0 * count), 1 / (2.0 * count)), 1 - 1 / (2.0 * count));
            return NormalDistribution.Quantile(share);
        }
    }
}
