using AiFactory.Core.Gates;
using AiFactory.Core.Metrics;
using AiFactory.Manifest.Model;
using static AiFactory.Core.Tests.Gates.GateFixtures;

namespace AiFactory.Core.Tests.Gates.Kinds.Business;

public class BusinessGateTests
{
    // 1,000 decisions: TP 200, FP 71, TN 589, FN 140.
    // Cost = 71 × 500 + 140 × 120 = 35,500 + 16,800 = 52,300 for 1,000 decisions.
    private static readonly ConfusionCounts Counts = new(200, 71, 589, 140);

    private static ModelManifest WithCosts(double maxCost, string? kpi = "Expected loss per 1,000 applications")
    {
        ModelManifest manifest = NewManifest(SomeFolder);
        manifest.Business = new BusinessSection
        {
            Kpi = kpi,
            Costs = new CostMatrix { FalsePositive = 500, FalseNegative = 120 },
        };
        manifest.Gates.MaxCostPer1000 = At(manifest, maxCost, 27, 38);
        return manifest;
    }

    [Fact]
    public void A_cost_above_the_maximum_fails_with_AIF4006_naming_the_kpi()
    {
        ModelManifest manifest = WithCosts(40000);

        GateEvaluation result = GateEvaluator.Evaluate(manifest, NewEvaluation(NewMetrics(confusion: Counts), 1000));

        GateResult gate = Assert.Single(result.Gates);
        Assert.Equal("business.maxCostPer1000", gate.Id);
        Assert.Equal("business", gate.Kind);
        Assert.Equal("costPer1000", gate.Metric);
        Assert.Equal(52300.0, gate.Value);
        Assert.Equal(52300.0, gate.JudgedValue);
        Assert.Equal("<=", gate.Comparison);
        Assert.Equal(
            $"{manifest.FilePath}(27,38): error AIF4006: expected cost 52,300 per 1,000 decisions (Expected loss per 1,000 applications) is above the maximum 40,000 set here",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void A_cost_equal_to_the_maximum_passes()
    {
        GateEvaluation result = GateEvaluator.Evaluate(WithCosts(52300), NewEvaluation(NewMetrics(confusion: Counts), 1000));

        Assert.Equal(GateStatus.Passed, result.Gates[0].Status);
        Assert.Equal("expected cost 52,300 per 1,000 decisions (Expected loss per 1,000 applications) is within the maximum 52,300", result.Gates[0].Message);
        Assert.True(result.Passed);
    }

    [Fact]
    public void Without_a_kpi_the_message_leaves_it_out_and_fractions_show_when_needed()
    {
        // Maximum 52,299.5: the cost 52,300 prints with no decimals, above it.
        GateEvaluation result = GateEvaluator.Evaluate(WithCosts(52299.5, kpi: null), NewEvaluation(NewMetrics(confusion: Counts), 1000));
        Assert.Equal("expected cost 52,300 per 1,000 decisions is above the maximum 52,299.5 set here", result.Gates[0].Message);

        // Maximum 52,299.9 with cost 52,300.4 (TP benefit moves it by 0.4): no decimals would print 52,300 — still above.
        // Maximum 52,300.2: 52,300.4 rounds to 52,300 below it, so one decimal is added.
        ModelManifest manifest = WithCosts(52300.2, kpi: null);
        manifest.Business!.Costs!.TruePositive = 0.002; // 200 × 0.002 = 0.4 more per 1,000 decisions
        GateEvaluation close = GateEvaluator.Evaluate(manifest, NewEvaluation(NewMetrics(confusion: Counts), 1000));
        Assert.Equal("expected cost 52,300.4 per 1,000 decisions is above the maximum 52,300.2 set here", close.Gates[0].Message);
    }

    [Fact]
    public void A_maximum_without_costs_fails_and_says_what_to_add()
    {
        ModelManifest manifest = NewManifest(SomeFolder);
        manifest.Gates.MaxCostPer1000 = At(manifest, 40000, 27, 38);

        GateEvaluation result = GateEvaluator.Evaluate(manifest, NewEvaluation(NewMetrics(confusion: Counts), 1000));

        Assert.Equal("AIF4006", result.Gates[0].Code);
        Assert.Contains("no business.costs", result.Gates[0].Message);
        Assert.False(result.Passed);
    }
}
