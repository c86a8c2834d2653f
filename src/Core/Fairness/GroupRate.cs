using System;
using System.Collections.Generic;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Fairness
{
    /// <summary>
    /// A per-group figure: its name in the manifest and results.json, its words in messages, the rows it is taken
    /// over, its formula as docs/fairness.md gives it, and its slot among the rates computed from a confusion matrix
    /// (<see cref="GroupRates.Compute"/>). The table <see cref="All"/> is the order results list them.
    /// </summary>
    internal sealed class GroupRate
    {
        /// <summary>The documentation page that defines every per-group figure.</summary>
        public const string Documentation = "docs/fairness.md#per-group-figures";

        private GroupRate(int index, string name, string words, Conditioning conditioning, string formula)
        {
            Index = index;
            Name = name;
            Words = words;
            Conditioning = conditioning;
            Formula = formula;
        }

        /// <summary>The slot of the rate in a rates array (<see cref="GroupRates.Count"/> long); −1 for a figure not computed from counts (auc).</summary>
        public int Index { get; }

        /// <summary>The name as the manifest writes it (<c>everyGroup</c>) and results.json reports it: <c>selectionRate</c>.</summary>
        public string Name { get; }

        /// <summary>The rate in words, plural, for messages: "selection rates".</summary>
        public string Words { get; }

        /// <summary>The rows the rate is taken over.</summary>
        public Conditioning Conditioning { get; }

        /// <summary>The formula, as the table of <see cref="Documentation"/> writes it.</summary>
        public string Formula { get; }

        /// <summary>True for a rate computed from the confusion cells (and so estimated by the count bootstrap).</summary>
        public bool IsCountRate => Index >= 0;

        /// <summary>Share of the group predicted positive: P(Ŷ=1 | A=g).</summary>
        public static readonly GroupRate SelectionRate = new GroupRate(0, FairnessMetricNames.SelectionRate, "selection rates", Conditioning.AllRows, "(TP + FP) / n");
        /// <summary>True positive rate: P(Ŷ=1 | Y=1, A=g).</summary>
        public static readonly GroupRate Tpr = new GroupRate(1, FairnessMetricNames.Tpr, "true positive rates", Conditioning.Positives, "TP / (TP + FN)");
        /// <summary>False positive rate: P(Ŷ=1 | Y=0, A=g).</summary>
        public static readonly GroupRate Fpr = new GroupRate(2, FairnessMetricNames.Fpr, "false positive rates", Conditioning.Negatives, "FP / (FP + TN)");
        /// <summary>False negative rate: P(Ŷ=0 | Y=1, A=g).</summary>
        public static readonly GroupRate Fnr = new GroupRate(3, FairnessMetricNames.Fnr, "false negative rates", Conditioning.Positives, "FN / (TP + FN)");
        /// <summary>Precision: P(Y=1 | Ŷ=1, A=g).</summary>
        public static readonly GroupRate Precision = new GroupRate(4, FairnessMetricNames.Precision, "precisions", Conditioning.PredictedPositives, "TP / (TP + FP)");
        /// <summary>Share of the group predicted correctly.</summary>
        public static readonly GroupRate Accuracy = new GroupRate(5, FairnessMetricNames.Accuracy, "accuracies", Conditioning.AllRows, "(TP + TN) / n");
        /// <summary>Area under the ROC curve within the group (needs scores; DeLong intervals, not the bootstrap).</summary>
        public static readonly GroupRate Auc = new GroupRate(-1, FairnessMetricNames.Auc, "AUCs", Conditioning.BothClasses, "Mann–Whitney AUC");

        /// <summary>Every per-group figure, in the order results list them.</summary>
        public static readonly IReadOnlyList<GroupRate> All = new[] { SelectionRate, Tpr, Fpr, Fnr, Precision, Accuracy, Auc };

        /// <summary>The rates computed from counts, in slot order (<see cref="Index"/> is the position).</summary>
        public static readonly IReadOnlyList<GroupRate> CountRates = new[] { SelectionRate, Tpr, Fpr, Fnr, Precision, Accuracy };

        /// <summary>The per-group figure of a manifest name.</summary>
        /// <exception cref="ArgumentException">The name is not a per-group figure.</exception>
        public static GroupRate Named(string name)
        {
            foreach (GroupRate rate in All)
            {
                if (rate.Name == name) return rate;
            }

            throw new ArgumentException($"'{name}' is not a per-group metric.", nameof(name));
        }

        /// <inheritdoc/>
        public override string ToString() => Name;
    }
}
