using AiFactory.Core.Gates;
using AiFactory.Core.Metrics;
using AiFactory.Core.Tests.IO;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using static AiFactory.Core.Tests.Gates.GateFixtures;

namespace AiFactory.Core.Tests.Gates.Kinds.Baseline;

public sealed class BaselineGateTests : IDisposable
{
    private const string BaselineText =
        "{\n" +
        "  \"schemaVersion\": 1,\n" +
        "  \"metrics\": { \"auc\": 0.825, \"f1\": 0.608, \"logLoss\": 0.436, \"precision\": null }\n" +
        "}\n";

    private readonly TempFolder _folder = new();
    private readonly ModelManifest _manifest;

    public BaselineGateTests()
    {
        _manifest = NewManifest(_folder.Path);
        Directory.CreateDirectory(_folder.File("baseline"));
        File.WriteAllText(_folder.File("baseline/results.json"), BaselineText);
    }

    public void Dispose() => _folder.Dispose();

    private GateEvaluation Judge(BinaryMetrics metrics, params BaselineMetricGate[] gates)
    {
        _manifest.Gates.Baseline = new BaselineGates
        {
            ResultsPath = _folder.File("baseline/results.json"),
            ResultsLocation = new SourceLocation(_manifest.FilePath, 20, 17),
            Metrics = gates,
        };
        return GateEvaluator.Evaluate(_manifest, NewEvaluation(metrics));
    }

    private BaselineMetricGate MaxDrop(string metric, double value) => new(metric) { MaxDrop = At(_manifest, value, 21, 30) };

    private BaselineMetricGate MinGain(string metric, double value) => new(metric) { MinGain = At(_manifest, value, 22, 30) };

    private void WriteBaseline(string recorded) =>
        File.WriteAllText(_folder.File("baseline/results.json"),
            "{\n  \"schemaVersion\": 1,\n  " + recorded + ",\n  \"metrics\": { \"auc\": 0.825, \"f1\": 0.608 }\n}\n");

    [Fact]
    public void A_baseline_measured_on_the_same_rows_at_the_same_threshold_is_compared()
    {
        WriteBaseline("\"testRows\": 6512, \"decisionThreshold\": 0.5");
        GateEvaluation result = Judge(NewMetrics(auc: 0.82), MaxDrop(MetricNames.Auc, 0.01));
        Assert.Equal(GateStatus.Passed, Assert.Single(result.Gates).Status);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_baseline_measured_on_other_rows_is_AIF4014_once_at_the_results_path_and_fails_every_baseline_gate()
    {
        WriteBaseline("\"testRows\": 6000, \"decisionThreshold\": 0.5");
        GateEvaluation result = Judge(NewMetrics(auc: 0.82), MaxDrop(MetricNames.Auc, 0.01), MinGain(MetricNames.F1, 0.0));
        Assert.All(result.Gates, g => Assert.Equal((GateStatus.Failed, "AIF4014"), (g.Status, g.Code)));
        Assert.Equal(
            $"{_manifest.FilePath}(20,17): error AIF4014: the baseline baseline/results.json was measured on 6,000 rows and this model on 6,512 rows, " +
            "so its metrics are not comparable with this model's; use the results.json of the baseline model evaluated on this test set at this threshold " +
            "(build it with the same data.test and model.threshold), or remove gates.baseline",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void A_baseline_measured_at_another_threshold_is_AIF4014()
    {
        WriteBaseline("\"testRows\": 6512, \"decisionThreshold\": 0.4");
        Diagnostic error = Assert.Single(Judge(NewMetrics(auc: 0.82), MaxDrop(MetricNames.Auc, 0.01)).Diagnostics);
        Assert.Equal("AIF4014", error.Code);
        Assert.Contains("was measured at decision threshold 0.4 and this model at 0.5, so its metrics are not comparable", error.Message);
    }

    [Fact]
    public void A_drop_larger_than_maxDrop_fails_with_AIF4003_naming_both_values_and_the_file()
    {
        // 0.825 − 0.801 = 0.024 > 0.01
        GateEvaluation result = Judge(NewMetrics(auc: 0.801), MaxDrop(MetricNames.Auc, 0.01));

        GateResult gate = Assert.Single(result.Gates);
        Assert.Equal("baseline.auc.maxDrop", gate.Id);
        Assert.Equal("baseline", gate.Kind);
        Assert.Equal(0.801, gate.Value);
        Assert.Equal(0.825, gate.BaselineValue);
        Assert.Equal(0.825 - 0.801, gate.JudgedValue!.Value, 15);
        Assert.Equal("<=", gate.Comparison);
        Assert.Equal(
            $"{_manifest.FilePath}(21,30): error AIF4003: auc 0.801 dropped 0.024 below the baseline 0.825 (baseline/results.json); at most 0.01 is allowed here",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Theory]
    [InlineData(0.815)] // 0.825 − 0.815 = 0.010000000000000009 in doubles: equal to maxDrop within the tolerance
    [InlineData(0.825)] // no change
    [InlineData(0.9)]   // better
    public void A_drop_up_to_maxDrop_passes(double auc)
    {
        GateEvaluation result = Judge(NewMetrics(auc: auc), MaxDrop(MetricNames.Auc, 0.01));

        Assert.Equal(GateStatus.Passed, result.Gates[0].Status);
        Assert.True(result.Passed);
    }

    [Fact]
    public void For_logLoss_worse_means_higher()
    {
        // 0.460 − 0.436 = 0.024 worse > 0.01
        GateEvaluation rose = Judge(NewMetrics(logLoss: 0.46), MaxDrop(MetricNames.LogLoss, 0.01));
        Assert.Equal(
            "logLoss 0.460 rose 0.024 above the baseline 0.436 (baseline/results.json); at most 0.01 is allowed here",
            rose.Gates[0].Message);
        Assert.Equal("AIF4003", rose.Gates[0].Code);

        // 0.436 − 0.420: lower is better, so this is no drop at all.
        GateEvaluation fell = Judge(NewMetrics(logLoss: 0.42), MaxDrop(MetricNames.LogLoss, 0.01));
        Assert.Equal(GateStatus.Passed, fell.Gates[0].Status);
        Assert.Equal(0.42 - 0.436, fell.Gates[0].JudgedValue!.Value, 15);
    }

    [Fact]
    public void A_gain_smaller_than_minGain_fails_with_AIF4004()
    {
        // 0.612 − 0.608 = 0.004 < 0.01
        GateEvaluation result = Judge(NewMetrics(f1: 0.612), MinGain(MetricNames.F1, 0.01));

        GateResult gate = result.Gates[0];
        Assert.Equal("baseline.f1.minGain", gate.Id);
        Assert.Equal(">=", gate.Comparison);
        Assert.Equal(0.612 - 0.608, gate.JudgedValue!.Value, 15);
        Assert.Equal(
            $"{_manifest.FilePath}(22,30): error AIF4004: f1 0.612 improved only 0.004 on the baseline 0.608 (baseline/results.json); at least 0.01 is required here",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void A_loss_against_the_baseline_fails_minGain_and_says_so()
    {
        // 0.600 is 0.008 below 0.608.
        GateEvaluation result = Judge(NewMetrics(f1: 0.6), MinGain(MetricNames.F1, 0.01));

        Assert.Equal(
            "f1 0.600 is 0.008 below the baseline 0.608 (baseline/results.json); an improvement of at least 0.01 is required here",
            result.Gates[0].Message);
        Assert.Equal(-0.008, result.Gates[0].JudgedValue!.Value, 12);
    }

    [Theory]
    [InlineData(0.618)] // 0.618 − 0.608 = 0.010000000000000009: equal to minGain within the tolerance
    [InlineData(0.63)]
    public void A_gain_of_at_least_minGain_passes(double f1)
    {
        Assert.Equal(GateStatus.Passed, Judge(NewMetrics(f1: f1), MinGain(MetricNames.F1, 0.01)).Gates[0].Status);
    }

    [Fact]
    public void For_logLoss_a_gain_is_a_decrease()
    {
        // 0.436 − 0.430 = 0.006 < 0.01
        GateEvaluation small = Judge(NewMetrics(logLoss: 0.43), MinGain(MetricNames.LogLoss, 0.01));
        Assert.Equal(
            "logLoss 0.430 improved only 0.006 on the baseline 0.436 (baseline/results.json); at least 0.01 is required here",
            small.Gates[0].Message);

        // 0.436 − 0.420 = 0.016 ≥ 0.01
        Assert.Equal(GateStatus.Passed, Judge(NewMetrics(logLoss: 0.42), MinGain(MetricNames.LogLoss, 0.01)).Gates[0].Status);

        // 0.440 is worse: 0.004 above.
        Assert.Equal(
            "logLoss 0.440 is 0.004 above the baseline 0.436 (baseline/results.json); an improvement of at least 0.01 is required here",
            Judge(NewMetrics(logLoss: 0.44), MinGain(MetricNames.LogLoss, 0.01)).Gates[0].Message);
    }

    [Fact]
    public void Close_values_get_digits_until_they_differ()
    {
        // 0.8252 − 0.8249 = 0.0003 > 0: with maxDrop 0 a drop of 0.000 would read as allowed.
        File.WriteAllText(_folder.File("baseline/results.json"), "{ \"metrics\": { \"auc\": 0.8252 } }");

        GateEvaluation result = Judge(NewMetrics(auc: 0.8249), MaxDrop(MetricNames.Auc, 0));

        Assert.Equal(
            "auc 0.8249 dropped 0.0003 below the baseline 0.8252 (baseline/results.json); at most 0 is allowed here",
            result.Gates[0].Message);
    }

    [Fact]
    public void A_metric_missing_from_the_baseline_is_AIF4005_at_the_baseline_metrics()
    {
        GateEvaluation result = Judge(NewMetrics(), MaxDrop(MetricNames.Recall, 0.01), MaxDrop(MetricNames.Precision, 0.01));

        Assert.All(result.Gates, g => Assert.Equal(GateStatus.Failed, g.Status));
        Assert.All(result.Gates, g => Assert.Equal("AIF4005", g.Code));
        Assert.Equal(
            new[]
            {
                $"{_folder.File("baseline/results.json")}(3,14): error AIF4005: the baseline baseline/results.json has no recall under \"metrics\", so gates.baseline.recall cannot be judged; use a baseline whose results include recall, or remove this gate",
                $"{_folder.File("baseline/results.json")}(3,14): error AIF4005: the baseline baseline/results.json has precision null (it was undefined when the baseline was evaluated), so gates.baseline.precision cannot be judged; use a baseline whose results include precision, or remove this gate",
            },
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_missing_baseline_file_fails_every_baseline_gate_and_is_reported_once_where_the_manifest_names_it()
    {
        File.Delete(_folder.File("baseline/results.json"));

        GateEvaluation result = Judge(NewMetrics(), MaxDrop(MetricNames.Auc, 0.01), MinGain(MetricNames.F1, 0.01));

        Assert.Equal(2, result.Gates.Count);
        Assert.All(result.Gates, g => Assert.Equal(("AIF4005", GateStatus.Failed), (g.Code, g.Status)));
        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal("AIF4005", error.Code);
        Assert.Equal($"{_manifest.FilePath}(20,17)", error.Location!.ToString());
        Assert.Contains("does not exist", error.Message);
    }

    [Fact]
    public void An_undefined_current_metric_fails_the_baseline_gate_and_says_why()
    {
        GateEvaluation result = Judge(
            NewMetrics(f1: null, precision: null, confusion: new ConfusionCounts(0, 0, 90, 10)),
            MinGain(MetricNames.F1, 0.01));

        Assert.Equal("AIF4004", result.Gates[0].Code);
        Assert.Equal(
            "f1 is undefined because no row was predicted positive (precision = TP / (TP + FP) divides by zero), so it cannot be compared with the baseline 0.608 (baseline/results.json)",
            result.Gates[0].Message);
    }

    [Fact]
    public void Auc_against_the_baseline_needs_scores()
    {
        GateEvaluation result = Judge(NewMetrics(auc: null, logLoss: null, hasScores: false), MaxDrop(MetricNames.Auc, 0.01));

        Assert.Equal("AIF4008", result.Gates[0].Code);
        Assert.Equal($"{_manifest.FilePath}(21,30)", Assert.Single(result.Diagnostics).Location!.ToString());
    }
}
