using System.Globalization;
using System.Text.Json;
using AiFactory.Core.Evaluation;
using AiFactory.Core.Gates;
using AiFactory.Core.Metrics;
using AiFactory.Core.Results;
using AiFactory.Core.Tests.IO;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.Results;

public class ResultsWriterTests
{
    [Fact]
    public void The_realistic_case_records_metrics_gates_and_business_cost()
    {
        using var temp = new TempFolder();
        using JsonDocument doc = JsonDocument.Parse(ResultsExample.ResultsJson(temp.Path));
        JsonElement root = doc.RootElement;

        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("predictions", root.GetProperty("model").GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("fingerprints").GetProperty("training").ValueKind);
        Assert.Equal("data/adult-scored.csv", root.GetProperty("data").GetProperty("test").GetProperty("path").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("data").GetProperty("train").ValueKind);
        Assert.Equal(32561, root.GetProperty("testRows").GetInt32());
        Assert.Equal(0.8314172810209715, root.GetProperty("metrics").GetProperty("auc").GetDouble());
        Assert.Equal(4755, root.GetProperty("confusion").GetProperty("falseNegatives").GetInt32());
        // (1292 × 500 + 4755 × 120) × 1000 / 32561
        Assert.Equal(1_216_600_000.0 / 32_561, root.GetProperty("business").GetProperty("costPer1000").GetDouble());

        JsonElement[] gates = root.GetProperty("gates").EnumerateArray().ToArray();
        Assert.Equal(
            new[] { "metrics.auc.min", "metrics.f1.min", "metrics.logLoss.max", "baseline.auc.maxDrop", "business.maxCostPer1000" },
            gates.Take(5).Select(g => g.GetProperty("id").GetString()));
        Assert.Equal(new[] { "passed", "failed", "passed", "passed", "passed" }, gates.Take(5).Select(g => g.GetProperty("status").GetString()));

        JsonElement f1 = gates[1];
        Assert.Equal("AIF4001", f1.GetProperty("code").GetString());
        Assert.Equal("f1 0.505 is below the minimum 0.60 set here (test set, 32,561 rows)", f1.GetProperty("message").GetString());
        Assert.Equal("aifactory.json", f1.GetProperty("location").GetProperty("file").GetString());
        Assert.Equal(23, f1.GetProperty("location").GetProperty("line").GetInt32());
        Assert.Equal(22, f1.GetProperty("location").GetProperty("column").GetInt32());

        JsonElement baseline = gates[3];
        Assert.Equal(0.8208, baseline.GetProperty("baselineValue").GetDouble());
        Assert.Equal(0.8208 - 0.8314172810209715, baseline.GetProperty("judgedValue").GetDouble());

        Assert.Equal("error", root.GetProperty("settings").GetProperty("gateSeverity").GetString());
        Assert.False(root.GetProperty("passed").GetBoolean());
    }

    [Fact]
    public void Every_gate_says_whether_it_passed_only_on_its_interval()
    {
        using var temp = new TempFolder();
        using JsonDocument doc = JsonDocument.Parse(ResultsExample.ResultsJson(temp.Path));
        foreach (JsonElement gate in doc.RootElement.GetProperty("gates").EnumerateArray())
        {
            // Passed on the interval exactly when passed while the judged value is past the threshold.
            bool passed = gate.GetProperty("status").GetString() == "passed";
            bool figurePasses = gate.GetProperty("judgedValue").ValueKind != JsonValueKind.Number
                || (gate.GetProperty("comparison").GetString() == ">="
                    ? gate.GetProperty("judgedValue").GetDouble() >= gate.GetProperty("threshold").GetDouble()
                    : gate.GetProperty("judgedValue").GetDouble() <= gate.GetProperty("threshold").GetDouble());
            Assert.Equal(passed && !figurePasses, gate.GetProperty("passedOnInterval").GetBoolean());
        }

        // Selection rates 0.30 and 0.40 in groups of 100: ratio 0.75 below the minimum 0.80, its interval across it.
        var names = new List<string>();
        var labels = new List<bool>();
        var predicted = new List<bool>();
        AiFactory.Core.Tests.Fairness.FairnessFixtures.AddCells(names, labels, predicted, "A", 25, 15, 35, 25);
        AiFactory.Core.Tests.Fairness.FairnessFixtures.AddCells(names, labels, predicted, "B", 20, 10, 40, 30);
        EvaluationRecord evaluation = AiFactory.Core.Tests.Fairness.FairnessFixtures.Evaluation("group", names.ToArray(), labels.ToArray(), predicted.ToArray());
        ModelManifest manifest = AiFactory.Core.Tests.Fairness.FairnessFixtures.Manifest("\"demographicParityRatio\": { \"min\": 0.80 }");
        GateEvaluation gates = GateEvaluator.Evaluate(manifest, evaluation, AiFactory.Core.Fairness.UncertaintyEstimator.Estimate(
            evaluation.Groups!, AiFactory.Core.Fairness.FairnessSettings.From(manifest), "u", evaluation.EvaluationFingerprint));
        using JsonDocument written = JsonDocument.Parse(ResultsWriter.ToJson(manifest, evaluation, gates, ResultsExample.Settings));
        JsonElement ratio = written.RootElement.GetProperty("gates").EnumerateArray().Single();
        Assert.Equal(("passed", true), (ratio.GetProperty("status").GetString(), ratio.GetProperty("passedOnInterval").GetBoolean()));
        Assert.Equal(0.75, ratio.GetProperty("value").GetDouble(), 12);
    }

    [Fact]
    public void Same_inputs_give_the_same_bytes_whatever_the_folder_and_culture()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        string a = ResultsExample.ResultsJson(first.Path);

        CultureInfo before = CultureInfo.CurrentCulture;
        string b;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            b = ResultsExample.ResultsJson(second.Path);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }

        Assert.Equal(a, b);
        Assert.DoesNotContain(first.Path, a);
        Assert.DoesNotContain("\r", a);
        Assert.EndsWith("}\n", a);
    }

    [Fact]
    public void An_mlnet_model_records_training_data_fingerprint_and_model_hash()
    {
        using var temp = new TempFolder();
        var manifest = new ModelManifest { FilePath = temp.File("aifactory.json"), Directory = temp.Path };
        manifest.Model.Name = "LoanApproval";
        var evaluation = new EvaluationRecord
        {
            TrainingFingerprint = "t1",
            EvaluationFingerprint = "e1",
            ModelHash = "h1",
            TestDataPath = temp.File("data/test.csv"),
            TestRows = 4,
            TrainDataPath = temp.File("data/train.csv"),
            TrainRows = 12,
            Metrics = BinaryMetricsCalculator.FromScores(new[] { true, false, true, false }, new[] { 0.9, 0.2, 0.4, 0.6 }, 0.5),
        };

        string json = ResultsWriter.ToJson(manifest, evaluation, GateEvaluator.Evaluate(manifest, evaluation), new RunSettings());
        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement root = doc.RootElement;

        Assert.Equal("mlnet", root.GetProperty("model").GetProperty("source").GetString());
        Assert.Equal("t1", root.GetProperty("fingerprints").GetProperty("training").GetString());
        Assert.Equal("h1", root.GetProperty("modelHash").GetString());
        Assert.Equal("data/train.csv", root.GetProperty("data").GetProperty("train").GetProperty("path").GetString());
        Assert.Equal(12, root.GetProperty("data").GetProperty("train").GetProperty("rows").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("business").ValueKind);
        Assert.Empty(root.GetProperty("gates").EnumerateArray());
        Assert.True(root.GetProperty("passed").GetBoolean());
        Assert.Empty(SchemaValidation.Errors(json));
    }

    [Fact]
    public void Label_only_predictions_write_null_scores_metrics_and_threshold()
    {
        using var temp = new TempFolder();
        var manifest = new ModelManifest { FilePath = temp.File("aifactory.json"), Directory = temp.Path };
        manifest.Model.Source = ModelSource.Predictions;
        manifest.Gates.Metrics = new[] { new MetricGate(MetricNames.Auc) { Min = new Bound(0.7, new AiFactory.Manifest.Diagnostics.SourceLocation(manifest.FilePath, 3, 9)) } };
        var evaluation = new EvaluationRecord
        {
            EvaluationFingerprint = "e",
            Source = "predictions",
            TestDataPath = temp.File("scored.csv"),
            TestRows = 2,
            Metrics = BinaryMetricsCalculator.FromPredictions(new[] { true, false }, new[] { false, false }),
        };
        var settings = new RunSettings { GateSeverity = "warning", SkippedStages = new[] { "fairness" } };

        string json = ResultsWriter.ToJson(manifest, evaluation, GateEvaluator.Evaluate(manifest, evaluation), settings);
        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement root = doc.RootElement;

        Assert.Equal(JsonValueKind.Null, root.GetProperty("decisionThreshold").ValueKind);
        foreach (string name in new[] { "auc", "logLoss", "precision", "f1" })
        {
            Assert.Equal(JsonValueKind.Null, root.GetProperty("metrics").GetProperty(name).ValueKind);
        }

        JsonElement gate = root.GetProperty("gates")[0];
        Assert.Equal("AIF4008", gate.GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, gate.GetProperty("value").ValueKind);
        Assert.Equal("warning", root.GetProperty("settings").GetProperty("gateSeverity").GetString());
        Assert.Equal("fairness", root.GetProperty("settings").GetProperty("skippedStages")[0].GetString());
        Assert.Empty(SchemaValidation.Errors(json));
    }

    [Theory]
    [InlineData("data/test.csv", "data/test.csv")]
    [InlineData("aifactory.json", "aifactory.json")]
    [InlineData("", "")]
    public void Paths_inside_the_manifest_folder_are_relative_with_slashes(string relative, string expected)
    {
        using var temp = new TempFolder();

        Assert.Equal(expected, ReportPath.Relative(temp.Path, relative.Length == 0 ? "" : Path.Combine(temp.Path, relative)));
        Assert.Equal(expected, ReportPath.Relative(temp.Path + Path.DirectorySeparatorChar, relative));
    }

    [Fact]
    public void Paths_outside_the_manifest_folder_stay_absolute()
    {
        using var temp = new TempFolder();
        string outside = Path.GetFullPath(Path.Combine(temp.Path, "..", "shared", "data.csv"));

        Assert.Equal(outside.Replace('\\', '/'), ReportPath.Relative(temp.Path, outside));
        // A sibling folder whose name starts with the manifest folder's name is outside too.
        Assert.Equal((temp.Path + "-other/x.csv").Replace('\\', '/'), ReportPath.Relative(temp.Path, temp.Path + "-other/x.csv"));
    }
}
