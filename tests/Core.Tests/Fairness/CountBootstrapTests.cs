using AiFactory.Core.Fairness;
using AiFactory.Core.Metrics;

namespace AiFactory.Core.Tests.Fairness;

/// <summary>
/// The count bootstrap draws what resampling the rows would: compared with a naive row-resampling bootstrap
/// (stratified by group, sizes fixed) on small data, the intervals agree within Monte Carlo error.
/// </summary>
public class CountBootstrapTests
{
    // Two small groups: A (n 60) and B (n 40), the cells TP, FP, TN, FN.
    private static readonly (string Name, int Tp, int Fp, int Tn, int Fn)[] Cells = { ("A", 14, 8, 30, 8), ("B", 6, 2, 26, 6) };

    private static GroupCounts[] Groups() =>
        Cells.Select(c => new GroupCounts(c.Name, new ConfusionCounts(c.Tp, c.Fp, c.Tn, c.Fn), null, null)).ToArray();

    private static DisparityStatistics Statistics(GroupCounts[] groups) =>
        new(groups.Select(g => GroupAdequacy.Of(g.Confusion, 20, 5)).ToArray(), reference: 0);

    /// <summary>Resamples each group's rows with replacement and computes the same statistics.</summary>
    private static double[][] NaiveRowBootstrap(GroupCounts[] groups, DisparityStatistics statistics, int resamples, int seed)
    {
        var random = new Random(seed);
        var rows = groups.Select(g => Enumerable.Repeat(0, (int)g.Confusion.TruePositives).Concat(Enumerable.Repeat(1, (int)g.Confusion.FalsePositives))
            .Concat(Enumerable.Repeat(2, (int)g.Confusion.TrueNegatives)).Concat(Enumerable.Repeat(3, (int)g.Confusion.FalseNegatives)).ToArray()).ToArray();
        var result = new double[statistics.Size][];
        for (int s = 0; s < result.Length; s++) result[s] = new double[resamples];
        var cells = new long[4 * groups.Length];
        var values = new double[statistics.Size];
        for (int b = 0; b < resamples; b++)
        {
            Array.Clear(cells);
            for (int g = 0; g < groups.Length; g++)
            {
                for (int i = 0; i < rows[g].Length; i++) cells[4 * g + rows[g][random.Next(rows[g].Length)]]++;
            }

            statistics.Compute(cells, values);
            for (int s = 0; s < values.Length; s++) result[s][b] = values[s];
        }

        return result;
    }

    [Fact]
    public void Intervals_agree_with_a_naive_row_resampling_bootstrap()
    {
        GroupCounts[] groups = Groups();
        DisparityStatistics statistics = Statistics(groups);
        const int resamples = 20_000;
        double[][] fast = CountBootstrap.Resample(groups, statistics, resamples, new Xoshiro256StarStar(1));
        double[][] naive = NaiveRowBootstrap(groups, statistics, resamples, 2);

        var checkedStatistics = new List<int>
        {
            statistics.GroupRateIndex(0, GroupRate.SelectionRate), statistics.GroupRateIndex(1, GroupRate.Tpr),
            statistics.GroupRateIndex(1, GroupRate.Fpr), statistics.OverallRateIndex(GroupRate.Accuracy),
        };
        checkedStatistics.AddRange(Disparity.All().Where(statistics.IsComputable).Select(statistics.DisparityIndex));
        Assert.Equal(4 + Disparity.Count, checkedStatistics.Count);
        foreach (int s in checkedStatistics)
        {
            Interval a = PercentileInterval.Of((double[])fast[s].Clone(), 0.95), b = PercentileInterval.Of((double[])naive[s].Clone(), 0.95);
            Assert.True(Math.Abs(a.Lower!.Value - b.Lower!.Value) < 0.02 && Math.Abs(a.Upper!.Value - b.Upper!.Value) < 0.02,
                $"statistic {s}: count bootstrap {a.Lower:F4}–{a.Upper:F4}, row bootstrap {b.Lower:F4}–{b.Upper:F4}");
            double meanA = fast[s].Where(v => !double.IsNaN(v)).Average(), meanB = naive[s].Where(v => !double.IsNaN(v)).Average();
            Assert.True(Math.Abs(meanA - meanB) < 0.005, $"statistic {s}: means {meanA:F4} and {meanB:F4}");
        }
    }

    [Fact]
    public void A_groups_resampled_selection_rate_has_the_binomial_mean_and_variance()
    {
        GroupCounts[] groups = Groups();
        DisparityStatistics statistics = Statistics(groups);
        double[] sr = CountBootstrap.Resample(groups, statistics, 40_000, new Xoshiro256StarStar(9))[statistics.GroupRateIndex(0, GroupRate.SelectionRate)];
        double p = 22.0 / 60, mean = sr.Average(), variance = sr.Select(v => (v - mean) * (v - mean)).Sum() / (sr.Length - 1);
        Assert.Equal(p, mean, 0.002);
        Assert.Equal(p * (1 - p) / 60, variance, p * (1 - p) / 60 * 0.03);
    }

    [Fact]
    public void Group_sizes_stay_fixed_in_every_resample()
    {
        GroupCounts[] groups = Groups();
        var statistics = new DisparityStatistics(groups.Select(g => GroupAdequacy.Of(g.Confusion, 1, 1)).ToArray(), -1);
        double[][] samples = CountBootstrap.Resample(groups, statistics, 500, new Xoshiro256StarStar(3));
        // accuracy × n and selection rate × n are whole numbers of at most n rows: the resample has n rows.
        foreach (double accuracy in samples[statistics.GroupRateIndex(1, GroupRate.Accuracy)])
        {
            double correct = accuracy * 40;
            Assert.Equal(Math.Round(correct), correct, 9);
            Assert.InRange(correct, 0, 40);
        }
    }

    [Fact]
    public void Undefined_resamples_are_counted_not_dropped_silently()
    {
        // B has one positive: in many resamples it has none, so its true positive rate is undefined.
        var groups = new[]
        {
            new GroupCounts("A", new ConfusionCounts(10, 5, 40, 5), null, null),
            new GroupCounts("B", new ConfusionCounts(1, 3, 36, 0), null, null),
        };
        var statistics = new DisparityStatistics(groups.Select(g => GroupAdequacy.Of(g.Confusion, 10, 1)).ToArray(), -1);
        double[][] samples = CountBootstrap.Resample(groups, statistics, 2000, new Xoshiro256StarStar(4));
        Interval tpr = PercentileInterval.Of(samples[statistics.GroupRateIndex(1, GroupRate.Tpr)], 0.95);
        Interval eod = PercentileInterval.Of(samples[statistics.DisparityIndex(Disparity.EqualOpportunityDifference)], 0.95);

        // P(no positive among 40 draws at 1/40) = (39/40)^40 ≈ 0.363.
        Assert.InRange(tpr.UndefinedResamples!.Value, 0.33 * 2000, 0.40 * 2000);
        Assert.Equal(tpr.UndefinedResamples, eod.UndefinedResamples);
        Assert.True(tpr.HasBounds);
        Assert.Equal(2000, tpr.Resamples);
    }

    [Fact]
    public void Estimates_are_seeded_and_an_attribute_keeps_its_intervals_when_another_is_added()
    {
        var sex = new GroupingCounts(new[] { "sex" }, Groups());
        var race = new GroupingCounts(new[] { "race" }, Groups().Reverse().ToArray());
        var one = new FairnessSettings { Attributes = new[] { "sex" }, Resamples = 300, MinGroupSize = 20, MinClassSize = 5 };
        var two = new FairnessSettings { Attributes = new[] { "sex", "race" }, Resamples = 300, MinGroupSize = 20, MinClassSize = 5 };

        string a = UncertaintyEstimator.Estimate(new GroupedCounts(null, new[] { sex }), one, "f", "e").ToJson();
        string b = UncertaintyEstimator.Estimate(new GroupedCounts(null, new[] { sex }), one, "f", "e").ToJson();
        Assert.Equal(a, b);

        UncertaintyRecord both = UncertaintyEstimator.Estimate(new GroupedCounts(null, new[] { sex, race }), two, "f", "e");
        UncertaintyRecord alone = UncertaintyEstimator.Estimate(new GroupedCounts(null, new[] { sex }), one, "f", "e");
        Assert.Equal(alone.Find("sex")!.Disparities[Disparity.DemographicParityRatio].Lower, both.Find("sex")!.Disparities[Disparity.DemographicParityRatio].Lower);

        var otherSeed = new FairnessSettings { Attributes = new[] { "sex" }, Resamples = 300, MinGroupSize = 20, MinClassSize = 5, Seed = 7 };
        Assert.NotEqual(alone.Find("sex")!.GroupRateIntervals[0][GroupRate.SelectionRate.Index].Lower.ToString() + alone.Find("sex")!.Disparities[Disparity.DemographicParityRatio].Upper,
            UncertaintyEstimator.Estimate(new GroupedCounts(null, new[] { sex }), otherSeed, "f", "e") is var other
                ? other.Find("sex")!.GroupRateIntervals[0][GroupRate.SelectionRate.Index].Lower.ToString() + other.Find("sex")!.Disparities[Disparity.DemographicParityRatio].Upper
                : "");
    }
}
