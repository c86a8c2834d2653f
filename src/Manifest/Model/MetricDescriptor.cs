using System;
using System.Collections.Generic;

namespace AiFactory.Manifest.Model
{
    /// <summary>
    /// A metric of the whole test set that a gate can bound: its name, its words, the way it improves, the range of its
    /// values, the rows it is taken over, whether it needs scores, the tasks that have it, where its gate is written,
    /// and its formula with the section of docs/metrics.md that defines it. The manifest reader, the policy, the
    /// evaluation record, results.json and the gates all take these facts from here (<see cref="All"/>); the values
    /// themselves are computed in AiFactory.Core, into the slot <see cref="Index"/>.
    /// </summary>
    internal sealed class MetricDescriptor
    {
        /// <summary>The documentation page that defines every metric.</summary>
        public const string Documentation = "docs/metrics.md";

        /// <summary>The one task the build governs today.</summary>
        public const string BinaryClassification = "binary-classification";

        private MetricDescriptor(int index, string name, string words, MetricDirection direction, double lower, double upper,
            MetricConditioning conditioning, MetricBasis basis, string gatePath, string anchor, string formula)
        {
            Index = index;
            Name = name;
            Words = words;
            Direction = direction;
            Lower = lower;
            Upper = upper;
            Conditioning = conditioning;
            Basis = basis;
            Tasks = new[] { BinaryClassification };
            GatePath = gatePath;
            Anchor = anchor;
            Formula = formula;
        }

        /// <summary>The slot of the metric among the overall metrics of an evaluation (<see cref="Overall"/>); −1 for the business cost.</summary>
        public int Index { get; }

        /// <summary>The name as the manifest and results.json write it: <c>auc</c>.</summary>
        public string Name { get; }

        /// <summary>The metric in words: "area under the ROC curve".</summary>
        public string Words { get; }

        /// <summary>Which way it improves.</summary>
        public MetricDirection Direction { get; }

        /// <summary>True when a lower value is better (logLoss, brier, ece, costPer1000).</summary>
        public bool LowerIsBetter => Direction == MetricDirection.LowerIsBetter;

        /// <summary>The smallest value it can take (−∞ for a cost, whose cells may be benefits).</summary>
        public double Lower { get; }

        /// <summary>The largest value it can take (1 for rates, +∞ for logLoss and cost).</summary>
        public double Upper { get; }

        /// <summary>The rows it is taken over: it is undefined when they are none.</summary>
        public MetricConditioning Conditioning { get; }

        /// <summary>What it is computed from: the confusion matrix, the order of the scores, or the scores themselves.</summary>
        public MetricBasis Basis { get; }

        /// <summary>True when it needs scores, not only predicted labels.</summary>
        public bool NeedsScores => Basis != MetricBasis.Counts;

        /// <summary>The values of <c>model.task</c> that have it.</summary>
        public IReadOnlyList<string> Tasks { get; }

        /// <summary>Where its gate is written, as a policy's <c>required</c> names it: <c>metrics.auc</c>, <c>business.maxCostPer1000</c>.</summary>
        public string GatePath { get; }

        /// <summary>True for a metric of <c>gates.metrics</c> (and <c>gates.baseline</c>), false for the business cost.</summary>
        public bool IsOverallMetric => Index >= 0;

        /// <summary>The section of <see cref="Documentation"/> that defines it, as a fragment: <c>auc</c> for <c>docs/metrics.md#auc</c>.</summary>
        public string Anchor { get; }

        /// <summary>Where it is defined: <c>docs/metrics.md#auc</c>.</summary>
        public string Link => Documentation + "#" + Anchor;

        /// <summary>Its definition, as the table of <see cref="Documentation"/> writes it.</summary>
        public string Formula { get; }

        /// <summary>Area under the ROC curve.</summary>
        public static readonly MetricDescriptor Auc = new MetricDescriptor(0, MetricNames.Auc, "area under the ROC curve", MetricDirection.HigherIsBetter,
            0, 1, MetricConditioning.BothClasses, MetricBasis.Ranks, "metrics.auc", "auc", "area under the ROC curve, see below");

        /// <summary>(TP + TN) / n.</summary>
        public static readonly MetricDescriptor Accuracy = new MetricDescriptor(1, MetricNames.Accuracy, "share of correct predictions", MetricDirection.HigherIsBetter,
            0, 1, MetricConditioning.AllRows, MetricBasis.Counts, "metrics.accuracy", "metrics", "(TP + TN) / n");

        /// <summary>2PR / (P + R).</summary>
        public static readonly MetricDescriptor F1 = new MetricDescriptor(2, MetricNames.F1, "harmonic mean of precision and recall", MetricDirection.HigherIsBetter,
            0, 1, MetricConditioning.PositivesAndPredictedPositives, MetricBasis.Counts, "metrics.f1", "metrics", "2 · precision · recall / (precision + recall)");

        /// <summary>TP / (TP + FP).</summary>
        public static readonly MetricDescriptor Precision = new MetricDescriptor(3, MetricNames.Precision, "share of predicted positives that are positive", MetricDirection.HigherIsBetter,
            0, 1, MetricConditioning.PredictedPositives, MetricBasis.Counts, "metrics.precision", "metrics", "TP / (TP + FP)");

        /// <summary>TP / (TP + FN).</summary>
        public static readonly MetricDescriptor Recall = new MetricDescriptor(4, MetricNames.Recall, "share of positives predicted positive", MetricDirection.HigherIsBetter,
            0, 1, MetricConditioning.Positives, MetricBasis.Counts, "metrics.recall", "metrics", "TP / (TP + FN)");

        /// <summary>Mean negative log-likelihood.</summary>
        public static readonly MetricDescriptor LogLoss = new MetricDescriptor(5, MetricNames.LogLoss, "mean negative log-likelihood", MetricDirection.LowerIsBetter,
            0, double.PositiveInfinity, MetricConditioning.AllRows, MetricBasis.Scores, "metrics.logLoss", "log-loss", "mean negative log-likelihood, see below");

        /// <summary>Mean squared difference between the probability of the positive class and the outcome.</summary>
        public static readonly MetricDescriptor Brier = new MetricDescriptor(6, MetricNames.Brier, "Brier score", MetricDirection.LowerIsBetter,
            0, 1, MetricConditioning.AllRows, MetricBasis.Scores, "metrics.brier", "calibration", "(1/n) · Σ (p − y)², see below");

        /// <summary>Expected calibration error over 10 equal-width bins of the score.</summary>
        public static readonly MetricDescriptor Ece = new MetricDescriptor(7, MetricNames.Ece, "expected calibration error", MetricDirection.LowerIsBetter,
            0, 1, MetricConditioning.AllRows, MetricBasis.Scores, "metrics.ece", "calibration", "Σ_b (n_b / n) · abs(mean p_b − positives_b / n_b) over 10 equal-width bins, see below");

        /// <summary>The expected cost of 1,000 decisions (<c>gates.business.maxCostPer1000</c>).</summary>
        public static readonly MetricDescriptor CostPer1000 = new MetricDescriptor(-1, MetricNames.CostPer1000, "expected cost per 1,000 decisions", MetricDirection.LowerIsBetter,
            double.NegativeInfinity, double.PositiveInfinity, MetricConditioning.AllRows, MetricBasis.Counts, "business.maxCostPer1000", "business-cost",
            "(TP · cTP + FP · cFP + TN · cTN + FN · cFN) / n × 1000");

        /// <summary>The overall metrics of <c>gates.metrics</c> and <c>gates.baseline</c>, in slot order (the order results list them).</summary>
        public static readonly IReadOnlyList<MetricDescriptor> Overall = new[] { Auc, Accuracy, F1, Precision, Recall, LogLoss, Brier, Ece };

        /// <summary>Every gateable metric: the overall metrics, then the business cost.</summary>
        public static readonly IReadOnlyList<MetricDescriptor> All = new[] { Auc, Accuracy, F1, Precision, Recall, LogLoss, Brier, Ece, CostPer1000 };

        /// <summary>The overall metric of a name, or null when it is not one (the business cost is not).</summary>
        public static MetricDescriptor? Find(string name)
        {
            foreach (MetricDescriptor metric in Overall)
            {
                if (metric.Name == name) return metric;
            }

            return null;
        }

        /// <summary>The gateable metric of a name, the business cost included.</summary>
        /// <exception cref="ArgumentException">The name is not a gateable metric.</exception>
        public static MetricDescriptor Named(string name)
        {
            foreach (MetricDescriptor metric in All)
            {
                if (metric.Name == name) return metric;
            }

            throw new ArgumentException($"'{name}' is not a metric name; expected one of {string.Join(", ", MetricNames.All)}.", nameof(name));
        }

        /// <inheritdoc/>
        public override string ToString() => Name;
    }
}
