using AiFactory.Core.Baseline;
using AiFactory.Core.Fairness;
using AiFactory.Core.Metrics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.Baseline;

/// <summary>The paired DeLong variance against a hand computation, an independent implementation and the single-model DeLong.</summary>
public sealed class PairedDeLongTests
{
    [Fact]
    public void Two_positives_and_two_negatives_give_the_variance_computed_by_hand()
    {
        // Positives (rows 0, 1) and negatives (rows 2, 3).
        // Model 1 scores 0.9, 0.6 | 0.7, 0.2: placements of the positives 2/2, 1/2 (AUC 0.75), of the negatives 1/2, 2/2.
        // Model 2 scores 0.8, 0.3 | 0.4, 0.35: placements of the positives 2/2, 0/2 (AUC 0.5), of the negatives 1/2, 1/2.
        // Differences of placements: positives 0, 1/2 (mean 1/4, sample variance 2 · (1/4)² / 1 = 1/8);
        // negatives 0, 1/2 (the same). Var(AUC1 − AUC2) = (1/8)/2 + (1/8)/2 = 1/8.
        bool[] labels = { true, true, false, false };
        double variance = PairedDeLong.DifferenceVariance(labels, new[] { 0.9, 0.6, 0.7, 0.2 }, new[] { 0.8, 0.3, 0.4, 0.35 }, out double auc1, out double auc2);
        Assert.Equal(0.75, auc1, 15);
        Assert.Equal(0.5, auc2, 15);
        Assert.Equal(0.125, variance, 15);
    }

    // The rows and the figures printed by a short stdlib Python script, run once: the paper's definitions by brute force
    // with exact fractions (V10 and V01 from the kernel ψ over every pair, S10 and S01 the 2 × 2 sample covariance
    // matrices, Var = L(S10/m + S01/n)Lᵀ with L = (1, −1)), z = 1.959963984540054. It printed
    // auc1 103/126, auc2 55/63, var1 1175/95256, var2 151/21168, cov 247/127008, varDiff 53/3402,
    // interval95 -0.3001907129396342 0.1890796018285231.
    private static readonly bool[] Labels = { true, false, true, true, false, false, true, false, false, true, false, true, false, false, true, false };
    private static readonly double[] First = { 0.9, 0.4, 0.7, 0.4, 0.2, 0.6, 0.8, 0.1, 0.4, 0.3, 0.5, 0.9, 0.3, 0.7, 0.6, 0.2 };
    private static readonly double[] Second = { 0.8, 0.5, 0.5, 0.6, 0.1, 0.5, 0.9, 0.3, 0.2, 0.5, 0.4, 0.7, 0.6, 0.2, 0.4, 0.3 };

    [Fact]
    public void Tied_scores_give_the_figures_of_an_independent_brute_force_implementation()
    {
        double variance = PairedDeLong.DifferenceVariance(Labels, First, Second, out double auc1, out double auc2);
        Assert.Equal(103.0 / 126, auc1, 14);
        Assert.Equal(55.0 / 63, auc2, 14);
        Assert.Equal(53.0 / 3402, variance, 14);

        // The interval the gates would read: the same ends up to the normal quantile's approximation (1.2e-9).
        var current = new PairedScores("current.csv", Labels, First, new bool[16]);
        var baseline = new PairedScores("baseline.csv", Labels, Second, new bool[16]);
        PairedDifference auc = PairedDifference.Estimate(MetricDescriptor.Auc, current, baseline, null, 0.95, 1000, 1);
        Assert.Equal(103.0 / 126 - 55.0 / 63, auc.Difference!.Value, 14);
        Assert.Equal(-0.3001907129396342, auc.Interval!.Lower!.Value, 8);
        Assert.Equal(0.1890796018285231, auc.Interval.Upper!.Value, 8);
        Assert.Equal(Interval.DeLongMethod, auc.Interval.Method);

        // Lower is not better for auc: the improvement is the difference, the worsening its mirror image.
        Assert.Equal(auc.Interval.Lower, auc.ImprovementInterval!.Lower);
        Assert.Equal(-auc.Interval.Upper, auc.WorseningInterval!.Lower);
    }

    [Fact]
    public void Each_models_own_variance_is_the_single_sample_delong_and_the_same_model_differs_by_nothing()
    {
        // Against a model that scores every row alike (AUC ½, every placement ½), the variance of the difference is the first model's own.
        double[] constant = Enumerable.Repeat(0.5, Labels.Length).ToArray();
        double variance = PairedDeLong.DifferenceVariance(Labels, First, constant, out double auc, out double half);
        DeLongAuc.Compute(First, Labels, null, 1, out double?[] single, out double?[] singleVariance);
        Assert.Equal(single[0]!.Value, auc, 14);
        Assert.Equal(RocAuc.Compute(Labels, First)!.Value, auc, 14);
        Assert.Equal(0.5, half);
        Assert.Equal(singleVariance[0]!.Value, variance, 14);
        Assert.Equal(1175.0 / 95256, variance, 14);

        Assert.Equal(0, PairedDeLong.DifferenceVariance(Labels, First, First, out _, out _));
    }

    [Fact]
    public void Fewer_than_two_of_a_class_leave_no_interval()
    {
        bool[] labels = { true, false, false };
        var current = new PairedScores("current.csv", labels, new[] { 0.9, 0.2, 0.3 }, new bool[3]);
        var baseline = new PairedScores("baseline.csv", labels, new[] { 0.8, 0.1, 0.9 }, new bool[3]);
        PairedDifference auc = PairedDifference.Estimate(MetricDescriptor.Auc, current, baseline, null, 0.95, 1000, 1);
        Assert.Null(auc.Interval);
        Assert.Equal(0.5, auc.Difference!.Value, 15);
        Assert.Contains("fewer than two positives or two negatives", auc.Unavailable);
    }
}
