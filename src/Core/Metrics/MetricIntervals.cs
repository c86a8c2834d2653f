using System;
using System.Collections.Generic;
using AiFactory.Core.Business;
using AiFactory.Core.Fairness;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Metrics
{
    /// <summary>
    /// The confidence intervals of the whole test set's figures that gates judge: auc by DeLong's variance; the rates,
    /// f1 and the cost per 1,000 by a count bootstrap of the four confusion cells; logLoss, brier and ece by a count
    /// bootstrap of the score cells (<see cref="ScoreCells"/>). The test set is one stratum: its n rows are fixed and
    /// each resample draws the cells Multinomial(n, observed shares) — the fairness gates' stratified count bootstrap
    /// with a single group, read the same way (<see cref="BiasCorrectedInterval"/> around the estimate). Each bootstrap
    /// has its own random stream, the seed mixed with its name, so adding a gate of the other kind changes nothing.
    /// </summary>
    internal static class MetricIntervals
    {
        /// <summary>The name mixed into the seed of the confusion cells' bootstrap.</summary>
        public const string CountsStream = "metrics";

        /// <summary>The name mixed into the seed of the score cells' bootstrap.</summary>
        public const string ScoresStream = "metrics.scores";

        /// <summary>
        /// The interval of each of <paramref name="wanted"/> (metrics and <see cref="MetricDescriptor.CostPer1000"/>);
        /// a metric is left out when its evidence is missing (no scores, no costs, DeLong's variance undefined).
        /// </summary>
        /// <param name="metrics">The test set's metrics with their evidence.</param>
        /// <param name="costs">business.costs, for the cost per 1,000; null without.</param>
        /// <param name="wanted">The figures gates judge.</param>
        /// <param name="level">The confidence level.</param>
        /// <param name="resamples">Bootstrap resamples.</param>
        /// <param name="seed">The bootstrap's seed.</param>
        public static IReadOnlyDictionary<MetricDescriptor, Interval> Estimate(BinaryMetrics metrics, CostMatrix? costs,
            IEnumerable<MetricDescriptor> wanted, double level, int resamples, int seed)
        {
            if (metrics is null) throw new ArgumentNullException(nameof(metrics));
            if (wanted is null) throw new ArgumentNullException(nameof(wanted));
            if (resamples < 1) throw new ArgumentOutOfRangeException(nameof(resamples), resamples, "At least one resample.");
            var counted = new List<MetricDescriptor>();
            var scored = new List<MetricDescriptor>();
            var intervals = new Dictionary<MetricDescriptor, Interval>();
            foreach (MetricDescriptor metric in wanted)
            {
                if (intervals.ContainsKey(metric) || counted.Contains(metric) || scored.Contains(metric)) continue;
                switch (metric.Basis)
                {
                    case MetricBasis.Ranks:
                        if (metrics.Auc.HasValue && metrics.AucVariance.HasValue)
                            intervals[metric] = NormalDistribution.AucInterval(metrics.Auc.Value, metrics.AucVariance.Value, level);
                        break;
                    case MetricBasis.Counts:
                        if (metric.IsOverallMetric || costs != null) counted.Add(metric);
                        break;
                    default:
                        if (metrics.ScoreCells != null) scored.Add(metric);
                        break;
                }
            }

            if (counted.Count > 0) Counts(metrics, costs, counted, level, resamples, seed, intervals);
            if (scored.Count > 0) Scores(metrics.ScoreCells!, scored, level, resamples, seed, intervals);
            return intervals;
        }

        /// <summary>The count-based figure of a confusion matrix: the same definition for the estimate and every resample; NaN when undefined.</summary>
        public static double CountFigure(MetricDescriptor metric, ConfusionCounts counts, CostMatrix? costs)
        {
            if (!metric.IsOverallMetric)
            {
                return ExpectedCost.Per1000(costs ?? throw new ArgumentNullException(nameof(costs)), counts);
            }

            return BinaryMetricsCalculator.Build(counts, double.NaN, hasScores: false, auc: null, logLoss: null).Get(metric) ?? double.NaN;
        }

        private static void Counts(BinaryMetrics metrics, CostMatrix? costs, List<MetricDescriptor> counted, double level, int resamples, int seed,
            Dictionary<MetricDescriptor, Interval> intervals)
        {
            ConfusionCounts observed = metrics.Confusion;
            var draw = new MultinomialDraw(new[] { observed.TruePositives, observed.FalsePositives, observed.TrueNegatives, observed.FalseNegatives });
            var random = new Xoshiro256StarStar(Xoshiro256StarStar.Mix(seed, CountsStream));
            var samples = new double[counted.Count][];
            for (int m = 0; m < samples.Length; m++) samples[m] = new double[resamples];
            var cells = new long[4];
            for (int b = 0; b < resamples; b++)
            {
                draw.Sample(random, cells);
                var counts = new ConfusionCounts(cells[0], cells[1], cells[2], cells[3]);
                for (int m = 0; m < counted.Count; m++) samples[m][b] = CountFigure(counted[m], counts, costs);
            }

            for (int m = 0; m < counted.Count; m++)
            {
                intervals[counted[m]] = BiasCorrectedInterval.Of(samples[m], CountFigure(counted[m], observed, costs), level);
            }
        }

        private static void Scores(ScoreCells cells, List<MetricDescriptor> scored, double level, int resamples, int seed,
            Dictionary<MetricDescriptor, Interval> intervals)
        {
            var draw = new MultinomialDraw(cells.Counts);
            var random = new Xoshiro256StarStar(Xoshiro256StarStar.Mix(seed, ScoresStream));
            var samples = new double[ScoreCells.FigureCount][];
            for (int f = 0; f < samples.Length; f++) samples[f] = new double[resamples];
            var counts = new long[cells.Count];
            var figures = new double[ScoreCells.FigureCount];
            for (int b = 0; b < resamples; b++)
            {
                draw.Sample(random, counts);
                cells.Compute(counts, figures);
                for (int f = 0; f < figures.Length; f++) samples[f][b] = figures[f];
            }

            var estimates = new double[ScoreCells.FigureCount];
            cells.Compute(cells.Counts, estimates);
            foreach (MetricDescriptor metric in scored)
            {
                int slot = SlotOf(metric);
                // Each interval reads (and reorders) its own copy: the three share one set of resamples.
                intervals[metric] = BiasCorrectedInterval.Of((double[])samples[slot].Clone(), estimates[slot], level);
            }
        }

        /// <summary>The slot of a score metric among <see cref="ScoreCells"/>' figures.</summary>
        public static int SlotOf(MetricDescriptor metric)
        {
            if (metric == MetricDescriptor.LogLoss) return ScoreCells.LogLossSlot;
            if (metric == MetricDescriptor.Brier) return ScoreCells.BrierSlot;
            if (metric == MetricDescriptor.Ece) return ScoreCells.EceSlot;
            throw new ArgumentException($"{metric.Name} is not computed from the score cells.", nameof(metric));
        }
    }
}
