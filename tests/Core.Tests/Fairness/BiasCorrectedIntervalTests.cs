using AiFactory.Core.Fairness;

namespace AiFactory.Core.Tests.Fairness;

/// <summary>Bias-corrected percentile intervals: z0 from the share below the estimate (ties half), ends at the Φ(2·z0 ± z) quantiles.</summary>
public class BiasCorrectedIntervalTests
{
    private static double[] OneToTen() => Enumerable.Range(1, 10).Select(i => (double)i).Reverse().ToArray();

    [Fact]
    public void Ends_are_read_at_the_quantiles_the_bias_calls_for()
    {
        // Estimate 3 among 1..10: 2 below and 1 tie, share (2 + ½)/10 = 0.25, z0 = Φ⁻¹(0.25) = −0.674490; at level 0.5
        // z = 0.674490, so the ends are the Φ(−2.023469) = 0.0215124 and Φ(−0.674490) = 0.25 quantiles (Python's
        // statistics.NormalDist), interpolated as numpy: 1 + 9·q = 1.193612 and 3.25.
        Interval interval = BiasCorrectedInterval.Of(OneToTen(), 3, 0.5);
        Assert.Equal(1.1936115583, interval.Lower!.Value, 6);
        Assert.Equal(3.25, interval.Upper!.Value, 6);
        Assert.Equal(Interval.BiasCorrectedMethod, interval.Method);
        Assert.Equal(-0.6744897502, BiasCorrectedInterval.Bias(OneToTen(), 10, 3), 6);
    }

    [Fact]
    public void A_balanced_share_gives_exactly_the_percentile_interval()
    {
        // 5 of 10 below 5.5: z0 = 0; and 4 below plus a tie at 5 is 4.5 of 10, not balanced.
        Interval corrected = BiasCorrectedInterval.Of(OneToTen(), 5.5, 0.90);
        Interval percentile = PercentileInterval.Of(OneToTen(), 0.90);
        Assert.Equal((percentile.Lower, percentile.Upper), (corrected.Lower, corrected.Upper));
        Assert.Equal(0, BiasCorrectedInterval.Bias(OneToTen(), 10, 5.5));
        Assert.True(BiasCorrectedInterval.Bias(OneToTen(), 10, 5) < 0);

        // No estimate: no correction.
        Interval undefined = BiasCorrectedInterval.Of(OneToTen(), double.NaN, 0.90);
        Assert.Equal((percentile.Lower, percentile.Upper), (undefined.Lower, undefined.Upper));
    }

    [Fact]
    public void Every_resample_on_one_side_keeps_the_correction_finite()
    {
        // Estimate 100 above 1..20: the share is held at 1 − 1/40, z0 = Φ⁻¹(0.975) = 1.959964; at 95% the ends are
        // the Φ(2·1.959964 − 1.959964) = 0.975 and Φ(5.879892) ≈ 1 quantiles: 1 + 19·q = 19.525 and 20.
        double[] values = Enumerable.Range(1, 20).Select(i => (double)i).ToArray();
        Interval interval = BiasCorrectedInterval.Of(values, 100, 0.95);
        Assert.Equal(19.525, interval.Lower!.Value, 5);
        Assert.Equal(20, interval.Upper!.Value, 5);
    }

    [Fact]
    public void Undefined_resamples_are_left_out_and_counted_and_most_undefined_give_no_interval()
    {
        double[] values = { double.NaN, 1, 2, double.NaN, 3, 4, 5 };
        Interval interval = BiasCorrectedInterval.Of(values, 3, 0.5);
        // 3 among 1..5: 2 below, 1 tie, share ½: the percentile ends 2 and 4.
        Assert.Equal((2.0, 4.0), (interval.Lower!.Value, interval.Upper!.Value));
        Assert.Equal((7, 2), (interval.Resamples!.Value, interval.UndefinedResamples!.Value));

        Interval none = BiasCorrectedInterval.Of(new[] { double.NaN, double.NaN, 0.3 }, 0.3, 0.95);
        Assert.False(none.HasBounds);
        Assert.Equal(2, none.UndefinedResamples);
    }

    [Fact]
    public void Normal_distribution_function_matches_reference_values()
    {
        // Φ(0) = ½, Φ(1.959964) = 0.975, Φ(−1) = 0.158655254, Φ(3) = 0.998650102 (Python's statistics.NormalDist).
        Assert.Equal(0.5, NormalDistribution.Cdf(0), 7);
        Assert.Equal(0.975, NormalDistribution.Cdf(1.959963984540054), 7);
        Assert.Equal(0.158655254, NormalDistribution.Cdf(-1), 7);
        Assert.Equal(0.998650102, NormalDistribution.Cdf(3), 7);
    }
}
