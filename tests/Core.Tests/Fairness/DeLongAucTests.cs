using AiFactory.Core.Fairness;
using AiFactory.Core.Metrics;

namespace AiFactory.Core.Tests.Fairness;

/// <summary>DeLong's AUC and variance from one ordering, against the O(m·n) definition, ties included.</summary>
public class DeLongAucTests
{
    [Fact]
    public void Every_groups_auc_and_variance_equal_the_naive_computation_with_ties()
    {
        var random = new Random(5);
        int rows = 3000;
        var labels = new bool[rows];
        var scores = new double[rows];
        var groups = new int[rows];
        for (int i = 0; i < rows; i++)
        {
            groups[i] = random.Next(3);
            labels[i] = random.NextDouble() < 0.3 + 0.1 * groups[i];
            // Scores rounded to 2 decimals: many ties, within and across groups and classes.
            scores[i] = Math.Round(Math.Clamp(0.5 + (labels[i] ? 0.15 : -0.1) + 0.2 * (random.NextDouble() - 0.5) * (1 + groups[i]), 0, 1), 2);
        }

        DeLongAuc.Compute(scores, labels, groups, 3, out double?[] auc, out double?[] variance);
        for (int g = 0; g < 3; g++)
        {
            bool[] l = labels.Where((_, i) => groups[i] == g).ToArray();
            double[] s = scores.Where((_, i) => groups[i] == g).ToArray();
            Assert.Equal(RocAuc.Compute(l, s), auc[g]); // exactly the overall metric's figure
            double expected = NaiveDeLong.Variance(l, s);
            Assert.Equal(expected, variance[g]!.Value, Math.Max(expected * 1e-9, 1e-15));
        }

        DeLongAuc.Compute(scores, labels, null, 1, out double?[] overall, out double?[] overallVariance);
        Assert.Equal(RocAuc.Compute(labels, scores), overall[0]);
        Assert.Equal(NaiveDeLong.Variance(labels, scores), overallVariance[0]!.Value, 1e-12);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(50_000)]
    [InlineData(300_000)]
    public void The_order_is_ascending_and_stable_for_any_doubles(int rows)
    {
        var random = new Random(rows);
        double[] scores = Enumerable.Range(0, rows).Select(i => i % 7 switch
        {
            0 => Math.Round(random.NextDouble(), 2),        // many ties
            1 => -random.NextDouble() * 1e6,                // negatives
            2 => i % 2 == 0 ? 0.0 : -0.0,                   // both zeros
            3 => double.MaxValue * random.NextDouble(),
            _ => random.NextDouble(),
        }).ToArray();

        int[] order = DeLongAuc.Order(scores);
        int[] expected = Enumerable.Range(0, rows).OrderBy(i => scores[i]).ToArray(); // LINQ's sort is stable
        Assert.Equal(expected, order);
    }

    [Theory]
    [InlineData(false)] // short runs of distinct scores that agree in their top bits: put in order one by one
    [InlineData(true)]  // and one long run of them in no order: sorted run by run
    public void Scores_that_differ_only_in_their_last_bits_are_ordered_and_tied_exactly(bool longRun)
    {
        // k·2^-45 differs from the rest far below the 32 bits the radix passes look at.
        var random = new Random(longRun ? 3 : 2);
        int rows = 8000;
        double[] scores = Enumerable.Range(0, rows)
            .Select(i => longRun && i % 2 == 0
                ? 0.5 + random.Next(1000) * Math.Pow(2, -45)
                : 0.25 + i % 500 * Math.Pow(2, -12) + random.Next(2) * Math.Pow(2, -45))
            .ToArray();
        bool[] labels = scores.Select(s => random.NextDouble() < (s > 0.45 ? 0.7 : 0.3)).ToArray();

        Assert.Equal(Enumerable.Range(0, rows).OrderBy(i => scores[i]).ToArray(), DeLongAuc.Order(scores));
        DeLongAuc.Compute(scores, labels, null, 1, out double?[] auc, out double?[] variance);
        Assert.Equal(RocAuc.Compute(labels, scores), auc[0]);
        Assert.Equal(NaiveDeLong.Variance(labels, scores), variance[0]!.Value, 1e-12);
    }

    [Fact]
    public void Hand_computed_example()
    {
        // Positives 0.9, 0.6, 0.4; negatives 0.7, 0.3. Placements V10 = 1, 0.5, 0.5; V01 = 1/3, 1. AUC = 2/3.
        // S10 = var(1, .5, .5) = 1/12; S01 = var(1/3, 1) = 2/9; Var = (1/12)/3 + (2/9)/2 = 1/36 + 1/9 = 5/36.
        bool[] labels = { true, true, true, false, false };
        double[] scores = { 0.9, 0.6, 0.4, 0.7, 0.3 };
        DeLongAuc.Compute(scores, labels, null, 1, out double?[] auc, out double?[] variance);
        Assert.Equal(2.0 / 3, auc[0]!.Value, 15);
        Assert.Equal(5.0 / 36, variance[0]!.Value, 15);
    }

    [Fact]
    public void A_group_without_a_class_has_no_auc_and_one_with_a_single_positive_no_variance()
    {
        bool[] labels = { true, false, false, false, false, true };
        double[] scores = { 0.9, 0.1, 0.2, 0.3, 0.8, 0.7 };
        int[] groups = { 0, 0, 0, 1, 1, 2 };
        DeLongAuc.Compute(scores, labels, groups, 3, out double?[] auc, out double?[] variance);
        Assert.Equal(1.0, auc[0]);
        Assert.Null(variance[0]);   // one positive: its placements have no sample variance
        Assert.Null(auc[1]);         // negatives only
        Assert.Null(auc[2]);         // a positive only
    }

    [Fact]
    public void Interval_is_auc_plus_minus_z_standard_errors_clipped_to_0_1()
    {
        Interval interval = NormalDistribution.AucInterval(0.8, 0.0004, 0.95);
        Assert.Equal(0.8 - 1.959963984540054 * 0.02, interval.Lower!.Value, 1e-8);
        Assert.Equal(0.8 + 1.959963984540054 * 0.02, interval.Upper!.Value, 1e-8);
        Assert.Equal(Interval.DeLongMethod, interval.Method);
        Assert.Equal(1.0, NormalDistribution.AucInterval(0.99, 0.01, 0.95).Upper);
        Assert.Equal(1.6448536269514722, NormalDistribution.Quantile(0.95), 1e-8);
        Assert.Equal(-2.5758293035489004, NormalDistribution.Quantile(0.005), 1e-8);
    }
}
