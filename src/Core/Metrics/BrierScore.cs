using System;
using System.Collections.Generic;

namespace AiFactory.Core.Metrics
{
    /// <summary>
    /// The Brier score: the mean squared difference between the predicted probability of the positive class and the
    /// outcome (1 for a positive row, 0 for a negative one), in [0, 1]; lower is better. It rewards both ranking and
    /// calibration (scikit-learn's <c>brier_score_loss</c>).
    /// </summary>
    internal static class BrierScore
    {
        /// <summary>Computes (1/n) · Σ (p − y)² with compensated summation; null when there are no rows.</summary>
        public static double? Compute(IReadOnlyList<bool> labels, IReadOnlyList<double> probabilities)
        {
            ScoredRows.Check(labels, probabilities);

            if (labels.Count == 0) return null;
            var sum = new CompensatedSum();
            for (int i = 0; i < labels.Count; i++)
            {
                double p = ScoredRows.Probability(probabilities, i);
                double d = p - (labels[i] ? 1.0 : 0.0);
                sum.Add(d * d);
            }

            return sum.Value / labels.Count;
        }
    }
}
