using AiFactory.Core.Business;
using AiFactory.Core.Fairness;
using AiFactory.Core.Metrics;
using AiFactory.Core.Tests.Fairness;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.Metrics;

/// <summary>
/// The intervals of the whole test set's figures: DeLong's for auc, and count bootstraps that draw what resampling
/// the rows would — checked against a naive row-resampling bootstrap on small data.
/// </summary>
public class MetricIntervalsTests
{
    private static readonly CostMatrix Costs = new() { FalsePositive = 500, FalseNegative = 120 };

    private static readonly (bool[] Labels, double[] Scores) Small = ScoredSample.Draw(400, 11, a: -0.6, b: 1.2);

    private static readonly BinaryMetrics SmallMetrics = BinaryMetricsCalculator.FromScores(Small.Labels, Small.Scores, 0.5);

    private static IReadOnlyDictionary<MetricDescriptor, Interval> All(BinaryMetrics metrics, int resamples = 1000, int seed = 42) =>
        MetricIntervals.Estimate(metrics, Costs, MetricDescriptor.All, 0.95, resamples, seed);

    /// <summary>Every figure's value in each of <paramref name="resamples"/> row resamples.</summary>
    private static Dictionary<MetricDescriptor, double[]> NaiveRowBootstrap(int resamples, int seed)
    {
        var random = new Random(seed);
        int n = Small.Labels.Length;
        var values = MetricDescriptor.All.Where(m => m.Basis != MetricBasis.Ranks).ToDictionary(m => m, _ => new double[resamples]);
        var labels = new bool[n];
        var scores = new double[n];
        for (int b = 0; b < resamples; b++)
        {
            for (int i = 0; i < n; i++)
            {
                int row = random.Next(n);
                labels[i] = Small.Labels[row];
                scores[i] = Small.Scores[row];
            }

            BinaryMetrics m = BinaryMetricsCalculator.FromScores(labels, scores, 0.5);
            foreach (MetricDescriptor metric in values.Keys)
            {
                values[metric][b] = metric.IsOverallMetric ? m.Get(metric) ?? double.NaN : ExpectedCost.Per1000(Costs, m.Confusion);
            }
        }

        return values;
    }

    [Fact]
    public void Auc_has_DeLongs_interval()
    {
        Interval auc = All(SmallMetrics)[MetricDescriptor.Auc];
        Assert.Equal(Interval.DeLongMethod, auc.Method);
        Assert.Equal(NaiveDeLong.Variance(Small.Labels, Small.Scores), SmallMetrics.AucVariance!.Value, 12);
        Interval expected = NormalDistribution.AucInterval(SmallMetrics.Auc!.Value, SmallMetrics.AucVariance.Value, 0.95);
        Assert.Equal((expected.Lower, expected.Upper), (auc.Lower, auc.Upper));
        Assert.True(auc.Lower < SmallMetrics.Auc && SmallMetrics.Auc < auc.Upper);
    }

    [Fact]
    public void Every_other_figure_has_a_bias_corrected_bootstrap_interval_around_its_value()
    {
        IReadOnlyDictionary<MetricDescriptor, Interval> intervals = All(SmallMetrics);
        Assert.Equal(MetricDescriptor.All.Count, intervals.Count);
        foreach (MetricDescriptor metric in MetricDescriptor.All.Where(m => m.Basis != MetricBasis.Ranks))
        {
            Interval interval = intervals[metric];
            Assert.Equal((Interval.BiasCorrectedMethod, 1000, 0), (interval.Method, interval.Resamples!.Value, interval.UndefinedResamples!.Value));
            double value = metric.IsOverallMetric ? SmallMetrics.Get(metric)!.Value : ExpectedCost.Per1000(Costs, SmallMetrics.Confusion);
            Assert.True(interval.Lower < value && value < interval.Upper, $"{metric.Name} {value} outside [{interval.Lower}, {interval.Upper}]");
        }
    }

    [Fact]
    public void The_count_bootstraps_agree_with_a_naive_row_resampling_bootstrap()
    {
        const int resamples = 4000;
        Dictionary<MetricDescriptor, double[]> naive = NaiveRowBootstrap(resamples, 3);
        IReadOnlyDictionary<MetricDescriptor, Interval> fast = All(SmallMetrics, resamples);
        foreach ((MetricDescriptor metric, double[] values) in naive)
        {
            double estimate = metric.IsOverallMetric ? SmallMetrics.Get(metric)!.Value : ExpectedCost.Per1000(Costs, SmallMetrics.Confusion);
            Interval slow = BiasCorrectedInterval.Of(values, estimate, 0.95);
            // The quantiles of 4,000 resamples move by about a tenth of the spread between two runs; the cost is in its
            // own unit (about 1,000 times a rate's).
            double spread = slow.Upper!.Value - slow.Lower!.Value;
            Assert.True(Math.Abs(fast[metric].Lower!.Value - slow.Lower.Value) < 0.1 * spread, $"{metric.Name} lower {fast[metric].Lower} vs {slow.Lower}");
            Assert.True(Math.Abs(fast[metric].Upper!.Value - slow.Upper.Value) < 0.1 * spread, $"{metric.Name} upper {fast[metric].Upper} vs {slow.Upper}");
        }
    }

    [Fact]
    public void Many_rows_per_cell_draw_binomials_per_cell_and_narrow_the_interval_as_the_square_root_of_the_rows()
    {
        // The small sample's cells with 50 times their rows (n 20,000: a binomial per cell, not a draw per row): the
        // same figures, intervals √50 times narrower.
        ScoreCells cells = SmallMetrics.ScoreCells!;
        long[] counts = cells.Counts.Select(c => c * 50).ToArray();
        var scaled = new ScoreCells(cells.EceBins, cells.Positive, counts, cells.ScoreSums.Select(v => v * 50).ToArray(),
            cells.SquaredErrorSums.Select(v => v * 50).ToArray(), cells.LogLossSums.Select(v => v * 50).ToArray());
        Assert.True(scaled.Total >= 20 * scaled.Count);
        BinaryMetrics large = BinaryMetricsCalculator.Build(SmallMetrics.Confusion, 0.5, true, null, null);
        large.ScoreCells = scaled;
        MetricDescriptor[] scored = { MetricDescriptor.LogLoss, MetricDescriptor.Brier };
        IReadOnlyDictionary<MetricDescriptor, Interval> wide = MetricIntervals.Estimate(SmallMetrics, null, scored, 0.95, 4000, 5);
        IReadOnlyDictionary<MetricDescriptor, Interval> narrow = MetricIntervals.Estimate(large, null, scored, 0.95, 4000, 5);
        foreach (MetricDescriptor metric in scored)
        {
            double ratio = (narrow[metric].Upper!.Value - narrow[metric].Lower!.Value) / (wide[metric].Upper!.Value - wide[metric].Lower!.Value);
            Assert.InRange(ratio, 0.9 / Math.Sqrt(50), 1.1 / Math.Sqrt(50));
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_intervals_and_each_bootstrap_has_its_own_stream()
    {
        IReadOnlyDictionary<MetricDescriptor, Interval> a = All(SmallMetrics), b = All(SmallMetrics);
        IReadOnlyDictionary<MetricDescriptor, Interval> other = All(SmallMetrics, seed: 43);
        foreach (MetricDescriptor metric in MetricDescriptor.All)
        {
            Assert.Equal((a[metric].Lower, a[metric].Upper), (b[metric].Lower, b[metric].Upper));
        }

        Assert.NotEqual(a[MetricDescriptor.Accuracy].Lower, other[MetricDescriptor.Accuracy].Lower);
        Assert.NotEqual(a[MetricDescriptor.Brier].Lower, other[MetricDescriptor.Brier].Lower);

        // Asking for one figure alone gives the interval it has among all of them.
        Interval brier = MetricIntervals.Estimate(SmallMetrics, null, new[] { MetricDescriptor.Brier }, 0.95, 1000, 42)[MetricDescriptor.Brier];
        Interval recall = MetricIntervals.Estimate(SmallMetrics, null, new[] { MetricDescriptor.Recall }, 0.95, 1000, 42)[MetricDescriptor.Recall];
        Assert.Equal((a[MetricDescriptor.Brier].Lower, a[MetricDescriptor.Brier].Upper), (brier.Lower, brier.Upper));
        Assert.Equal((a[MetricDescriptor.Recall].Lower, a[MetricDescriptor.Recall].Upper), (recall.Lower, recall.Upper));
    }

    [Fact]
    public void Without_scores_or_costs_a_figure_has_no_interval()
    {
        BinaryMetrics labelsOnly = BinaryMetricsCalculator.FromPredictions(Small.Labels, Small.Scores.Select(s => s >= 0.5).ToArray());
        IReadOnlyDictionary<MetricDescriptor, Interval> intervals = MetricIntervals.Estimate(labelsOnly, null, MetricDescriptor.All, 0.95, 1000, 42);
        Assert.Equal(new[] { "accuracy", "f1", "precision", "recall" }, intervals.Keys.Select(m => m.Name).OrderBy(n => n));
    }

    [Fact]
    public void A_resample_where_a_figure_is_undefined_is_counted()
    {
        // 3 predicted positives in 60 rows: some resamples predict none, and precision is undefined there.
        BinaryMetrics metrics = BinaryMetricsCalculator.Build(new ConfusionCounts(2, 1, 50, 7), 0.5, hasScores: false, auc: null, logLoss: null);
        Interval precision = MetricIntervals.Estimate(metrics, null, new[] { MetricDescriptor.Precision }, 0.95, 2000, 1)[MetricDescriptor.Precision];
        // P(no predicted positive in 60 draws) = (57/60)^60 ≈ 4.6%: about 92 of 2,000.
        Assert.InRange(precision.UndefinedResamples!.Value, 60, 130);
    }
}
