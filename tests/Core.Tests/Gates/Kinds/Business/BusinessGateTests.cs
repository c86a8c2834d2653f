using System.Globalization;
using System.Text.Json;
using AiFactory.Core.Evaluation;
using AiFactory.Core.Fairness;
using AiFactory.Core.Gates;
using AiFactory.Core.Metrics;
using AiFactory.Core.Results;
using AiFactory.Core.Tests.Metrics;
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

    /// <summary>
    /// 400 scored rows judged with the cost's bootstrap interval (95%, 1,000 resamples, seed 42), and the cost computed
    /// by hand: 500 per false positive and 120 per false negative, per 1,000 decisions.
    /// </summary>
    private static (ModelManifest Manifest, EvaluationRecord Evaluation, double Cost, Interval Interval) Sampled()
    {
        (bool[] labels, double[] scores) = ScoredSample.Draw(400, 11, a: -0.6, b: 1.2);
        BinaryMetrics metrics = BinaryMetricsCalculator.FromScores(labels, scores, 0.5);
        ModelManifest manifest = NewManifest(SomeFolder);
        manifest.Business = new BusinessSection { Costs = new CostMatrix { FalsePositive = 500, FalseNegative = 120 } };
        ConfusionCounts c = metrics.Confusion;
        double cost = (500.0 * c.FalsePositives + 120.0 * c.FalseNegatives) / c.Total * 1000;
        Interval interval = MetricIntervals.Estimate(metrics, manifest.Business.Costs, new[] { MetricDescriptor.CostPer1000 }, 0.95, 1000, 42)[MetricDescriptor.CostPer1000];
        return (manifest, NewEvaluation(metrics, 400), cost, interval);
    }

    private static string Grouped(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Ci(Interval interval) =>
        $"95% CI {interval.Lower!.Value.ToString("F2", CultureInfo.InvariantCulture)}–{interval.Upper!.Value.ToString("F2", CultureInfo.InvariantCulture)}";

    [Fact]
    public void Under_burden_of_proof_a_cost_within_the_maximum_fails_while_its_interval_reaches_above_it()
    {
        (ModelManifest manifest, EvaluationRecord evaluation, double cost, Interval interval) = Sampled();
        double threshold = Math.Round((cost + interval.Upper!.Value) / 2);
        Assert.True(cost < threshold && threshold < interval.Upper.Value);
        manifest.Gates.MaxCostPer1000 = At(manifest, threshold, 27, 38);
        manifest.Gates.BusinessSettings.Judging = JudgingMode.BurdenOfProof;

        GateEvaluation result = GateEvaluator.Evaluate(manifest, evaluation);

        GateResult gate = Assert.Single(result.Gates);
        Assert.Equal((GateStatus.Failed, "AIF4006", false, "burdenOfProof"), (gate.Status, gate.Code, gate.PassedOnInterval, gate.Judging));
        Assert.Equal(cost, gate.JudgedValue!.Value, 9);
        Assert.Equal((interval.Lower, interval.Upper), (gate.Interval!.Lower, gate.Interval.Upper));
        Assert.Equal(
            $"expected cost {Grouped(cost)} per 1,000 decisions ({Ci(interval)}, burden of proof) is not shown to be within the maximum {Grouped(threshold)} set here: the interval reaches above it",
            gate.Message);
        Assert.Equal($"{manifest.FilePath}(27,38): error AIF4006: {gate.Message}", Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void On_the_benefit_of_the_doubt_a_cost_above_the_maximum_passes_while_its_interval_reaches_below_it_and_warns()
    {
        (ModelManifest manifest, EvaluationRecord evaluation, double cost, Interval interval) = Sampled();
        double threshold = Math.Round((cost + interval.Lower!.Value) / 2);
        Assert.True(interval.Lower.Value < threshold && threshold < cost);
        manifest.Gates.MaxCostPer1000 = At(manifest, threshold, 27, 38);
        manifest.Gates.BusinessSettings.Judging = JudgingMode.BenefitOfTheDoubt;

        GateEvaluation result = GateEvaluator.Evaluate(manifest, evaluation);

        GateResult gate = Assert.Single(result.Gates);
        Assert.Equal((GateStatus.Passed, null, true, "benefitOfTheDoubt"), (gate.Status, gate.Code, gate.PassedOnInterval, gate.Judging));
        Assert.Equal(
            $"expected cost {Grouped(cost)} per 1,000 decisions ({Ci(interval)}, benefit of the doubt) is above the maximum {Grouped(threshold)}, but the interval reaches below it, so it passes on the benefit of the doubt",
            gate.Message);
        Assert.Equal($"{manifest.FilePath}(27,38): warning AIF4013: {gate.Message}", Assert.Single(result.Diagnostics).ToString());
        Assert.True(result.Passed);
    }

    [Fact]
    public void Its_gate_in_results_json_carries_the_cost_the_bound_the_mode_and_the_message()
    {
        ModelManifest manifest = WithCosts(40000);
        EvaluationRecord evaluation = NewEvaluation(NewMetrics(confusion: Counts), 1000);
        GateEvaluation gates = GateEvaluator.Evaluate(manifest, evaluation);

        using JsonDocument json = JsonDocument.Parse(ResultsWriter.ToJson(manifest, evaluation, gates, new RunSettings { PackageVersion = "0.1.0" }));

        JsonElement gate = Assert.Single(json.RootElement.GetProperty("gates").EnumerateArray());
        Assert.Equal("business.maxCostPer1000", gate.GetProperty("id").GetString());
        Assert.Equal("business", gate.GetProperty("kind").GetString());
        Assert.Equal("costPer1000", gate.GetProperty("metric").GetString());
        Assert.Equal(52300.0, gate.GetProperty("value").GetDouble());
        Assert.Equal(52300.0, gate.GetProperty("judgedValue").GetDouble());
        Assert.Equal(40000.0, gate.GetProperty("threshold").GetDouble());
        Assert.Equal("<=", gate.GetProperty("comparison").GetString());
        Assert.Equal("failed", gate.GetProperty("status").GetString());
        Assert.Equal("AIF4006", gate.GetProperty("code").GetString());
        Assert.Equal("pointEstimate", gate.GetProperty("judging").GetString());
        Assert.Equal(JsonValueKind.Null, gate.GetProperty("baselineValue").ValueKind);
        Assert.Equal(
            "expected cost 52,300 per 1,000 decisions (Expected loss per 1,000 applications) is above the maximum 40,000 set here",
            gate.GetProperty("message").GetString());
    }
}
