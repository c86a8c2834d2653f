using System;
using System.Collections.Generic;

namespace AiFactory.Core.DataChecks
{
    /// <summary>
    /// Rows grouped by the score they were given, with the positives and negatives of each group: the AUC of a score
    /// that takes few distinct values (a rate per category or bin) without sorting the rows. Buckets with equal scores
    /// are merged, and ties count 1/2 (the Mann–Whitney convention of <see cref="Metrics.RocAuc"/>).
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
        public double? Auc()
        {
            int n = _scores.Count;
            double[] keys = _scores.ToArray();
            var order = new int[n];
            for (int i = 0; i < n; i++) order[i] = i;
            Array.Sort(keys, order);

            // Twice the Mann–Whitney U as a double: counts reach 10^12 pairs, beyond which a long would still be exact
            // but the product of two counts could overflow it.
            double twiceU = 0;
            double negativesBelow = 0;
            double positives = 0;
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

                twiceU += 2 * groupPositives * negativesBelow + groupPositives * groupNegatives;
                negativesBelow += groupNegatives;
                positives += groupPositives;
                start = end;
            }

            if (positives == 0 || negativesBelow == 0) return null;
            return twiceU / (2.0 * positives * negativesBelow);
        }
    }
}
