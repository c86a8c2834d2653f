using System;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Metrics
{
    /// <summary>
    /// The overall metrics of a binary classifier on one data set. A metric is null where it is undefined (for example
    /// precision when no row was predicted positive) or needs scores that label-only predictions do not have.
    /// </summary>
    public sealed class BinaryMetrics
    {
        /// <summary>Creates metrics from known values (as read back from evaluation.json).</summary>
        public BinaryMetrics(
            ConfusionCounts confusion,
            double threshold,
            bool hasScores,
            double accuracy,
            double? precision,
            double? recall,
            double? f1,
            double? auc,
            double? logLoss)
        {
            Confusion = confusion ?? throw new ArgumentNullException(nameof(confusion));
            Threshold = threshold;
            HasScores = hasScores;
            Accuracy = accuracy;
            Precision = precision;
            Recall = recall;
            F1 = f1;
            Auc = auc;
            LogLoss = logLoss;
        }

        /// <summary>The confusion matrix at <see cref="Threshold"/>.</summary>
        public ConfusionCounts Confusion { get; }

        /// <summary>The decision threshold (a row is positive iff score ≥ threshold); NaN for label-only predictions.</summary>
        public double Threshold { get; }

        /// <summary>True when scores were available, so that <see cref="Auc"/> and <see cref="LogLoss"/> could be computed.</summary>
        public bool HasScores { get; }

        /// <summary>(TP + TN) / total.</summary>
        public double Accuracy { get; }

        /// <summary>TP / (TP + FP); null when nothing was predicted positive.</summary>
        public double? Precision { get; }

        /// <summary>TP / (TP + FN); null when no row is actually positive.</summary>
        public double? Recall { get; }

        /// <summary>2PR / (P + R); null when P or R is null; 0 when P + R = 0.</summary>
        public double? F1 { get; }

        /// <summary>Area under the ROC curve (ties count 1/2); null without scores or when a class is absent.</summary>
        public double? Auc { get; }

        /// <summary>Mean negative log-likelihood (natural log, probabilities clipped to [1e-15, 1 − 1e-15]); null without scores.</summary>
        public double? LogLoss { get; }

        /// <summary>A metric by its <see cref="MetricNames"/> name; null when undefined.</summary>
        /// <exception cref="ArgumentException">The name is not one of <see cref="MetricNames.All"/>.</exception>
        public double? Get(string metricName)
        {
            switch (metricName)
            {
                case MetricNames.Auc: return Auc;
                case MetricNames.Accuracy: return Accuracy;
                case MetricNames.F1: return F1;
                case MetricNames.Precision: return Precision;
                case MetricNames.Recall: return Recall;
                case MetricNames.LogLoss: return LogLoss;
                default:
                    throw new ArgumentException($"'{metricName}' is not a metric name; expected one of {string.Join(", ", MetricNames.All)}.", nameof(metricName));
            }
        }
    }
}
