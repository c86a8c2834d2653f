using System;

namespace AiFactory.Core.Fairness
{
    /// <summary>ln(k!) for k ≥ 0: exact sums of logarithms below 256, Stirling's series (error below 1e-15) from there.</summary>
    internal static class LogFactorial
    {
        private const int TableSize = 256;
        private static readonly double[] Table = BuildTable();

        /// <summary>ln(k!).</summary>
        public static double Of(long k)
        {
            if (k < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(k), k, "A factorial needs a count of 0 or more.");
            }

            if (k < TableSize)
            {
                return Table[k];
            }

            // ln k! = (k + 1/2) ln(k + 1) − (k + 1) + ln √(2π) + 1/(12(k+1)) − 1/(360(k+1)^3) + 1/(1260(k+1)^5), with k + 1 ≥ 257.
            double m = k + 1.0;
            double inverse = 1.0 / m, inverse2 = inverse * inverse;
            double correction = inverse * (1.0 / 12 - inverse2 * (1.0 / 360 - inverse2 / 1260));
            return (m - 0.5) * Math.Log(m) - m + 0.91893853320467274178 + correction;
        }

        private static double[] BuildTable()
        {
            var table = new double[TableSize];
            double sum = 0;
            for (int k = 1; k < TableSize; k++)
            {
                sum += Math.Log(k);
                table[k] = sum;
            }

            return table;
        }
    }
}
