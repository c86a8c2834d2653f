using System.Collections.Generic;

namespace AiFactory.Manifest.Model
{
    /// <summary>The overall metrics of binary classification that gates can name.</summary>
    public static class MetricNames
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

        /// <summary>All metric names, in the order results list them.</summary>
        public static readonly IReadOnlyList<string> All = new[] { Auc, Accuracy, F1, Precision, Recall, LogLoss };

        /// <summary>True when a lower value is better (only logLoss).</summary>
        public static bool LowerIsBetter(string metric) => metric == LogLoss;

        /// <summary>True when the metric needs scores, not only predicted labels.</summary>
        public static bool NeedsScores(string metric) => metric == Auc || metric == LogLoss;

        /// <summary>The largest meaningful value (1 for rates, +∞ for logLoss).</summary>
        public static double UpperLimit(string metric) => metric == LogLoss ? double.PositiveInfinity : 1.0;
    }
}
