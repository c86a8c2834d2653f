using AiFactory.Core.Fairness;
using AiFactory.Core.Gates;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.Gates;

public class GateVerdictTests
{
    private static Interval Between(double lower, double upper) => new Interval(lower, upper, 0.95, Interval.BootstrapMethod, 1000, 0);

    [Fact]
    public void Benefit_of_the_doubt_never_fails_a_figure_that_passes_even_when_the_interval_leaves_it_out()
    {
        // The case a biased percentile interval of a min-over-groups ratio produced: 0.837 against a minimum of 0.83,
        // with an interval 0.51–0.82 wholly below the bound.
        GateVerdict verdict = GateVerdict.Judge(0.837, Between(0.51, 0.82), 0.83, isMinimum: true, JudgingMode.BenefitOfTheDoubt);
        Assert.True(verdict.PointPassed);
        Assert.True(verdict.Passed);
        Assert.False(verdict.PassedOnInterval);

        GateVerdict maximum = GateVerdict.Judge(0.05, Between(0.11, 0.20), 0.10, isMinimum: false, JudgingMode.BenefitOfTheDoubt);
        Assert.True(maximum.Passed);
    }

    [Fact]
    public void Burden_of_proof_never_passes_a_figure_that_fails_even_when_the_interval_clears_the_bound()
    {
        GateVerdict verdict = GateVerdict.Judge(0.79, Between(0.81, 0.90), 0.80, isMinimum: true, JudgingMode.BurdenOfProof);
        Assert.False(verdict.PointPassed);
        Assert.False(verdict.Passed);

        GateVerdict maximum = GateVerdict.Judge(0.12, Between(0.01, 0.09), 0.10, isMinimum: false, JudgingMode.BurdenOfProof);
        Assert.False(maximum.Passed);
    }

    [Theory]
    [InlineData(0.78, 0.70, 0.85, true, true)]   // below the bound, interval reaches above it: passes on the interval
    [InlineData(0.78, 0.70, 0.79, true, false)]  // below the bound and the whole interval too: fails
    [InlineData(0.12, 0.05, 0.15, false, true)]  // above a maximum, interval reaches below it: passes on the interval
    [InlineData(0.12, 0.11, 0.15, false, false)] // above a maximum and the whole interval too: fails
    public void Benefit_of_the_doubt_fails_only_on_clear_evidence(double value, double lower, double upper, bool isMinimum, bool passes)
    {
        double bound = isMinimum ? 0.80 : 0.10;
        GateVerdict verdict = GateVerdict.Judge(value, Between(lower, upper), bound, isMinimum, JudgingMode.BenefitOfTheDoubt);
        Assert.Equal(passes, verdict.Passed);
        Assert.Equal(passes, verdict.PassedOnInterval);
        Assert.True(verdict.UsedInterval);
    }

    [Theory]
    [InlineData(0.85, 0.81, 0.90, true)]  // the whole interval clears the minimum: passes
    [InlineData(0.85, 0.79, 0.90, false)] // the interval reaches below the minimum: not shown, fails
    public void Burden_of_proof_passes_only_on_clear_evidence(double value, double lower, double upper, bool passes)
    {
        GateVerdict verdict = GateVerdict.Judge(value, Between(lower, upper), 0.80, isMinimum: true, JudgingMode.BurdenOfProof);
        Assert.Equal(passes, verdict.Passed);
        Assert.True(verdict.PointPassed);
    }

    [Fact]
    public void Without_an_interval_the_figure_decides_and_the_fallback_is_said()
    {
        GateVerdict verdict = GateVerdict.Judge(0.79, null, 0.80, isMinimum: true, JudgingMode.BenefitOfTheDoubt);
        Assert.False(verdict.Passed);
        Assert.True(verdict.FellBackToPoint(JudgingMode.BenefitOfTheDoubt));
        Assert.False(verdict.FellBackToPoint(JudgingMode.PointEstimate));
    }

    [Fact]
    public void Bounds_are_inclusive_in_every_mode()
    {
        foreach (JudgingMode mode in new[] { JudgingMode.PointEstimate, JudgingMode.BenefitOfTheDoubt, JudgingMode.BurdenOfProof })
        {
            Assert.True(GateVerdict.Judge(0.80, Between(0.80, 0.80), 0.80, isMinimum: true, mode).Passed);
            Assert.True(GateVerdict.Judge(0.10, Between(0.10, 0.10), 0.10, isMinimum: false, mode).Passed);
        }
    }
}
