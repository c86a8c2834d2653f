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
    public static class PairedBootstrap
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
            var all = new int[rows];
            for (int i = 0; i < rows; i++) all[i] = i;
            currentValue = now.Figure(all);
            baselineValue = before.Figure(all);

            int m = 0;
            foreach (bool label in current.Labels) m += label ? 1 : 0;
            var positives = new int[m];
            var negatives = new int[rows - m];
            for (int i = 0, p = 0, q = 0; i < rows; i++)
            {
                if (current.Labels[i]) positives[p++] = i;
                else negatives[q++] = i;
            }

            var drawn = new int[rows];
            var differences = new double[resamples];
            for (int b = 0; b < resamples; b++)
            {
                Draw(random, positives, drawn, 0);
                Draw(random, negatives, drawn, m);
                differences[b] = now.Figure(drawn) - before.Figure(drawn);
            }

            return differences;
        }

        /// <summary>Writes as many draws with replacement from <paramref name="stratum"/> as it has rows into <paramref name="drawn"/> from <paramref name="at"/>.</summary>
        private static void Draw(Xoshiro256StarStar random, int[] stratum, int[] drawn, int at)
        {
            int size = stratum.Length;
            for (int k = 0; k < size; k++)
            {
                int pick = (int)(random.NextDouble() * size);
                drawn[at + k] = stratum[pick < size ? pick : size - 1];
            }
        }

        /// <summary>One model's per-row terms of a score figure: the log-loss term, (p − y)², or p − y with its ECE bin.</summary>
        private sealed class ScoreTerms
        {
            private readonly double[] _terms;
            private readonly int[]? _bins;

            public ScoreTerms(MetricDescriptor metric, PairedScores rows)
            {
                double[] scores = rows.Scores ?? throw new ArgumentException($"{metric.Name} needs scores.", nameof(rows));
                if (metric != MetricDescriptor.LogLoss && metric != MetricDescriptor.Brier && metric != MetricDescriptor.Ece)
                {
                    throw new ArgumentException($"{metric.Name} is not bootstrapped row by row.", nameof(metric));
                }

                _terms = new double[rows.Rows];
                if (metric == MetricDescriptor.Ece) _bins = new int[rows.Rows];
                for (int i = 0; i < rows.Rows; i++)
                {
                    double p = scores[i], y = rows.Labels[i] ? 1.0 : 0.0;
                    if (metric == MetricDescriptor.LogLoss)
                    {
                        double clipped = Math.Min(Math.Max(p, BinaryLogLoss.Epsilon), 1 - BinaryLogLoss.Epsilon);
                        _terms[i] = -(rows.Labels[i] ? Math.Log(clipped) : Math.Log(1 - clipped));
                    }
                    else if (_bins is null)
                    {
                        _terms[i] = (p - y) * (p - y);
                    }
                    else
                    {
                        _terms[i] = p - y;
                        _bins[i] = ExpectedCalibrationError.Bin(p);
                    }
                }
            }

            /// <summary>The figure of the rows <paramref name="drawn"/> (a row drawn k times counts k times).</summary>
            public double Figure(int[] drawn)
            {
                if (_bins is null)
                {
                    double sum = 0;
                    foreach (int row in drawn) sum += _terms[row];
                    return sum / drawn.Length;
                }

                var gaps = new double[ExpectedCalibrationError.BinCount];
                foreach (int row in drawn) gaps[_bins[row]] += _terms[row];
                double total = 0;
                foreach (double gap in gaps) total += Math.Abs(gap);
                return total / drawn.Length;
            }
        }
    }
}
