using System;
using AiFactory.Core.Fairness;

namespace AiFactory.Core.Baseline
{
    /// <summary>
    /// DeLong's variance of the difference of two correlated AUCs, both models scored on the same rows (DeLong, DeLong
    /// and Clarke-Pearson, Biometrics 44, 1988). Each model r gives each positive i its placement V10ʳ(i) — the share of
    /// negatives it outscores, ties ½ — and each negative j its placement V01ʳ(j), the share of positives that outscore it;
    /// AUCʳ is the mean placement. With S10 and S01 the 2 × 2 sample covariance matrices of the placements over the m
    /// positives and the n negatives, the variance of AUC¹ − AUC² is the contrast (1, −1) of S10/m + S01/n:
    /// (S10¹¹ + S10²² − 2·S10¹²)/m + (S01¹¹ + S01²² − 2·S01¹²)/n — the sample variance of the rows' differences of
    /// placements, which is how it is computed here.
    /// </summary>
    internal static class PairedDeLong
    {
        /// <summary>
        /// The AUC of each model and the variance of their difference; the variance is NaN with fewer than two positives
        /// or two negatives, and both AUCs are NaN without both classes.
        /// </summary>
        /// <param name="labels">Each row's label, true = positive.</param>
        /// <param name="first">The first model's score of each row.</param>
        /// <param name="second">The second model's score of each row.</param>
        /// <param name="firstAuc">Receives the first model's AUC.</param>
        /// <param name="secondAuc">Receives the second model's AUC.</param>
        /// <returns>Var(AUC¹ − AUC²).</returns>
        public static double DifferenceVariance(bool[] labels, double[] first, double[] second, out double firstAuc, out double secondAuc)
        {
            if (labels is null) throw new ArgumentNullException(nameof(labels));
            if (first is null) throw new ArgumentNullException(nameof(first));
            if (second is null) throw new ArgumentNullException(nameof(second));
            if (first.Length != labels.Length || second.Length != labels.Length) throw new ArgumentException("Each row needs a label and both scores.", nameof(second));
            double[] a = Placements(labels, first, out long m, out long n);
            double[] b = Placements(labels, second, out _, out _);
            firstAuc = secondAuc = double.NaN;
            if (m == 0 || n == 0) return double.NaN;

            // Means and sums of squared deviations of the differences, over positives and over negatives (two passes: exact enough for sums of at most a few million rows).
            double sumA = 0, sumB = 0, sumPositive = 0, sumNegative = 0;
            for (int i = 0; i < labels.Length; i++)
            {
                if (!labels[i]) continue;
                sumA += a[i];
                sumB += b[i];
                sumPositive += a[i] - b[i];
            }

            for (int i = 0; i < labels.Length; i++)
            {
                if (!labels[i]) sumNegative += a[i] - b[i];
            }

            firstAuc = sumA / m;
            secondAuc = sumB / m;
            if (m < 2 || n < 2) return double.NaN;
            double meanPositive = sumPositive / m, meanNegative = sumNegative / n;
            double squaresPositive = 0, squaresNegative = 0;
            for (int i = 0; i < labels.Length; i++)
            {
                double d = a[i] - b[i] - (labels[i] ? meanPositive : meanNegative);
                if (labels[i]) squaresPositive += d * d;
                else squaresNegative += d * d;
            }

            return squaresPositive / (m - 1) / m + squaresNegative / (n - 1) / n;
        }

        /// <summary>
        /// Each row's placement: for a positive, the share of negatives scored below it (ties ½); for a negative, the
        /// share of positives scored above it (ties ½). Rows in score order as <see cref="DeLongAuc.Order"/> sorts them.
        /// </summary>
        public static double[] Placements(bool[] labels, double[] scores, out long positives, out long negatives)
        {
            if (labels is null) throw new ArgumentNullException(nameof(labels));
            if (scores is null) throw new ArgumentNullException(nameof(scores));
            if (scores.Length != labels.Length) throw new ArgumentException("Each row needs a label and a score.", nameof(scores));
            long m = 0;
            foreach (bool label in labels) m += label ? 1 : 0;
            long n = labels.Length - m;
            positives = m;
            negatives = n;
            var placements = new double[labels.Length];
            int[] order = DeLongAuc.Order(scores);
            long negativesBelow = 0, positivesBelow = 0;
            for (int start = 0; start < order.Length;)
            {
                // A run of tied scores: its positives share one placement, its negatives another.
                int end = start;
                long tiedPositives = 0, tiedNegatives = 0;
                double score = scores[order[start]];
                while (end < order.Length && scores[order[end]] == score)
                {
                    if (labels[order[end]]) tiedPositives++;
                    else tiedNegatives++;
                    end++;
                }

                double positive = n == 0 ? double.NaN : (negativesBelow + tiedNegatives / 2.0) / n;
                double negative = m == 0 ? double.NaN : (m - positivesBelow - tiedPositives + tiedPositives / 2.0) / m;
                for (int k = start; k < end; k++) placements[order[k]] = labels[order[k]] ? positive : negative;
                negativesBelow += tiedNegatives;
                positivesBelow += tiedPositives;
                start = end;
            }

            return placements;
        }
    }
}
