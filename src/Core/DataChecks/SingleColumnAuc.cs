namespace AiFactory.Core.DataChecks
{
    /// <summary>
    /// How well one coded column predicts a binary target on its own, measured out of sample so that a column with
    /// many values cannot look predictive by memorising: the predictor is the target's rate per code (category value
    /// or number bin) learned on one set of rows, smoothed toward the overall rate, and its AUC is measured on other
    /// rows. A code the learning rows never saw (a new category) scores the overall rate. No model, no ML.NET: counting
    /// and one sort of the distinct scores, O(rows + codes log codes).
    /// </summary>
    /// <remarks>
    /// Targets are <c>sbyte</c>: 1 positive, 0 negative, −1 left out (a row whose sensitive attribute is missing, say).
    /// rate(code) = (positives(code) + m·prior) / (rows(code) + m) with m = <see cref="Smoothing"/> pseudo-rows at the
    /// prior: a code seen once moves only halfway from the prior.
    /// </remarks>
    internal static class SingleColumnAuc
    {
        /// <summary>Pseudo-rows at the overall rate added to every code's count (additive smoothing).</summary>
        public const double Smoothing = 1.0;

        /// <summary>Folds of the cross-fitting used when there is one file only.</summary>
        public const int Folds = 5;

        /// <summary>
        /// Learns the rate per code on the training rows and measures the AUC on the test rows; null when the test rows
        /// lack a class. <paramref name="variance"/> receives the AUC's DeLong variance over the test rows (the learned
        /// rates held fixed), null with fewer than two rows of a class.
        /// </summary>
        public static double? TrainTest(int[] trainCodes, int codeCount, sbyte[] trainTarget, int[] testCodes, sbyte[] testTarget, out double? variance)
        {
            variance = null;
            var positives = new long[codeCount];
            var rows = new long[codeCount];
            long allPositives = 0, allRows = 0;
            for (int row = 0; row < trainCodes.Length; row++)
            {
                sbyte target = trainTarget[row];
                if (target < 0) continue;
                int code = trainCodes[row];
                rows[code]++;
                positives[code] += target;
                allRows++;
                allPositives += target;
            }

            if (allRows == 0) return null;
            double prior = (double)allPositives / allRows;

            // Test rows counted per code; every code the training rows never saw lands in the last bucket.
            var testPositives = new long[codeCount + 1];
            var testRows = new long[codeCount + 1];
            for (int row = 0; row < testCodes.Length; row++)
            {
                sbyte target = testTarget[row];
                if (target < 0) continue;
                int code = testCodes[row];
                if (code >= codeCount || rows[code] == 0) code = codeCount;
                testRows[code]++;
                testPositives[code] += target;
            }

            var buckets = new ScoreBuckets();
            for (int code = 0; code <= codeCount; code++)
            {
                if (testRows[code] == 0) continue;
                double score = code == codeCount ? prior : (positives[code] + Smoothing * prior) / (rows[code] + Smoothing);
                buckets.Add(score, testPositives[code], testRows[code] - testPositives[code]);
            }

            return buckets.Measure(out variance);
        }

        /// <summary>
        /// One file only: each row is scored by the rates learned on the other folds (rows are dealt to
        /// <see cref="Folds"/> folds by a hash of their index, so the split does not follow the file's order), and the
        /// AUC is measured over every row's out-of-fold score. <paramref name="variance"/> receives its DeLong variance
        /// over those scores, taken as fixed (an approximation: the folds' rates are learned on the same rows).
        /// </summary>
        public static double? CrossFitted(int[] codes, int codeCount, sbyte[] target, out double? variance)
        {
            var foldPositives = new int[Folds * codeCount];
            var foldRows = new int[Folds * codeCount];
            var positives = new long[codeCount];
            var rows = new long[codeCount];
            var foldAllPositives = new long[Folds];
            var foldAllRows = new long[Folds];
            for (int row = 0; row < codes.Length; row++)
            {
                sbyte t = target[row];
                if (t < 0) continue;
                int fold = FoldOf(row);
                int code = codes[row];
                foldRows[fold * codeCount + code]++;
                foldPositives[fold * codeCount + code] += t;
                rows[code]++;
                positives[code] += t;
                foldAllRows[fold]++;
                foldAllPositives[fold] += t;
            }

            long allRows = 0, allPositives = 0;
            for (int fold = 0; fold < Folds; fold++)
            {
                allRows += foldAllRows[fold];
                allPositives += foldAllPositives[fold];
            }

            var buckets = new ScoreBuckets();
            for (int fold = 0; fold < Folds; fold++)
            {
                long learnRows = allRows - foldAllRows[fold];
                if (learnRows == 0) continue;
                double prior = (double)(allPositives - foldAllPositives[fold]) / learnRows;
                for (int code = 0; code < codeCount; code++)
                {
                    long n = foldRows[fold * codeCount + code];
                    if (n == 0) continue;
                    long p = foldPositives[fold * codeCount + code];
                    long otherRows = rows[code] - n;
                    double score = otherRows == 0 ? prior : (positives[code] - p + Smoothing * prior) / (otherRows + Smoothing);
                    buckets.Add(score, p, n - p);
                }
            }

            return buckets.Measure(out variance);
        }

        /// <summary>The fold of a row: a SplitMix64 hash of its index, modulo the folds.</summary>
        public static int FoldOf(int row) => (int)(RowHash.Mix((ulong)row) % Folds);
    }
}
