using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using AiFactory.Core.Data;

namespace AiFactory.Core.Metrics
{
    /// <summary>The four cells of a binary confusion matrix: how predictions compare with the actual labels.</summary>
    internal sealed class ConfusionCounts
    {
        /// <summary>Creates counts; each must be zero or more.</summary>
        public ConfusionCounts(long truePositives, long falsePositives, long trueNegatives, long falseNegatives)
        {
            TruePositives = NotNegative(truePositives, nameof(truePositives));
            FalsePositives = NotNegative(falsePositives, nameof(falsePositives));
            TrueNegatives = NotNegative(trueNegatives, nameof(trueNegatives));
            FalseNegatives = NotNegative(falseNegatives, nameof(falseNegatives));
        }

        /// <summary>Actual positive, predicted positive.</summary>
        public long TruePositives { get; }

        /// <summary>Actual negative, predicted positive.</summary>
        public long FalsePositives { get; }

        /// <summary>Actual negative, predicted negative.</summary>
        public long TrueNegatives { get; }

        /// <summary>Actual positive, predicted negative.</summary>
        public long FalseNegatives { get; }

        /// <summary>All rows.</summary>
        public long Total => TruePositives + FalsePositives + TrueNegatives + FalseNegatives;

        /// <summary>Rows whose actual label is positive: TP + FN.</summary>
        public long Positives => TruePositives + FalseNegatives;

        /// <summary>Rows whose actual label is negative: TN + FP.</summary>
        public long Negatives => TrueNegatives + FalsePositives;

        /// <summary>Rows predicted positive: TP + FP.</summary>
        public long PredictedPositives => TruePositives + FalsePositives;

        /// <summary>Counts the cells from actual labels and predicted labels of the same rows (true = positive).</summary>
        public static ConfusionCounts FromPredictions(IReadOnlyList<bool> labels, IReadOnlyList<bool> predicted)
        {
            if (labels is null)
            {
                throw new ArgumentNullException(nameof(labels));
            }

            if (predicted is null)
            {
                throw new ArgumentNullException(nameof(predicted));
            }

            if (labels.Count != predicted.Count)
            {
                throw new ArgumentException($"{labels.Count} labels but {predicted.Count} predictions; each row needs both.", nameof(predicted));
            }

            if (labels is bool[] labelArray && predicted is bool[] predictedArray) return FromArrays(labelArray, predictedArray);
            long tp = 0, fp = 0, tn = 0, fn = 0;
            for (int i = 0; i < labels.Count; i++)
            {
                if (predicted[i])
                {
                    if (labels[i]) { tp++; } else { fp++; }
                }
                else
                {
                    if (labels[i]) { fn++; } else { tn++; }
                }
            }

            return new ConfusionCounts(tp, fp, tn, fn);
        }

        /// <summary>
        /// The counts of two arrays, without a branch per row: labels and predictions come in no order, and a
        /// mispredicted branch costs more than the arithmetic (a million rows in about a millisecond).
        /// </summary>
        [MethodImpl(HotLoops.FullyOptimized)]
        private static ConfusionCounts FromArrays(bool[] labels, bool[] predicted)
        {
            long positives = 0, predictedPositives = 0, truePositives = 0;
            for (int i = 0; i < labels.Length; i++)
            {
                int l = labels[i] ? 1 : 0, p = predicted[i] ? 1 : 0;
                positives += l;
                predictedPositives += p;
                truePositives += l & p;
            }

            long fp = predictedPositives - truePositives, fn = positives - truePositives;
            return new ConfusionCounts(truePositives, fp, labels.Length - truePositives - fp - fn, fn);
        }

        /// <inheritdoc />
        public override string ToString() =>
            $"TP {TruePositives}, FP {FalsePositives}, TN {TrueNegatives}, FN {FalseNegatives}";

        private static long NotNegative(long value, string name) =>
            value >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, "A count cannot be negative.");
    }
}
