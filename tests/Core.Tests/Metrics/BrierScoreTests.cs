using AiFactory.Core.Metrics;

namespace AiFactory.Core.Tests.Metrics;

public class BrierScoreTests
{
    [Fact]
    public void Mean_squared_gap_between_probability_and_outcome()
    {
        // (0.2² + 0.7² + 0² + 1²) / 4 = (0.04 + 0.49 + 0 + 1) / 4
        Assert.Equal(1.53 / 4, BrierScore.Compute(new[] { true, false, true, false }, new[] { 0.8, 0.7, 1.0, 1.0 })!.Value, 15);
    }

    [Fact]
    public void Perfect_and_worst_predictions_are_0_and_1()
    {
        Assert.Equal(0.0, BrierScore.Compute(new[] { true, false }, new[] { 1.0, 0.0 }));
        Assert.Equal(1.0, BrierScore.Compute(new[] { true, false }, new[] { 0.0, 1.0 }));
    }

    [Fact]
    public void No_rows_is_undefined_and_bad_input_throws()
    {
        Assert.Null(BrierScore.Compute(new bool[0], new double[0]));
        Assert.Throws<ArgumentException>(() => BrierScore.Compute(new[] { true }, new[] { 0.5, 0.5 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => BrierScore.Compute(new[] { true }, new[] { double.NaN }));
    }
}
