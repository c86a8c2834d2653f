using System;

namespace AiFactory.Core.Synthetic
{
    /// <summary>
    /// Finds the intercept that gives a logistic model a wanted positive rate when its linear part is normally
    /// distributed: E[sigmoid(spread·Z + offset)] = rate with Z ~ N(0, 1), by quadrature and bisection (deterministic, no sampling).
    /// </summary>
    internal static class LogisticOffsetCalibration
    {
        private const int GridPoints = 1601;
        private const double GridHalfWidth = 8.0;

        /// <summary>The offset whose expected positive rate is <paramref name="rate"/> (in (0, 1)) for a linear part with standard deviation <paramref name="spread"/>.</summary>
        public static double Offset(double rate, double spread)
        {
            if (spread == 0) return Math.Log(rate / (1 - rate));
            double low = -50, high = 50;
            for (int i = 0; i < 200 && high - low > 1e-12; i++)
            {
                double middle = (low + high) / 2;
                if (ExpectedRate(middle, spread) < rate) low = middle;
                else high = middle;
            }

            return (low + high) / 2;
        }

        /// <summary>E[sigmoid(spread·Z + offset)] for Z ~ N(0, 1).</summary>
        public static double ExpectedRate(double offset, double spread)
        {
            double sum = 0, weights = 0;
            for (int i = 0; i < GridPoints; i++)
            {
                double z = -GridHalfWidth + 2 * GridHalfWidth * i / (GridPoints - 1);
                double weight = Math.Exp(-z * z / 2);
                sum += weight * Sigmoid(spread * z + offset);
                weights += weight;
            }

            return sum / weights;
        }

        public static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));
    }
}
