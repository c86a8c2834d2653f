using System;
using AiFactory.Core.Business;
using AiFactory.Core.Fairness;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Baseline
{
    /// <summary>
    /// A metric of this model against the baseline's on the same test rows: both figures, their difference
    /// (current − baseline) and its confidence interval from the rows of both, so that the correlation of the two models
    /// narrows it. auc: the paired DeLong interval, difference ± z·√Var (<see cref="PairedDeLong"/>), clipped to [−1, 1];
    /// every other metric: the paired bootstrap stratified by label, bias-corrected (<see cref="PairedBootstrap"/>).
    /// </summary>
    internal sealed class PairedDifference
    {
        private PairedDifference(MetricDescriptor metric, double current, double baseline, Interval? interval, string? unavailable)
        {
            Metric = metric;
            Current = double.IsNaN(current) ? (double?)null : current;
            Baseline = double.IsNaN(baseline) ? (double?)null : baseline;
            Interval = interval;
            Unavailable = unavailable;
        }

        /// <summary>The metric.</summary>
        public MetricDescriptor Metric { get; }

        /// <summary>This model's figure on the rows; null when undefined or not measurable (no scores).</summary>
        public double? Current { get; }

        /// <summary>The baseline's figure on the rows; null when undefined or not measurable (no scores).</summary>
        public double? Baseline { get; }

        /// <summary>current − baseline; null when either is.</summary>
        public double? Difference => Current - Baseline;

        /// <summary>The interval of current − baseline; null when none could be formed (see <see cref="Unavailable"/>).</summary>
        public Interval? Interval { get; }

        /// <summary>Why there is no interval, as a clause ("the baseline's rows have no scores"); null when there is one.</summary>
        public string? Unavailable { get; }

        /// <summary>
        /// The interval of the improvement (<see cref="Interval"/>, or its mirror image for a metric where lower is
        /// better): what <c>minGain</c> is judged on.
        /// </summary>
        public Interval? ImprovementInterval => Metric.LowerIsBetter ? Negate(Interval) : Interval;

        /// <summary>The interval of the worsening (the mirror image of <see cref="ImprovementInterval"/>): what <c>maxDrop</c> is judged on.</summary>
        public Interval? WorseningInterval => Negate(ImprovementInterval);

        /// <summary>
        /// The paired difference of <paramref name="metric"/> between this model's rows and the baseline's, with its
        /// interval at <paramref name="confidence"/> — the metric gates' level, resamples and seed.
        /// </summary>
        /// <param name="metric">The metric of the baseline gate (one of <see cref="MetricDescriptor.All"/>).</param>
        /// <param name="current">This model's rows (its test-scores.csv).</param>
        /// <param name="baseline">The baseline's rows (the test-scores.csv beside its results.json).</param>
        /// <param name="costs">business.costs, needed for costPer1000 only.</param>
        /// <param name="confidence">The confidence level, in (0, 1).</param>
        /// <param name="resamples">Bootstrap resamples (not used by auc).</param>
        /// <param name="seed">The bootstrap's seed.</param>
        /// <exception cref="AiFactory.Manifest.Diagnostics.DiagnosticException">
        /// <see cref="AiFactory.Manifest.Diagnostics.DiagnosticIds.BaselineNotComparable"/> when the rows differ
        /// (<see cref="PairedScores.RequireSameRows"/>), at the baseline's first differing row.
        /// </exception>
        public static PairedDifference Estimate(MetricDescriptor metric, PairedScores current, PairedScores baseline, CostMatrix? costs,
            double confidence, int resamples, int seed)
        {
            if (metric is null) throw new ArgumentNullException(nameof(metric));
            if (!(confidence > 0 && confidence < 1)) throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "The level must be in (0, 1).");
            PairedScores.RequireSameRows(current, baseline);
            if (metric.NeedsScores && !(current.HasScores && baseline.HasScores))
            {
                string which = !current.HasScores && !baseline.HasScores ? "neither model's rows have scores"
                    : !current.HasScores ? "this model's rows have no scores" : "the baseline's rows have no scores";
                return new PairedDifference(metric, double.NaN, double.NaN, null, $"{which} ({metric.Name} needs them)");
            }

            if (metric.Basis == MetricBasis.Ranks)
            {
                double variance = PairedDeLong.DifferenceVariance(current.Labels, current.Scores!, baseline.Scores!, out double now, out double before);
                if (double.IsNaN(variance))
                {
                    return new PairedDifference(metric, now, before, null, "the test rows have fewer than two positives or two negatives");
                }

                double z = NormalDistribution.Quantile(1 - (1 - confidence) / 2);
                double half = z * Math.Sqrt(Math.Max(0, variance));
                double difference = now - before;
                var interval = new Interval(Math.Max(-1, difference - half), Math.Min(1, difference + half), confidence, Interval.DeLongMethod, null, null);
                return new PairedDifference(metric, now, before, interval, null);
            }

            Interval bootstrap = PairedBootstrap.Of(metric, current, baseline, costs, confidence, resamples, seed, out double currentValue, out double baselineValue);
            if (double.IsNaN(currentValue) || double.IsNaN(baselineValue))
            {
                return new PairedDifference(metric, currentValue, baselineValue, null, $"{metric.Name} is undefined on the test rows of {(double.IsNaN(currentValue) ? "this model" : "the baseline")}");
            }

            if (!bootstrap.HasBounds)
            {
                return new PairedDifference(metric, currentValue, baselineValue, bootstrap, $"{metric.Name} was undefined in more than half the resamples");
            }

            return new PairedDifference(metric, currentValue, baselineValue, bootstrap, null);
        }

        private static Interval? Negate(Interval? interval) =>
            interval is null ? null
                : new Interval(-interval.Upper, -interval.Lower, interval.Level, interval.Method, interval.Resamples, interval.UndefinedResamples);
    }
}
