using System;
using System.Collections.Generic;

namespace AiFactory.Core.DataChecks
{
    /// <summary>
    /// Rows grouped by the score they were given, with the positives and negatives of each group: the AUC of a score
    /// that takes few distinct values (a rate per category or bin) without sorting the rows. Buckets with equal scores
    /// are merged, and ties count 1/2 (the Mann–Whitney convention of <see cref="Metrics.RocAuc"/>). The AUC's DeLong
    /// variance comes from the same pass: every row of a bucket has the same placement, so the sums of the placements and
    /// of their squares are taken bucket by bucket (<see cref="Fairness.DeLongAuc"/> computes them row by row).
    /// </summary>
    internal sealed class ScoreBuckets
    {
        private readonly List<double> _scores = new List<double>();
        private readonly List<long> _positives = new List<long>();
        private readonly List<long> _negatives = new List<long>();

        /// <summary>Adds rows that share a score.</summary>
        public void Add(double score, long positives, long negatives)
        {
            if (positives == 0 && negatives == 0) return;
            _scores.Add(score);
            _positives.Add(positives);
            _negatives.Add(negatives);
        }

        /// <summary>The AUC: the probability that a random positive row scores above a random negative one; null without both.</summary>
        public double? Auc() => Measure(out _);

        /// <summary>
        /// The AUC, as <see cref="Auc"/>, and its DeLong variance S10/m + S01/n (null with fewer than two positives or two
        /// negatives): a positive's placement is the share of negatives scored below it (ties ½), a negative's the share
        /// of positives scored above it, and S10, S01 are the sample variances of the m positives' and n negatives' placements.
        /// </summary>
        public double? Measure(out double? variance)
        {
            variance = null;
            int n = _scores.Count;
            double[] keys = _scores.ToArray();
            var order = new int[n];
            for (int i = 0; i < n; i++) order[i] = i;
            Array.Sort(keys, order);

            // Runs of equal scores, ascending: their positives and negatives.
            var runPositives = new List<double>();
            var runNegatives = new List<double>();
            int start = 0;
            while (start < n)
            {
                int end = start;
                double groupPositives = 0, groupNegatives = 0;
                while (end < n && keys[end] == keys[start])
                {
                    groupPositives += _positives[order[end]];
                    groupNegatives += _negatives[order[end]];
                    end++;
                }

                runPositives.Add(groupPositives);
                runNegatives.Add(groupNegatives);
                start = end;
            }

            // Twice the Mann–Whitney U as a double: counts reach 10^12 pairs, beyond which a long would still be exact
            // but the product of two counts could overflow it.
            double twiceU = 0;
            double negativesBelow = 0;
            double positives = 0;
            for (int run = 0; run < runPositives.Count; run++)
            {
                twiceU += 2 * runPositives[run] * negativesBelow + runPositives[run] * runNegatives[run];
                negativesBelow += runNegatives[run];
                positives += runPositives[run];
            }

            double negatives = negativesBelow;
            if (positives == 0 || negatives == 0) return null;
            double auc = twiceU / (2.0 * positives * negatives);
            if (positives < 2 || negatives < 2) return auc;

            // Placements: V10 = (negatives below + ½ tied) / n for a positive, V01 = (positives above + ½ tied) / m for a negative.
            double squaresPositives = 0, squaresNegatives = 0, below = 0, above = positives;
            for (int run = 0; run < runPositives.Count; run++)
            {
                double p = runPositives[run], q = runNegatives[run];
                above -= p;
                double v10 = (below + q / 2) / negatives - auc;
                double v01 = (above + p / 2) / positives - auc;
                squaresPositives += p * v10 * v10;
                squaresNegatives += q * v01 * v01;
                below += q;
            }

            variance = squaresPositives / (positives - 1) / positives + squaresNegatives / (negatives - 1) / negatives;
            return auc;
        }
    }
}
