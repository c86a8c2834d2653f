using System;
using AiFactory.Core.Business;
using AiFactory.Core.Fairness;
using AiFactory.Core.Metrics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Baseline
{
    /// <summary>
    /// The paired bootstrap of a difference of two models' figures on the same rows: each resample draws the m positive
    /// rows and the n negative rows with replacement (stratified by label, so every resample has the test set's class
    /// balance), measures both models on the same drawn rows with the definition that measures the whole test set, and
    /// keeps current − baseline. The interval is read around the measured difference as the metric gates read theirs
    /// (<see cref="BiasCorrectedInterval"/>); a resample where either figure is undefined is counted and left out.
    /// </summary>
    /// <remarks>
    /// A count figure (the rates, f1, costPer1000) depends on a row only through the pair of confusion cells it falls in
    /// under the two models, so drawing rows is drawing those 16 joint cells of each class Multinomial(rows of the class,
    /// observed shares) — done so (<see cref="MultinomialDraw"/>), in a time that does not grow with the rows. A score figure
    /// (logLoss, brier, ece) adds each drawn row's terms of both models. The random stream is the seed mixed with
    /// <see cref="Stream"/>.
    /// </remarks>
    internal static class PairedBootstrap
    {
        /// <summary>The name mixed into the seed of the paired bootstrap.</summary>
        public const string Stream = "baseline.paired";

        /// <summary>
        /// The interval of current − baseline of <paramref name="metric"/> (a count metric, costPer1000, logLoss, brier or
        /// ece), with both figures on the whole test set. The rows must be the same (<see cref="PairedScores.RequireSameRows"/>);
        /// a score metric needs both models' scores.
        /// </summary>
        /// <param name="metric">The metric.</param>
        /// <param name="current">This model's rows.</param>
        /// <param name="baseline">The baseline model's rows.</param>
        /// <param name="costs">business.costs, for costPer1000; null otherwise.</param>
        /// <param name="level">The confidence level.</param>
        /// <param name="resamples">Bootstrap resamples.</param>
        /// <param name="seed">The bootstrap's seed.</param>
        /// <param name="currentValue">Receives the current model's figure (NaN when undefined).</param>
        /// <param name="baselineValue">Receives the baseline model's figure (NaN when undefined).</param>
        public static Interval Of(MetricDescriptor metric, PairedScores current, PairedScores baseline, CostMatrix? costs,
            double level, int resamples, int seed, out double currentValue, out double baselineValue)
        {
            if (metric is null) throw new ArgumentNullException(nameof(metric));
            if (current is null) throw new ArgumentNullException(nameof(current));
            if (baseline is null) throw new ArgumentNullException(nameof(baseline));
            if (resamples < 1) throw new ArgumentOutOfRangeException(nameof(resamples), resamples, "At least one resample.");
            if (current.Rows != baseline.Rows) throw new ArgumentException("The two models need the same rows.", nameof(baseline));
            var random = new Xoshiro256StarStar(Xoshiro256StarStar.Mix(seed, Stream));
            double[] differences = metric.Basis == MetricBasis.Counts
                ? Counts(metric, current, baseline, costs, resamples, random, out currentValue, out baselineValue)
                : Scores(metric, current, baseline, resamples, random, out currentValue, out baselineValue);
            return BiasCorrectedInterval.Of(differences, currentValue - baselineValue, level);
        }

        private static double[] Counts(MetricDescriptor metric, PairedScores current, PairedScores baseline, CostMatrix? costs, int resamples,
            Xoshiro256StarStar random, out double currentValue, out double baselineValue)
        {
            if (!metric.IsOverallMetric && costs is null) throw new ArgumentNullException(nameof(costs), $"{metric.Name} needs business.costs.");

            // The joint cells of each class: the current model's confusion cell · 4 + the baseline's.
            var positives = new long[16];
            var negatives = new long[16];
            for (int i = 0; i < current.Rows; i++)
            {
                int joint = Cell(current.Labels[i], current.Predicted[i]) * 4 + Cell(baseline.Labels[i], baseline.Predicted[i]);
                if (current.Labels[i]) positives[joint]++;
                else negatives[joint]++;
            }

            currentValue = Figure(metric, positives, negatives, costs, current: true);
            baselineValue = Figure(metric, positives, negatives, costs, current: false);
            var drawPositives = new MultinomialDraw(positives);
            var drawNegatives = new MultinomialDraw(negatives);
            var drawnPositives = new long[16];
            var drawnNegatives = new long[16];
            var differences = new double[resamples];
            for (int b = 0; b < resamples; b++)
            {
                if (drawPositives.Rows > 0) drawPositives.Sample(random, drawnPositives);
                if (drawNegatives.Rows > 0) drawNegatives.Sample(random, drawnNegatives);
                differences[b] = Figure(metric, drawnPositives, drawnNegatives, costs, current: true) - Figure(metric, drawnPositives, drawnNegatives, costs, current: false);
            }

            return differences;
        }

        /// <summary>The confusion cell of a row: 0 TP, 1 FP, 2 TN, 3 FN.</summary>
        private static int Cell(bool label, bool predicted) => predicted ? (label ? 0 : 1) : (label ? 3 : 2);

        /// <summary>One model's count figure from the joint cells of both classes; NaN when undefined.</summary>
        private static double Figure(MetricDescriptor metric, long[] positives, long[] negatives, CostMatrix? costs, bool current)
        {
            var cells = new long[4];
            for (int joint = 0; joint < 16; joint++)
            {
                int cell = current ? joint / 4 : joint % 4;
                cells[cell] += positives[joint] + negatives[joint];
            }

            return MetricIntervals.CountFigure(metric, new ConfusionCounts(cells[0], cells[1], cells[2], cells[3]), costs);
        }

        private static double[] Scores(MetricDescriptor metric, PairedScores current, PairedScores baseline, int resamples,
            Xoshiro256StarStar random, out double currentValue, out double baselineValue)
        {
            var now = new ScoreTerms(metric, current);
            var before = new ScoreTerms(metric, baseline);
            int rows = current.Rows;
            currentValue = now.Figure();
            baselineValue = before.Figure();

            int m = 0;
            foreach (bool label in current.Labels) m += label ? 1 : 0;
            var positives = new int[m];
            var negatives = new int[rows - m];
            for (int i = 0, p = 0, q = 0; i < rows; i++)
            {
                if (current.Labels[i]) positives[p++] = i;
                else negatives[q++] = i;
            }

            // Each drawn row adds its terms as it is drawn: the difference of its terms (logLoss, brier), or each model's
            // term to its own ECE bin.
            var differences = new double[resamples];
            int[][] strata = { positives, negatives };
            if (now.Bins is null)
            {
                var delta = new double[rows];
                for (int i = 0; i < rows; i++) delta[i] = now.Terms[i] - before.Terms[i];
                for (int b = 0; b < resamples; b++)
                {
                    double sum = 0;
                    foreach (int[] stratum in strata)
                    {
                        for (int k = 0; k < stratum.Length; k++) sum += delta[Pick(random, stratum)];
                    }

                    differences[b] = sum / rows;
                }

                return differences;
            }

            int[] binsNow = now.Bins, binsBefore = before.Bins!;
            var gapsNow = new double[ExpectedCalibrationError.BinCount];
            var gapsBefore = new double[ExpectedCalibrationError.BinCount];
            for (int b = 0; b < resamples; b++)
            {
                Array.Clear(gapsNow, 0, gapsNow.Length);
                Array.Clear(gapsBefore, 0, gapsBefore.Length);
                foreach (int[] stratum in strata)
                {
                    for (int k = 0; k < stratum.Length; k++)
                    {
                        int row = Pick(random, stratum);
                        gapsNow[binsNow[row]] += now.Terms[row];
                        gapsBefore[binsBefore[row]] += before.Terms[row];
                    }
                }

                differences[b] = (AbsoluteSum(gapsNow) - AbsoluteSum(gapsBefore)) / rows;
            }

            return differences;
        }

        /// <summary>A row of <paramref name="stratum"/> drawn uniformly.</summary>
        private static int Pick(Xoshiro256StarStar random, int[] stratum)
        {
            int pick = (int)(random.NextDouble() * stratum.Length);
            return stratum[pick < stratum.Length ? pick : stratum.Length - 1];
        }

        private static double AbsoluteSum(double[] values)
        {
            double total = 0;
            foreach (double value in values) total += Math.Abs(value);
            return total;
        }

        /// <summary>One model's per-row terms of a score figure: the log-loss term, (p − y)², or p − y with its ECE bin.</summary>
        private sealed class ScoreTerms
        {
            public ScoreTerms(MetricDescriptor metric, PairedScores rows)
            {
                double[] scores = rows.Scores ?? throw new ArgumentException($"{metric.Name} needs scores.", nameof(rows));
                if (metric != MetricDescriptor.LogLoss && metric != MetricDescriptor.Brier && metric != MetricDescriptor.Ece)
                {
                    throw new ArgumentException($"{metric.Name} is not bootstrapped row by row.", nameof(metric));
                }

                Terms = new double[rows.Rows];
                if (metric == MetricDescriptor.Ece) Bins = new int[rows.Rows];
                for (int i = 0; i < rows.Rows; i++)
                {
                    double p = scores[i], y = rows.Labels[i] ? 1.0 : 0.0;
                    if (metric == MetricDescriptor.LogLoss)
                    {
                        double clipped = Math.Min(Math.Max(p, BinaryLogLoss.Epsilon), 1 - BinaryLogLoss.Epsilon);
                        Terms[i] = -(rows.Labels[i] ? Math.Log(clipped) : Math.Log(1 - clipped));
                    }
                    else if (Bins is null)
                    {
                        Terms[i] = (p - y) * (p - y);
                    }
                    else
                    {
                        Terms[i] = p - y;
                        Bins[i] = ExpectedCalibrationError.Bin(p);
                    }
                }
            }

            /// <summary>Each row's term.</summary>
            public double[] Terms { get; }

            /// <summary>Each row's ECE bin; null for logLoss and brier.</summary>
            public int[]? Bins { get; }

            /// <summary>The figure of every row once: the mean term, or the ECE of the bins' summed gaps.</summary>
            public double Figure()
            {
                if (Bins is null)
                {
                    double sum = 0;
                    foreach (double term in Terms) sum += term;
                    return sum / Terms.Length;
                }

                var gaps = new double[ExpectedCalibrationError.BinCount];
                for (int row = 0; row < Terms.Length; row++) gaps[Bins[row]] += Terms[row];
                return AbsoluteSum(gaps) / Terms.Length;
            }
        }
    }
}
