using AiFactory.Core.Baseline;
using AiFactory.Core.Business;
using AiFactory.Core.Fairness;
using AiFactory.Core.Metrics;
using AiFactory.Manifest.Model;
using Xunit.Abstractions;

namespace AiFactory.Core.Tests.Baseline;

/// <summary>
/// The paired difference of every metric: measured as the metric gates measure each model, deterministic for a seed,
/// covering the true difference of two correlated models about 95% of the time over 200 seeds, and narrower than two
/// unpaired intervals. The coverage figures docs/metrics.md reports are printed to the test output.
/// </summary>
public sealed class PairedDifferenceTests(ITestOutputHelper output)
{
    private static readonly CostMatrix Costs = new() { FalsePositive = 500, FalseNegative = 120 };

    private static double Figure(BinaryMetrics metrics, MetricDescriptor metric) =>
        metric.IsOverallMetric ? metrics.Get(metric) ?? double.NaN : ExpectedCost.Per1000(Costs, metrics.Confusion);

    [Fact]
    public void Each_figure_is_the_one_the_build_measures_and_the_interval_depends_only_on_the_seed()
    {
        (PairedScores current, PairedScores baseline) = PairedSample.Draw(1000, 7);
        BinaryMetrics now = PairedSample.Metrics(current), before = PairedSample.Metrics(baseline);
        foreach (MetricDescriptor metric in MetricDescriptor.All)
        {
            PairedDifference d = PairedDifference.Estimate(metric, current, baseline, Costs, 0.95, 200, 42);
            Assert.Equal(Figure(now, metric), d.Current!.Value, 1e-9 * Math.Max(1, Math.Abs(d.Current.Value)));
            Assert.Equal(Figure(before, metric), d.Baseline!.Value, 1e-9 * Math.Max(1, Math.Abs(d.Baseline.Value)));
            Assert.True(d.Interval!.HasBounds, metric.Name);
            Assert.Null(d.Unavailable);
            Assert.InRange(d.Difference!.Value, d.Interval.Lower!.Value, d.Interval.Upper!.Value);
            Assert.Equal(metric == MetricDescriptor.Auc ? Interval.DeLongMethod : Interval.BiasCorrectedMethod, d.Interval.Method);

            PairedDifference again = PairedDifference.Estimate(metric, current, baseline, Costs, 0.95, 200, 42);
            Assert.Equal((d.Interval.Lower, d.Interval.Upper), (again.Interval!.Lower, again.Interval.Upper));
            if (metric != MetricDescriptor.Auc)
            {
                PairedDifference other = PairedDifference.Estimate(metric, current, baseline, Costs, 0.95, 200, 43);
                Assert.NotEqual((d.Interval.Lower, d.Interval.Upper), (other.Interval!.Lower, other.Interval.Upper));
                Assert.Equal(200, d.Interval.Resamples);
            }

            // The improvement and the worsening read the same interval, in the metric's direction.
            Interval improvement = d.ImprovementInterval!, worsening = d.WorseningInterval!;
            Assert.Equal(metric.LowerIsBetter ? -d.Interval.Upper : d.Interval.Lower, improvement.Lower);
            Assert.Equal(-improvement.Upper, worsening.Lower);
        }
    }

    [Fact]
    public void A_model_against_itself_differs_by_exactly_nothing_in_every_resample()
    {
        (PairedScores current, _) = PairedSample.Draw(500, 3);
        var copy = new PairedScores("baseline.csv", current.Labels, current.Scores, current.Predicted);
        foreach (MetricDescriptor metric in MetricDescriptor.All)
        {
            PairedDifference d = PairedDifference.Estimate(metric, current, copy, Costs, 0.95, 100, 1);
            Assert.Equal((0.0, 0.0, 0.0), (d.Difference!.Value, d.Interval!.Lower!.Value, d.Interval.Upper!.Value));
        }
    }

    [Fact]
    public void A_baseline_of_labels_only_has_a_paired_interval_of_the_rates_and_none_of_the_score_metrics()
    {
        (PairedScores current, PairedScores scored) = PairedSample.Draw(400, 5);
        var labelsOnly = new PairedScores("baseline.csv", scored.Labels, null, scored.Predicted);
        Assert.True(PairedDifference.Estimate(MetricDescriptor.Recall, current, labelsOnly, null, 0.95, 100, 1).Interval!.HasBounds);
        foreach (MetricDescriptor metric in new[] { MetricDescriptor.Auc, MetricDescriptor.LogLoss, MetricDescriptor.Brier, MetricDescriptor.Ece })
        {
            PairedDifference d = PairedDifference.Estimate(metric, current, labelsOnly, null, 0.95, 100, 1);
            Assert.Null(d.Interval);
            Assert.Null(d.Difference);
            Assert.Equal($"the baseline's rows have no scores ({metric.Name} needs them)", d.Unavailable);
        }
    }

    [Fact]
    public void Precision_undefined_for_one_model_leaves_no_interval_and_says_why()
    {
        bool[] labels = { true, true, false, false, true, false };
        var current = new PairedScores("current.csv", labels, null, new bool[6]);
        var baseline = new PairedScores("baseline.csv", labels, null, new[] { true, false, false, true, true, false });
        PairedDifference d = PairedDifference.Estimate(MetricDescriptor.Precision, current, baseline, null, 0.95, 100, 1);
        Assert.Null(d.Interval);
        Assert.Null(d.Current);
        Assert.Equal(2.0 / 3, d.Baseline!.Value, 15);
        Assert.Equal("precision is undefined on the test rows of this model", d.Unavailable);
    }

    private const int Seeds = 200;

    [Fact]
    public void The_paired_intervals_cover_the_true_difference_of_two_correlated_models()
    {
        (PairedScores truthCurrent, PairedScores truthBaseline) = PairedSample.Draw(1_000_000, 20261207);
        BinaryMetrics trueNow = PairedSample.Metrics(truthCurrent), trueBefore = PairedSample.Metrics(truthBaseline);
        var covered = MetricDescriptor.All.ToDictionary(m => m, _ => 0);
        var pairedWidth = MetricDescriptor.All.ToDictionary(m => m, _ => 0.0);
        var unpairedWidth = MetricDescriptor.All.ToDictionary(m => m, _ => 0.0);
        for (int seed = 0; seed < Seeds; seed++)
        {
            (PairedScores current, PairedScores baseline) = PairedSample.Draw(1000, 1_000_003UL * 7 + (ulong)seed);
            BinaryMetrics now = PairedSample.Metrics(current), before = PairedSample.Metrics(baseline);
            IReadOnlyDictionary<MetricDescriptor, Interval> alone = MetricIntervals.Estimate(now, Costs, MetricDescriptor.All, 0.95, 1000, seed);
            IReadOnlyDictionary<MetricDescriptor, Interval> aloneBefore = MetricIntervals.Estimate(before, Costs, MetricDescriptor.All, 0.95, 1000, seed);
            foreach (MetricDescriptor metric in MetricDescriptor.All)
            {
                Interval interval = PairedDifference.Estimate(metric, current, baseline, Costs, 0.95, 1000, seed).Interval!;
                double truth = Figure(trueNow, metric) - Figure(trueBefore, metric);
                if (interval.Lower <= truth && truth <= interval.Upper) covered[metric]++;
                pairedWidth[metric] += (interval.Upper!.Value - interval.Lower!.Value) / Seeds;

                // Two intervals taken as independent: the half-widths add in quadrature.
                double a = alone[metric].Upper!.Value - alone[metric].Lower!.Value, b = aloneBefore[metric].Upper!.Value - aloneBefore[metric].Lower!.Value;
                unpairedWidth[metric] += Math.Sqrt(a * a + b * b) / Seeds;
            }
        }

        output.WriteLine($"{Seeds} seeds of 1,000 rows; 95% paired intervals of current − baseline");
        output.WriteLine("| figure | true difference | coverage | mean width, paired | mean width, unpaired |");
        foreach (MetricDescriptor metric in MetricDescriptor.All)
        {
            double truth = Figure(trueNow, metric) - Figure(trueBefore, metric);
            output.WriteLine($"| `{metric.Name}` | {truth:G4} | {100.0 * covered[metric] / Seeds:F1}% | {pairedWidth[metric]:G3} | {unpairedWidth[metric]:G3} |");
        }

        foreach (MetricDescriptor metric in MetricDescriptor.All)
        {
            double coverage = (double)covered[metric] / Seeds;
            // 200 seeds measure a 95% coverage to about ±1.5 points: 90% to 99% is the promise. ece is the exception
            // docs/metrics.md explains: its estimate is biased, and so is a difference of two.
            if (metric == MetricDescriptor.Ece) continue;
            Assert.InRange(coverage, 0.90, 0.99);

            // Correlated models: the paired interval is much narrower than the two intervals taken together.
            Assert.True(pairedWidth[metric] < 0.8 * unpairedWidth[metric], $"{metric.Name}: paired {pairedWidth[metric]} vs unpaired {unpairedWidth[metric]}");
        }
    }
}
