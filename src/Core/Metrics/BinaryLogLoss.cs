using System;
using System.Collections.Generic;

namespace AiFactory.Core.Metrics
{
    /// <summary>
    /// Mean negative log-likelihood of the labels under the predicted probabilities of the positive class, with the
    /// natural log and probabilities clipped to [1e-15, 1 − 1e-15] (scikit-learn's convention), so that one confident
    /// mistake costs about 34.5 instead of infinity.
    /// </summary>
    internal static class BinaryLogLoss
    {
        /// <summary>The clipping margin.</summary>
        public const double Epsilon = 1e-15;

        /// <summary>Computes the log-loss with compensated summation; null when there are no rows.</summary>
        public static double? Compute(IReadOnlyList<bool> labels, IReadOnlyList<double> probabilities)
        {
            if (labels is null)
            {
                throw new ArgumentNullException(nameof(labels));
            }

            if (probabilities is null)
            {
                throw new ArgumentNullException(nameof(probabilities));
            }

            if (labels.Count != probabilities.Count)
            {
                throw new ArgumentException($"{labels.Count} labels but {probabilities.Count} probabilities; each row needs both.", nameof(probabilities));
            }

            if (labels.Count == 0)
            {
                return null;
            }

            var sum = new CompensatedSum();
            for (int i = 0; i < labels.Count; i++)
            {
                double p = probabilities[i];
                if (double.IsNaN(p))
                {
                    throw new ArgumentOutOfRangeException(nameof(probabilities), $"The probability of row {i} is NaN.");
                }

                p = Math.Min(Math.Max(p, Epsilon), 1 - Epsilon);
                sum.Add(labels[i] ? Math.Log(p) : Math.Log(1 - p));
            }

            return -sum.Value / labels.Count;
        }
    }
}
