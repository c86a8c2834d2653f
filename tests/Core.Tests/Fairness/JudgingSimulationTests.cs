using AiFactory.Manifest.Model;
using Xunit.Abstractions;

namespace AiFactory.Core.Tests.Fairness;

/// <summary>
/// The promises docs/fairness.md makes about the judging modes, measured over 200 seeds of generated data per
/// scenario (demographicParityRatio ≥ 0.80 and equalizedOddsDifference ≤ 0.10, 95% intervals, 1,000 resamples).
/// The figures the guide reports are printed to the test output.
/// </summary>
public class JudgingSimulationTests(ITestOutputHelper output)
{
    private const int Seeds = 200;

    private static readonly JudgingSimulation.Scenario Balanced = new() { Name = "2,000 rows, groups of 1,000", Rows = 2000, Shares = new[] { 0.5, 0.5 } };
    private static readonly JudgingSimulation.Scenario SmallGroup = new() { Name = "1,000 rows, a group of 100", Rows = 1000, Shares = new[] { 0.9, 0.1 } };

    private static JudgingSimulation.Scenario Planted(JudgingSimulation.Scenario fair, double disparity) =>
        new() { Name = fair.Name, Rows = fair.Rows, Shares = fair.Shares, Disparity = disparity };

    private void Print(string title, JudgingSimulation.Outcome outcome)
    {
        output.WriteLine($"{title} (mean figures: {JudgingSimulation.RatioGate.Split(' ')[0]} {outcome.MeanValue[JudgingSimulation.RatioGate]:F3}, {JudgingSimulation.OddsGate.Split(' ')[0]} {outcome.MeanValue[JudgingSimulation.OddsGate]:F3})");
        foreach (JudgingMode mode in JudgingSimulation.Modes)
        {
            output.WriteLine($"  {FairnessTextOf(mode),-20} {JudgingSimulation.RatioGate}: {outcome.Rate(mode, JudgingSimulation.RatioGate):P1}   {JudgingSimulation.OddsGate}: {outcome.Rate(mode, JudgingSimulation.OddsGate):P1}");
        }
    }

    private static string FairnessTextOf(JudgingMode mode) => AiFactory.Core.Fairness.FairnessText.ModeWords(mode);

    [Fact]
    public void Without_a_planted_disparity_benefit_of_the_doubt_almost_never_fails_and_point_estimates_fail_small_groups()
    {
        JudgingSimulation.Outcome balanced = JudgingSimulation.Run(Balanced, Seeds);
        JudgingSimulation.Outcome small = JudgingSimulation.Run(SmallGroup, Seeds);
        Print($"no disparity, {Balanced.Name}", balanced);
        Print($"no disparity, {SmallGroup.Name}", small);

        foreach (string gate in new[] { JudgingSimulation.RatioGate, JudgingSimulation.OddsGate })
        {
            foreach (JudgingSimulation.Outcome outcome in new[] { balanced, small })
            {
                // The guide's promise: benefit of the doubt fails a model with no disparity at most 5% of the time.
                Assert.True(outcome.Rate(JudgingMode.BenefitOfTheDoubt, gate) <= 0.05, $"{gate}: {outcome.Rate(JudgingMode.BenefitOfTheDoubt, gate):P1}");

                // Each mode is stricter than the one before it.
                Assert.True(outcome.Rate(JudgingMode.BenefitOfTheDoubt, gate) <= outcome.Rate(JudgingMode.PointEstimate, gate));
                Assert.True(outcome.Rate(JudgingMode.PointEstimate, gate) <= outcome.Rate(JudgingMode.BurdenOfProof, gate));
            }
        }

        // Large balanced groups: the point estimate rarely fails a fair model (the guide: at most 5%).
        Assert.True(balanced.Rate(JudgingMode.PointEstimate, JudgingSimulation.RatioGate) <= 0.05);

        // A group of 100: the spread of the point estimate alone fails fair models often (the guide: more than 20%
        // for equalized odds), and burden of proof fails most of them (more than half).
        Assert.True(small.Rate(JudgingMode.PointEstimate, JudgingSimulation.OddsGate) > 0.20);
        Assert.True(small.Rate(JudgingMode.BurdenOfProof, JudgingSimulation.OddsGate) > 0.50);
    }

    [Fact]
    public void A_planted_disparity_is_caught_at_the_documented_power()
    {
        JudgingSimulation.Outcome balanced = JudgingSimulation.Run(Planted(Balanced, 0.2), Seeds);
        JudgingSimulation.Outcome small = JudgingSimulation.Run(Planted(SmallGroup, 0.2), Seeds);
        Print($"planted disparity 0.2, {Balanced.Name}", balanced);
        Print($"planted disparity 0.2, {SmallGroup.Name}", small);

        // The guide's promise: with groups of 1,000 every mode catches it (at least 95% of seeds).
        foreach (JudgingMode mode in JudgingSimulation.Modes)
        {
            Assert.True(balanced.Rate(mode, JudgingSimulation.RatioGate) >= 0.95, $"{mode}: {balanced.Rate(mode, JudgingSimulation.RatioGate):P1}");
        }

        // With a group of 100 the interval is wide: benefit of the doubt catches it in at least 55% of seeds, the point
        // estimate in at least 95%, burden of proof in every one.
        Assert.True(small.Rate(JudgingMode.BenefitOfTheDoubt, JudgingSimulation.RatioGate) >= 0.55);
        Assert.True(small.Rate(JudgingMode.PointEstimate, JudgingSimulation.RatioGate) >= 0.95);
        Assert.True(small.Rate(JudgingMode.PointEstimate, JudgingSimulation.RatioGate) >= small.Rate(JudgingMode.BenefitOfTheDoubt, JudgingSimulation.RatioGate));
        Assert.True(small.Rate(JudgingMode.BurdenOfProof, JudgingSimulation.RatioGate) >= small.Rate(JudgingMode.PointEstimate, JudgingSimulation.RatioGate));
    }
}
