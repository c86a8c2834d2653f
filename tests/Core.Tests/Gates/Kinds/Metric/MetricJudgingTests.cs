using AiFactory.Core.Fairness;
using AiFactory.Core.Gates;
using AiFactory.Core.Metrics;
using AiFactory.Core.Tests.Metrics;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using static AiFactory.Core.Tests.Gates.GateFixtures;

namespace AiFactory.Core.Tests.Gates.Kinds.Metric;

/// <summary>Metric and business gates judged with their intervals under each judging mode (docs/metrics.md#judging-with-uncertainty).</summary>
public class MetricJudgingTests
{
    private static readonly (bool[] Labels, double[] Scores) Data = ScoredSample.Draw(400, 11, a: -0.6, b: 1.2);

    private static readonly BinaryMetrics Metrics = BinaryMetricsCalculator.FromScores(Data.Labels, Data.Scores, 0.5);

    private static Interval IntervalOf(MetricDescriptor metric) =>
        MetricIntervals.Estimate(Metrics, new CostMatrix { FalsePositive = 500, FalseNegative = 120 }, new[] { metric }, 0.95, 1000, 42)[metric];

    private static GateEvaluation Judge(ModelManifest manifest, JudgingMode mode, params MetricGate[] gates)
    {
        manifest.Gates.Metrics = gates;
        manifest.Gates.MetricSettings.Judging = mode;
        return GateEvaluator.Evaluate(manifest, NewEvaluation(Metrics, 400));
    }

    [Fact]
    public void On_the_point_estimate_a_gate_reports_its_interval_and_keeps_its_message()
    {
        ModelManifest manifest = NewManifest(SomeFolder);
        GateEvaluation result = Judge(manifest, JudgingMode.PointEstimate, Min(manifest, MetricNames.Accuracy, 0.99, 14, 31));
        GateResult gate = Assert.Single(result.Gates);
        Assert.Equal("pointEstimate", gate.Judging);
        Assert.Equal(Interval.BiasCorrectedMethod, gate.Interval!.Method);
        Assert.Equal($"accuracy {GateNumberFormat.Value(Metrics.Accuracy, 0.99)} is below the minimum 0.99 set here (test set, 400 rows)", gate.Message);
        Assert.False(gate.PassedOnInterval);
    }

    [Fact]
    public void Benefit_of_the_doubt_passes_a_figure_whose_interval_reaches_the_bound_and_warns_AIF4013()
    {
        ModelManifest manifest = NewManifest(SomeFolder);
        Interval interval = IntervalOf(MetricDescriptor.Accuracy);
        double threshold = Math.Round((Metrics.Accuracy + interval.Upper!.Value) / 2, 3); // above the figure, inside the interval
        GateEvaluation result = Judge(manifest, JudgingMode.BenefitOfTheDoubt, Min(manifest, MetricNames.Accuracy, threshold, 14, 31));

        GateResult gate = Assert.Single(result.Gates);
        Assert.Equal((GateStatus.Passed, true, "benefitOfTheDoubt"), (gate.Status, gate.PassedOnInterval, gate.Judging));
        Diagnostic warning = Assert.Single(result.Diagnostics);
        string shownThreshold = threshold.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(
            $"{manifest.FilePath}(14,31): warning AIF4013: accuracy {GateNumberFormat.Value(Metrics.Accuracy, threshold)} " +
            $"({FairnessText.Interval(interval, threshold, false)}, benefit of the doubt) is below the minimum {shownThreshold}, " +
            "but the interval reaches above it, so it passes on the benefit of the doubt (test set, 400 rows)",
            warning.ToString());
        Assert.True(result.Passed);
    }

    [Fact]
    public void Burden_of_proof_fails_a_passing_figure_whose_interval_reaches_below_the_bound()
    {
        ModelManifest manifest = NewManifest(SomeFolder);
        Interval interval = IntervalOf(MetricDescriptor.Brier);
        double threshold = Math.Round((Metrics.Brier!.Value + interval.Upper!.Value) / 2, 4); // a maximum the figure meets, inside the interval
        GateEvaluation result = Judge(manifest, JudgingMode.BurdenOfProof, Max(manifest, MetricNames.Brier, threshold, 15, 31));

        GateResult gate = Assert.Single(result.Gates);
        Assert.Equal((GateStatus.Failed, "AIF4002"), (gate.Status, gate.Code));
        Assert.Contains("burden of proof) is not shown to meet the maximum", gate.Message);
        Assert.EndsWith("set here: the interval reaches above it (test set, 400 rows)", gate.Message);
        Assert.False(result.Passed);

        // The same figure on the point estimate passes.
        Assert.True(Judge(manifest, JudgingMode.PointEstimate, Max(manifest, MetricNames.Brier, threshold, 15, 31)).Passed);
    }

    [Fact]
    public void Without_its_evidence_a_gate_falls_back_to_the_point_estimate_and_says_so()
    {
        ModelManifest manifest = NewManifest(SomeFolder);
        manifest.Gates.Metrics = new[] { Max(manifest, MetricNames.LogLoss, 0.2) };
        manifest.Gates.MetricSettings.Judging = JudgingMode.BenefitOfTheDoubt;
        // Metrics built by hand carry no score cells.
        GateResult gate = Assert.Single(GateEvaluator.Evaluate(manifest, NewEvaluation(NewMetrics(logLoss: 0.3))).Gates);
        Assert.Equal(GateStatus.Failed, gate.Status);
        Assert.Null(gate.Interval);
        Assert.Equal("logLoss 0.300 (no interval estimated, judged on the point estimate, benefit of the doubt) is above the maximum 0.2 set here (test set, 6,512 rows)", gate.Message);
    }

    [Fact]
    public void The_cost_gate_is_judged_with_its_interval_under_gates_business_judging()
    {
        ModelManifest manifest = NewManifest(SomeFolder);
        manifest.Business = new BusinessSection { Costs = new CostMatrix { FalsePositive = 500, FalseNegative = 120 } };
        Interval interval = IntervalOf(MetricDescriptor.CostPer1000);
        double cost = AiFactory.Core.Business.ExpectedCost.Per1000(manifest.Business.Costs, Metrics.Confusion);
        double threshold = Math.Round((cost + interval.Lower!.Value) / 2); // below the cost, inside the interval
        manifest.Gates.MaxCostPer1000 = At(manifest, threshold, 20, 40);

        manifest.Gates.BusinessSettings.Judging = JudgingMode.PointEstimate;
        GateResult point = GateEvaluator.Evaluate(manifest, NewEvaluation(Metrics, 400)).Gates.Single();
        Assert.Equal((GateStatus.Failed, "pointEstimate"), (point.Status, point.Judging));
        Assert.StartsWith("expected cost ", point.Message);
        Assert.EndsWith(" per 1,000 decisions is above the maximum " + threshold.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " set here", point.Message);

        manifest.Gates.BusinessSettings.Judging = JudgingMode.BenefitOfTheDoubt;
        GateEvaluation doubt = GateEvaluator.Evaluate(manifest, NewEvaluation(Metrics, 400));
        GateResult gate = doubt.Gates.Single();
        Assert.Equal((GateStatus.Passed, true), (gate.Status, gate.PassedOnInterval));
        Assert.Equal("AIF4013", Assert.Single(doubt.Diagnostics).Code);
        Assert.EndsWith("benefit of the doubt) is above the maximum " + threshold.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) +
            ", but the interval reaches below it, so it passes on the benefit of the doubt", gate.Message);
    }

    [Fact]
    public void A_waived_setting_of_gates_metrics_waives_its_gates()
    {
        ModelManifest manifest = NewManifest(SomeFolder);
        var waiver = new Waiver { Gate = "metrics.judging", Who = "risk-office", Why = "pilot", ExpiresText = "2099-01-01" };
        manifest.Gates.MetricSettings.SectionWaivers.Add(waiver);
        GateResult gate = Judge(manifest, JudgingMode.BenefitOfTheDoubt, Min(manifest, MetricNames.Accuracy, 0.5)).Gates.Single();
        Assert.Equal(GateStatus.Waived, gate.Status);
        Assert.Same(waiver, gate.Waiver);
    }
}
