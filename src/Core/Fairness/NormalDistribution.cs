using System;

namespace AiFactory.Core.Fairness
{
    /// <summary>The standard normal distribution: the quantile function DeLong's intervals need, and the distribution function bias-corrected intervals need.</summary>
    internal static class NormalDistribution
    {
        private static readonly double[] A = { -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00 };
        private static readonly double[] B = { -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01 };
        private static readonly double[] C = { -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00 };
        private static readonly double[] D = { 7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00 };

        /// <summary>Φ⁻¹(p) by Acklam's rational approximation: relative error below 1.2e-9, ample for an interval's ends.</summary>
        public static double Quantile(double p)
        {
            if (!(p > 0 && p < 1)) throw new ArgumentOutOfRangeException(nameof(p), p, "A quantile needs p in (0, 1).");
            const double low = 0.02425;
            if (p < low)
            {
                double q = Math.Sqrt(-2 * Math.Log(p));
                return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
            }

            if (p <= 1 - low)
            {
                double q = p - 0.5, r = q * q;
                return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
            }

            double t = Math.Sqrt(-2 * Math.Log(1 - p));
            return -(((((C[0] * t + C[1]) * t + C[2]) * t + C[3]) * t + C[4]) * t + C[5]) / ((((D[0] * t + D[1]) * t + D[2]) * t + D[3]) * t + 1);
        }

        /// <summary>
        /// Φ(x), the distribution function, as ½·erfc(−x/√2) with the Chebyshev-fitted erfc of Press et al.
        /// (Numerical Recipes, erfcc): relative error below 1.2e-7, ample for choosing a quantile of resamples.
        /// </summary>
        public static double Cdf(double x)
        {
            if (double.IsNaN(x)) throw new ArgumentOutOfRangeException(nameof(x), x, "Φ of NaN.");
            double z = Math.Abs(x) / Math.Sqrt(2);
            double t = 1 / (1 + 0.5 * z);
            double erfc = t * Math.Exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 +
                t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
            // erfc(|x|/√2) = 2·Φ(−|x|).
            return x >= 0 ? 1 - erfc / 2 : erfc / 2;
        }

        /// <summary>DeLong's interval of an AUC: auc ± z·√variance, clipped to [0, 1].</summary>
        public static Interval AucInterval(double auc, double variance, double level)
        {
            double z = Quantile(1 - (1 - level) / 2);
            double half = z * Math.Sqrt(Math.Max(0, variance));
            return new Interval(Math.Max(0, auc - half), Math.Min(1, auc + half), level, Interval.DeLongMethod, null, null);
        }
    }
}
