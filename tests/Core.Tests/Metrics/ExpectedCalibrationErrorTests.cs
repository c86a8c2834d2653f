using AiFactory.Core.Metrics;

namespace AiFactory.Core.Tests.Metrics;

public class ExpectedCalibrationErrorTests
{
    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.0999, 0)]
    [InlineData(0.1, 1)]
    [InlineData(0.55, 5)]
    [InlineData(0.9, 9)]
    [InlineData(1.0, 9)]
    public void Ten_equal_width_bins_with_1_in_the_last(double probability, int bin)
    {
        Assert.Equal(bin, ExpectedCalibrationError.Bin(probability));
    }

    [Fact]
    public void Each_bins_gap_is_weighted_by_its_rows()
    {
        // Bin 2: scores 0.2, 0.2, 0.2, 0.2 with one positive: mean 0.2, share 0.25, gap 0.05, weight 4/8.
        // Bin 8: scores 0.8, 0.8, 0.8, 0.8 with four positives: mean 0.8, share 1, gap 0.2, weight 4/8.
        bool[] labels = { true, false, false, false, true, true, true, true };
        double[] scores = { 0.2, 0.2, 0.2, 0.2, 0.8, 0.8, 0.8, 0.8 };
        Assert.Equal(0.5 * 0.05 + 0.5 * 0.2, ExpectedCalibrationError.Compute(labels, scores)!.Value, 15);
    }

    [Fact]
    public void Gaps_of_opposite_sign_in_one_bin_cancel_and_in_two_bins_do_not()
    {
        // One bin: 0.5 for a positive and a negative is perfectly calibrated.
        Assert.Equal(0.0, ExpectedCalibrationError.Compute(new[] { true, false }, new[] { 0.5, 0.5 }));
        // Two bins, each off by 0.3 in opposite directions: (0.3 + 0.3) / 2.
        Assert.Equal(0.3, ExpectedCalibrationError.Compute(new[] { false, true }, new[] { 0.3, 0.7 })!.Value, 15);
    }

    [Fact]
    public void No_rows_is_undefined_and_bad_input_throws()
    {
        Assert.Null(ExpectedCalibrationError.Compute(new bool[0], new double[0]));
        Assert.Throws<ArgumentException>(() => ExpectedCalibrationError.Compute(new[] { true }, new double[0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ExpectedCalibrationError.Compute(new[] { true }, new[] { double.NaN }));
    }
}
