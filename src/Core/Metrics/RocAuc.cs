using System;
using System.Collections.Generic;

namespace AiFactory.Core.Metrics
{
    /// <summary>
    /// Area under the ROC curve as the Mann–Whitney probability that a random positive row scores above a random
    /// negative row, ties counting 1/2 — the same figure as scikit-learn's <c>roc_auc_score</c>.
    /// </summary>
    internal static class RocAuc
    {
        /// <summary>
        /// Computes the AUC in O(n log n): sort once by score, then walk groups of equal scores counting, for each
        /// positive, the negatives strictly below it (1 each) and those tied with it (1/2 each).
        /// </summary>
        /// <returns>The AUC, or null when the labels hold no positive or no negative row.</returns>
        public static double? Compute(IReadOnlyList<bool> labels, IReadOnlyList<double> scores)
        {
            if (labels is null)
            {
                throw new ArgumentNullException(nameof(labels));
            }

            if (scores is null)
            {
                throw new ArgumentNullException(nameof(scores));
            }

            if (labels.Count != scores.Count)
            {
                throw new ArgumentException($"{labels.Count} labels but {scores.Count} scores; each row needs both.", nameof(scores));
            }

            int n = labels.Count;
            var keys = new double[n];
            var order = new int[n];
            for (int i = 0; i < n; i++)
            {
                if (double.IsNaN(scores[i]))
                {
                    throw new ArgumentOutOfRangeException(nameof(scores), $"The score of row {i} is NaN; scores must be numbers.");
                }

                keys[i] = scores[i];
                order[i] = i;
            }

            Array.Sort(keys, order);

            // Twice the Mann–Whitney U, kept as an integer so that ties (worth 1/2) stay exact.
            long twiceU = 0;
            long negativesBelow = 0;
            long positives = 0;
            int start = 0;
            while (start < n)
            {
                int end = start;
                long groupPositives = 0, groupNegatives = 0;
                while (end < n && keys[end] == keys[start])
                {
                    if (labels[order[end]]) { groupPositives++; } else { groupNegatives++; }
                    end++;
                }

                twiceU += 2 * groupPositives * negativesBelow + groupPositives * groupNegatives;
                negativesBelow += groupNegatives;
                positives += groupPositives;
                start = end;
            }

            long negatives = negativesBelow;
            if (positives == 0 || negatives == 0)
            {
                return null;
            }

            return twiceU / (2.0 * positives * negatives);
        }
    }
}
