using System;
using System.Collections.Generic;

namespace AiFactory.Core.Metrics
{
    /// <summary>
    /// The expected calibration error over <see cref="BinCount"/> equal-width bins of the score: each bin's gap between
    /// its mean score and its share of positive rows, weighted by the bin's share of the rows,
    /// ECE = Σ_b (n_b / n) · |mean score_b − positives_b / n_b| = (1/n) · Σ_b |Σ_{i∈b} (p_i − y_i)|, empty bins counting 0.
    /// Row i is in bin min(⌊10 · p_i⌋, 9): [0, 0.1), [0.1, 0.2), … [0.9, 1]. In [0, 1]; lower is better.
    /// </summary>
    internal static class ExpectedCalibrationError
    {
        /// <summary>The number of equal-width bins of the score.</summary>
        public const int BinCount = 10;

        /// <summary>The bin of a probability in [0, 1]: min(⌊10 · p⌋, 9), so that 1 falls in the last bin.</summary>
        public static int Bin(double probability) => Math.Min(Math.Max((int)Math.Floor(probability * BinCount), 0), BinCount - 1);

        /// <summary>Computes the ECE with each bin's sum of p − y compensated; null when there are no rows.</summary>
        public static double? Compute(IReadOnlyList<bool> labels, IReadOnlyList<double> probabilities)
        {
            ScoredRows.Check(labels, probabilities);

            if (labels.Count == 0) return null;
            var gaps = new CompensatedSum[BinCount];
            for (int i = 0; i < labels.Count; i++)
            {
                double p = ScoredRows.Probability(probabilities, i);
                gaps[Bin(p)].Add(p - (labels[i] ? 1.0 : 0.0));
            }

            var total = new CompensatedSum();
            foreach (CompensatedSum gap in gaps) total.Add(Math.Abs(gap.Value));
            return total.Value / labels.Count;
        }
    }
}
