using AiFactory.Core.Metrics;

namespace AiFactory.Core.Tests.Metrics;

public class BinaryLogLossTests
{
    [Fact]
    public void A_confident_mistake_is_clipped_at_1e_minus_15()
    {
        // Label 1 with probability 0 → p clipped to 1e-15 → −ln(1e-15) = 15 · ln 10 = 34.538776394910684.
        Assert.Equal(34.538776394910684, BinaryLogLoss.Compute(new[] { true }, new[] { 0.0 })!.Value, 12);

        // Label 0 with probability 1 → p clipped to 1 − 1e-15 (as a double, 1 − 9·2^-53), loss −ln(1 − p) ≈ 34.5
        double clipped = 1 - 1e-15;
        Assert.Equal(-Math.Log(1 - clipped), BinaryLogLoss.Compute(new[] { false }, new[] { 1.0 })!.Value, 12);
        Assert.Equal(34.54, BinaryLogLoss.Compute(new[] { false }, new[] { 1.0 })!.Value, 2);
    }

    [Fact]
    public void A_confident_correct_answer_costs_almost_nothing_but_not_zero()
    {
        // Label 1 with probability 1 → p clipped to 1 − 1e-15 → −ln(1 − 1e-15) ≈ 1e-15.
        double loss = BinaryLogLoss.Compute(new[] { true, false }, new[] { 1.0, 0.0 })!.Value;

        Assert.InRange(loss, 1e-16, 1e-14);
    }

    [Fact]
    public void Is_the_mean_of_natural_log_terms()
    {
        // −(ln 0.8 + ln(1 − 0.25)) / 2 = (0.22314355 + 0.28768207) / 2 = 0.25541281
        Assert.Equal(0.25541281, BinaryLogLoss.Compute(new[] { true, false }, new[] { 0.8, 0.25 })!.Value, 8);
        Assert.Null(BinaryLogLoss.Compute(Array.Empty<bool>(), Array.Empty<double>()));
    }

    [Fact]
    public void Compensated_sum_keeps_what_plain_addition_loses()
    {
        var sum = new CompensatedSum();
        foreach (double term in new[] { 1.0, 1e100, 1.0, -1e100 })
        {
            sum.Add(term);
        }

        double plain = 1.0 + 1e100 + 1.0 - 1e100;
        Assert.Equal(0.0, plain);
        Assert.Equal(2.0, sum.Value);
    }
}
