using System;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Metrics
{
    /// <summary>
    /// The overall metrics of a binary classifier on one data set. A metric is null where it is undefined (for example
    /// precision when no row was predicted positive) or needs scores that label-only predictions do not have.
    /// </summary>
    internal sealed class BinaryMetrics
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
            double? logLoss,
            double? brier = null,
            double? ece = null)
        {
            Confusion = confusion ?? throw new ArgumentNullException(nameof(confusion));
            Threshold = threshold;
            HasScores = hasScores;
            _values = new double?[MetricDescriptor.Overall.Count];
            _values[MetricDescriptor.Auc.Index] = auc;
            _values[MetricDescriptor.Accuracy.Index] = accuracy;
            _values[MetricDescriptor.F1.Index] = f1;
            _values[MetricDescriptor.Precision.Index] = precision;
            _values[MetricDescriptor.Recall.Index] = recall;
            _values[MetricDescriptor.LogLoss.Index] = logLoss;
            _values[MetricDescriptor.Brier.Index] = brier;
            _values[MetricDescriptor.Ece.Index] = ece;
        }

        /// <summary>Each overall metric in its descriptor's slot (<see cref="MetricDescriptor.Index"/>).</summary>
        private readonly double?[] _values;

        /// <summary>The confusion matrix at <see cref="Threshold"/>.</summary>
        public ConfusionCounts Confusion { get; }

        /// <summary>The decision threshold (a row is positive iff score ≥ threshold); NaN for label-only predictions.</summary>
        public double Threshold { get; }

        /// <summary>True when scores were available, so that <see cref="Auc"/> and <see cref="LogLoss"/> could be computed.</summary>
        public bool HasScores { get; }

        /// <summary>(TP + TN) / total.</summary>
        public double Accuracy => _values[MetricDescriptor.Accuracy.Index]!.Value;

        /// <summary>TP / (TP + FP); null when nothing was predicted positive.</summary>
        public double? Precision => _values[MetricDescriptor.Precision.Index];

        /// <summary>TP / (TP + FN); null when no row is actually positive.</summary>
        public double? Recall => _values[MetricDescriptor.Recall.Index];

        /// <summary>2PR / (P + R); null when P or R is null; 0 when P + R = 0.</summary>
        public double? F1 => _values[MetricDescriptor.F1.Index];

        /// <summary>Area under the ROC curve (ties count 1/2); null without scores or when a class is absent.</summary>
        public double? Auc => _values[MetricDescriptor.Auc.Index];

        /// <summary>Mean negative log-likelihood (natural log, probabilities clipped to [1e-15, 1 − 1e-15]); null without scores.</summary>
        public double? LogLoss => _values[MetricDescriptor.LogLoss.Index];

        /// <summary>Mean squared difference between the probability and the outcome; null without scores.</summary>
        public double? Brier => _values[MetricDescriptor.Brier.Index];

        /// <summary>Expected calibration error over 10 equal-width score bins; null without scores.</summary>
        public double? Ece => _values[MetricDescriptor.Ece.Index];

        /// <summary>DeLong's variance of <see cref="Auc"/> (its interval's evidence); null without scores or with fewer than two rows of a class.</summary>
        public double? AucVariance { get; set; }

        /// <summary>The scored rows gathered into cells (the evidence of the intervals of logLoss, brier and ece); null without scores.</summary>
        public ScoreCells? ScoreCells { get; set; }

        /// <summary>A metric by its <see cref="MetricNames"/> name; null when undefined.</summary>
        /// <exception cref="ArgumentException">The name is not one of <see cref="MetricNames.All"/>.</exception>
        public double? Get(string metricName)
        {
            MetricDescriptor? metric = MetricDescriptor.Find(metricName);
            if (metric is null)
            {
                throw new ArgumentException($"'{metricName}' is not a metric name; expected one of {string.Join(", ", MetricNames.All)}.", nameof(metricName));
            }

            return Get(metric);
        }

        /// <summary>An overall metric; null when undefined.</summary>
        public double? Get(MetricDescriptor metric)
        {
            if (metric is null) throw new ArgumentNullException(nameof(metric));
            if (!metric.IsOverallMetric) throw new ArgumentException($"'{metric.Name}' is not an overall metric of the test set.", nameof(metric));
            return _values[metric.Index];
        }
    }
}
