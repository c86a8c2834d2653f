using System;
using AiFactory.Core.Metrics;

namespace AiFactory.Core.Fairness
{
    /// <summary>What the evaluation measured for one group: its confusion matrix and, with scores, its AUC and DeLong variance.</summary>
    internal sealed class GroupCounts
    {
        /// <summary>Creates a group's figures.</summary>
        public GroupCounts(string name, ConfusionCounts confusion, double? auc, double? aucVariance)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Confusion = confusion ?? throw new ArgumentNullException(nameof(confusion));
            Auc = auc;
            AucVariance = aucVariance;
        }

        /// <summary>The group's name (see <see cref="GroupNames"/>).</summary>
        public string Name { get; }

        /// <summary>The group's confusion matrix at the decision threshold.</summary>
        public ConfusionCounts Confusion { get; }

        /// <summary>The group's AUC; null without scores or when the group lacks a class.</summary>
        public double? Auc { get; }

        /// <summary>DeLong's estimate of the variance of <see cref="Auc"/>; null when the group has fewer than two positives or negatives.</summary>
        public double? AucVariance { get; }
    }
}
