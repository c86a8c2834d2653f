using AiFactory.Core.Gates;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using static AiFactory.Core.Tests.Gates.GateFixtures;

namespace AiFactory.Core.Tests.Gates.Kinds.Metric;

public class MetricGateTests
{
    private static GateEvaluation Judge(MetricGate gate, AiFactory.Core.Metrics.BinaryMetrics metrics, ModelManifest manifest, int rows = 6512)
    {
        manifest.Gates.Metrics = new[] { gate };
        return GateEvaluator.Evaluate(manifest, NewEvaluation(metrics, rows));
    }

    [Fact]
    public void A_value_below_the_minimum_fails_with_AIF4001_at_the_number_that_set_it()
    {
        ModelManifest manifest = NewManifest(SomeFolder);

        GateEvaluation result = Judge(Min(manifest, MetricNames.Auc, 0.80, 14, 31), NewMetrics(auc: 0.712), manifest);

        GateResult gate = Assert.Single(result.Gates);
        Assert.Equal("metrics.auc.min", gate.Id);
        Assert.Equal("metric", gate.Kind);
        Assert.Equal(GateStatus.Failed, gate.Status);
        Assert.Equal("AIF4001", gate.Code);
        Assert.Equal(0.712, gate.Value);
        Assert.Equal(0.712, gate.JudgedValue);
        Assert.Equal(0.8, gate.Threshold);
        Assert.Equal(">=", gate.Comparison);
        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal(
            $"{manifest.FilePath}(14,31): error AIF4001: auc 0.712 is below the minimum 0.8 set here (test set, 6,512 rows)",
            error.ToString());
        Assert.False(result.Passed);
    }

    [Fact]
    public void A_value_above_the_maximum_fails_with_AIF4002()
    {
        ModelManifest manifest = NewManifest(SomeFolder);

        GateEvaluation result = Judge(Max(manifest, MetricNames.LogLoss, 0.45, 16, 34), NewMetrics(logLoss: 0.512), manifest);

        GateResult gate = Assert.Single(result.Gates);
        Assert.Equal("metrics.logLoss.max", gate.Id);
        Assert.Equal("<=", gate.Comparison);
        Assert.Equal(
            $"{manifest.FilePath}(16,34): error AIF4002: logLoss 0.512 is above the maximum 0.45 set here (test set, 6,512 rows)",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Theory]
    [InlineData(0.8)]
    [InlineData(0.7999999999999999)] // one ulp below 0.8: floating-point noise, inside the 1e-12 tolerance
    [InlineData(0.8 - 9e-13)]
    public void A_minimum_is_inclusive_within_the_tolerance(double auc)
    {
        ModelManifest manifest = NewManifest(SomeFolder);

        GateEvaluation result = Judge(Min(manifest, MetricNames.Auc, 0.8), NewMetrics(auc: auc), manifest);

        Assert.Equal(GateStatus.Passed, Assert.Single(result.Gates).Status);
        Assert.Null(result.Gates[0].Code);
        Assert.Equal("auc 0.800 meets the minimum 0.8 (test set, 6,512 rows)", result.Gates[0].Message);
        Assert.Empty(result.Diagnostics);
        Assert.True(result.Passed);
    }

    [Fact]
    public void Just_outside_the_tolerance_fails_and_prints_enough_digits_to_show_it()
    {
        ModelManifest manifest = NewManifest(SomeFolder);

        GateEvaluation result = Judge(Min(manifest, MetricNames.Auc, 0.8), NewMetrics(auc: 0.8 - 2e-12), manifest);

        Assert.Equal(GateStatus.Failed, result.Gates[0].Status);
        Assert.Equal("auc 0.799999999998 is below the minimum 0.8 set here (test set, 6,512 rows)", result.Gates[0].Message);
    }

    [Fact]
    public void A_maximum_is_inclusive()
    {
        ModelManifest manifest = NewManifest(SomeFolder);

        Assert.True(Judge(Max(manifest, MetricNames.LogLoss, 0.45), NewMetrics(logLoss: 0.45), manifest).Passed);
        Assert.True(Judge(Max(manifest, MetricNames.LogLoss, 0.45), NewMetrics(logLoss: 0.45 + 4e-13), manifest).Passed);
        Assert.False(Judge(Max(manifest, MetricNames.LogLoss, 0.45), NewMetrics(logLoss: 0.4501), manifest).Passed);
    }

    [Theory]
    [InlineData(0.79996, 0.8, "auc 0.79996 is below the minimum 0.8")]     // 3 decimals would print 0.800, equal to it
    [InlineData(0.7997, 0.79975, "auc 0.7997 is below the minimum 0.79975")] // 3 decimals would print 0.800, above it
    [InlineData(0.7123, 0.8, "auc 0.712 is below the minimum 0.8")]        // 3 decimals are enough
    public void A_failing_value_gets_digits_until_it_prints_on_its_side_of_the_threshold(double auc, double min, string expectedStart)
    {
        ModelManifest manifest = NewManifest(SomeFolder);

        GateResult gate = Judge(Min(manifest, MetricNames.Auc, min), NewMetrics(auc: auc), manifest).Gates[0];

        Assert.Equal(GateStatus.Failed, gate.Status);
        Assert.StartsWith(expectedStart + " set here", gate.Message);
    }

    [Fact]
    public void A_passing_value_never_prints_below_its_minimum()
    {
        ModelManifest manifest = NewManifest(SomeFolder);

        // 0.8004 with 3 decimals is 0.800, which would read as below the minimum 0.8004.
        GateResult gate = Judge(Min(manifest, MetricNames.Auc, 0.8004), NewMetrics(auc: 0.8004), manifest).Gates[0];

        Assert.Equal(GateStatus.Passed, gate.Status);
        Assert.Equal("auc 0.8004 meets the minimum 0.8004 (test set, 6,512 rows)", gate.Message);
    }

    [Fact]
    public void Rows_use_thousands_separators_and_singular_for_one()
    {
        ModelManifest manifest = NewManifest(SomeFolder);

        Assert.EndsWith("(test set, 1,234,567 rows)", Judge(Min(manifest, MetricNames.F1, 0.9), NewMetrics(f1: 0.5), manifest, 1234567).Gates[0].Message);
        Assert.EndsWith("(test set, 1 row)", Judge(Min(manifest, MetricNames.F1, 0.9), NewMetrics(f1: 0.5), manifest, 1).Gates[0].Message);
    }

    [Fact]
    public void An_undefined_metric_fails_its_gate_and_says_why()
    {
        ModelManifest manifest = NewManifest(SomeFolder);
        var nothingPredictedPositive = new AiFactory.Core.Metrics.ConfusionCounts(0, 0, 90, 10);

        GateEvaluation result = Judge(
            Min(manifest, MetricNames.Precision, 0.5, 9, 40),
            NewMetrics(precision: null, f1: null, recall: 0, confusion: nothingPredictedPositive),
            manifest,
            100);

        GateResult gate = Assert.Single(result.Gates);
        Assert.Equal(GateStatus.Failed, gate.Status);
        Assert.Null(gate.Value);
        Assert.Null(gate.JudgedValue);
        Assert.Equal(
            $"{manifest.FilePath}(9,40): error AIF4001: precision is undefined because no row was predicted positive (precision = TP / (TP + FP) divides by zero), so the minimum 0.5 set here cannot be met (test set, 100 rows)",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Theory]
    [InlineData(MetricNames.Auc, true)]
    [InlineData(MetricNames.LogLoss, false)]
    public void Score_metrics_of_label_only_predictions_are_AIF4008(string metric, bool isMin)
    {
        ModelManifest manifest = NewManifest(SomeFolder);
        MetricGate gate = isMin ? Min(manifest, metric, 0.7, 5, 20) : Max(manifest, metric, 0.7, 5, 20);

        GateEvaluation result = Judge(gate, NewMetrics(auc: null, logLoss: null, hasScores: false), manifest);

        Assert.Equal(GateStatus.Failed, result.Gates[0].Status);
        Assert.Equal(
            $"{manifest.FilePath}(5,20): error AIF4008: {metric} needs scores, but the predictions are labels only (data.prediction); name a probability column with data.score instead, or remove this gate",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Min_and_max_of_one_metric_are_two_gates_in_order_and_each_failure_is_one_error()
    {
        ModelManifest manifest = NewManifest(SomeFolder);
        manifest.Gates.Metrics = new[]
        {
            new MetricGate(MetricNames.F1) { Min = At(manifest, 0.6, 3, 10), Max = At(manifest, 0.9, 3, 22) },
            Min(manifest, MetricNames.Recall, 0.8, 4, 10),
            Min(manifest, MetricNames.Accuracy, 0.95, 5, 10),
        };

        GateEvaluation result = GateEvaluator.Evaluate(manifest, NewEvaluation(NewMetrics(f1: 0.7, recall: 0.7, accuracy: 0.9)));

        Assert.Equal(new[] { "metrics.f1.min", "metrics.f1.max", "metrics.recall.min", "metrics.accuracy.min" }, result.Gates.Select(g => g.Id));
        Assert.Equal(new[] { GateStatus.Passed, GateStatus.Passed, GateStatus.Failed, GateStatus.Failed }, result.Gates.Select(g => g.Status));
        Assert.Equal(new[] { "(4,10)", "(5,10)" }, result.Diagnostics.Select(d => $"({d.Location!.Line},{d.Location.Column})"));
        Assert.False(result.Passed);
    }

    [Fact]
    public void No_gates_pass_trivially()
    {
        GateEvaluation result = GateEvaluator.Evaluate(NewManifest(SomeFolder), NewEvaluation(NewMetrics()));

        Assert.Empty(result.Gates);
        Assert.True(result.Passed);
    }
}
