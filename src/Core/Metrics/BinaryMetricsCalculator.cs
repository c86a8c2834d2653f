using System;
using System.Collections.Generic;

namespace AiFactory.Core.Metrics
{
    /// <summary>Computes <see cref="BinaryMetrics"/> from labels and scores, or from labels and predicted labels.</summary>
    internal static class BinaryMetricsCalculator
    {
        /// <summary>
        /// Metrics of probabilistic predictions: a row is predicted positive iff its score is at least
        /// <paramref name="threshold"/>; AUC, log-loss, the Brier score and the ECE use the scores themselves.
        /// </summary>
        /// <param name="labels">Actual labels, true = positive.</param>
        /// <param name="scores">Probability of the positive class for each row, in [0, 1].</param>
        /// <param name="threshold">The decision threshold.</param>
        /// <exception cref="ArgumentException">No rows, or a different number of labels and scores.</exception>
        /// <exception cref="ArgumentOutOfRangeException">A score is NaN or outside [0, 1], or the threshold is NaN.</exception>
        public static BinaryMetrics FromScores(IReadOnlyList<bool> labels, IReadOnlyList<double> scores, double threshold)
        {
            CheckRows(labels, scores?.Count ?? throw new ArgumentNullException(nameof(scores)), nameof(scores));
            if (double.IsNaN(threshold))
            {
                throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The decision threshold must be a number.");
            }

            var predicted = new bool[scores.Count];
            for (int i = 0; i < scores.Count; i++)
            {
                double s = scores[i];
                if (!(s >= 0 && s <= 1))
                {
                    throw new ArgumentOutOfRangeException(nameof(scores), s, $"The score of row {i} is not a probability in [0, 1].");
                }

                predicted[i] = s >= threshold;
            }

            ConfusionCounts counts = ConfusionCounts.FromPredictions(labels, predicted);
            BinaryMetrics metrics = Build(counts, threshold, hasScores: true, RocAuc.Compute(labels, scores), BinaryLogLoss.Compute(labels, scores),
                BrierScore.Compute(labels, scores), ExpectedCalibrationError.Compute(labels, scores));
            Fairness.DeLongAuc.Compute(AsArray(scores), AsArray(labels), null, 1, out _, out double?[] variance);
            metrics.AucVariance = variance[0];
            metrics.ScoreCells = ScoreCells.Of(labels, scores);
            return metrics;
        }

        /// <summary>Metrics of label-only predictions: no scores, so <see cref="BinaryMetrics.Auc"/> and <see cref="BinaryMetrics.LogLoss"/> are null.</summary>
        /// <exception cref="ArgumentException">No rows, or a different number of labels and predictions.</exception>
        public static BinaryMetrics FromPredictions(IReadOnlyList<bool> labels, IReadOnlyList<bool> predicted)
        {
            CheckRows(labels, predicted?.Count ?? throw new ArgumentNullException(nameof(predicted)), nameof(predicted));
            ConfusionCounts counts = ConfusionCounts.FromPredictions(labels, predicted);
            return Build(counts, double.NaN, hasScores: false, auc: null, logLoss: null);
        }

        /// <summary>The count-based metrics of a confusion matrix, with the score-based ones (AUC, log-loss, Brier score, ECE) given.</summary>
        public static BinaryMetrics Build(ConfusionCounts counts, double threshold, bool hasScores, double? auc, double? logLoss, double? brier = null, double? ece = null)
        {
            if (counts is null)
            {
                throw new ArgumentNullException(nameof(counts));
            }

            if (counts.Total == 0)
            {
                throw new ArgumentException("Metrics need at least one row.", nameof(counts));
            }

            double accuracy = (double)(counts.TruePositives + counts.TrueNegatives) / counts.Total;
            double? precision = Ratio(counts.TruePositives, counts.PredictedPositives);
            double? recall = Ratio(counts.TruePositives, counts.Positives);
            double? f1 = null;
            if (precision.HasValue && recall.HasValue)
            {
                double p = precision.Value, r = recall.Value;
                f1 = p + r == 0 ? 0.0 : 2 * p * r / (p + r);
            }

            return new BinaryMetrics(counts, threshold, hasScores, accuracy, precision, recall, f1, auc, logLoss, brier, ece);
        }

        private static T[] AsArray<T>(IReadOnlyList<T> values)
        {
            if (values is T[] array) return array;
            var copy = new T[values.Count];
            for (int i = 0; i < copy.Length; i++) copy[i] = values[i];
            return copy;
        }

        private static double? Ratio(long numerator, long denominator) =>
            denominator == 0 ? (double?)null : (double)numerator / denominator;

        private static void CheckRows(IReadOnlyList<bool> labels, int otherCount, string otherName)
        {
            if (labels is null)
            {
                throw new ArgumentNullException(nameof(labels));
            }

            if (labels.Count != otherCount)
            {
                throw new ArgumentException($"{labels.Count} labels but {otherCount} {otherName}; each row needs both.", otherName);
            }

            if (labels.Count == 0)
            {
                throw new ArgumentException("Metrics need at least one row.", nameof(labels));
            }
        }
    }
}
