using System.Collections.Generic;

namespace AiFactory.Manifest.Model
{
    /// <summary>
    /// The names of the overall metrics that gates can name (<c>gates.metrics</c>, <c>gates.baseline</c>) and of the
    /// business cost; what each metric is, is its <see cref="MetricDescriptor"/>.
    /// </summary>
    internal static class MetricNames
    {
        /// <summary>Area under the ROC curve.</summary>
        public const string Auc = "auc";
        /// <summary>Share of correct predictions.</summary>
        public const string Accuracy = "accuracy";
        /// <summary>Harmonic mean of precision and recall.</summary>
        public const string F1 = "f1";
        /// <summary>TP / (TP + FP).</summary>
        public const string Precision = "precision";
        /// <summary>TP / (TP + FN).</summary>
        public const string Recall = "recall";
        /// <summary>Mean negative log-likelihood (natural log, probabilities clipped to [1e-15, 1 − 1e-15]).</summary>
        public const string LogLoss = "logLoss";
        /// <summary>Mean squared difference between the probability and the outcome.</summary>
        public const string Brier = "brier";
        /// <summary>Expected calibration error over 10 equal-width score bins.</summary>
        public const string Ece = "ece";
        /// <summary>The expected cost of 1,000 decisions (<c>gates.business.maxCostPer1000</c>; not a key of <c>gates.metrics</c>).</summary>
        public const string CostPer1000 = "costPer1000";

        /// <summary>All overall metric names, in the order results list them (<see cref="MetricDescriptor.Overall"/>).</summary>
        public static readonly IReadOnlyList<string> All = Names(MetricDescriptor.Overall);

        /// <summary>True when a lower value is better.</summary>
        public static bool LowerIsBetter(string metric) => MetricDescriptor.Named(metric).LowerIsBetter;

        /// <summary>True when the metric needs scores, not only predicted labels.</summary>
        public static bool NeedsScores(string metric) => MetricDescriptor.Named(metric).NeedsScores;

        /// <summary>The largest meaningful value (1 for rates, +∞ for logLoss).</summary>
        public static double UpperLimit(string metric) => MetricDescriptor.Named(metric).Upper;

        /// <summary>True for the name of an overall metric.</summary>
        public static bool IsMetric(string name) => MetricDescriptor.Find(name) != null;

        private static string[] Names(IReadOnlyList<MetricDescriptor> metrics)
        {
            var names = new string[metrics.Count];
            for (int i = 0; i < names.Length; i++) names[i] = metrics[i].Name;
            return names;
        }
    }
}
