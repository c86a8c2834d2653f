using System.Text.Json;

namespace AiFactory.Build.Tasks.Tests.Tasks;

/// <summary>
/// A kept baseline (its results.json and test-scores.csv): the prepare stage lists its rows as an input, and the
/// check gives its gate the paired interval from this model's test-scores.csv and the baseline's.
/// </summary>
public sealed class CheckGatesBaselineTests : IDisposable
{
    private readonly TaskTestProject _project = new();

    public CheckGatesBaselineTests()
    {
        // This model: labels 1,1,0,0, scores 0.9,0.2,0.8,0.1 (auc 0.75, TaskTestProject.Metrics); the baseline ranks
        // every pair right (0.9,0.3,0.2,0.1: auc 1), so auc worsened 0.25.
        string baseline = Path.Combine(_project.Folder, "baseline");
        Directory.CreateDirectory(baseline);
        File.WriteAllText(Path.Combine(baseline, "results.json"),
            "{ \"schemaVersion\": 1, \"testRows\": 4, \"decisionThreshold\": 0.5, \"metrics\": { \"auc\": 1 } }\n");
        File.WriteAllText(BaselineRows, "label,score,predicted\n1,0.9,1\n1,0.3,0\n0,0.2,0\n0,0.1,0\n");
        File.WriteAllText(_project.ManifestPath, """
            {
              "model": { "name": "M", "task": "binary-classification", "threshold": 0.5, "seed": 42 },
              "data": { "train": "data/train.csv", "test": "data/test.csv", "label": "y", "positive": "yes" },
              "gates": {
                "baseline": { "results": "baseline/results.json", "auc": { "maxDrop": 0.3 } }
              }
            }
            """);
        Directory.CreateDirectory(_project.OutputPath);
        File.WriteAllText(Path.Combine(_project.OutputPath, "test-scores.csv"), "label,score,predicted\n1,0.9,1\n1,0.2,0\n0,0.8,1\n0,0.1,0\n");
    }

    public void Dispose() => _project.Dispose();

    private string BaselineRows => Path.Combine(_project.Folder, "baseline", "test-scores.csv");

    [Fact]
    public void The_baselines_rows_are_an_input_and_its_gate_gets_the_paired_interval_in_results_json()
    {
        PrepareGovernedModel prepare = _project.Prepared();
        Assert.Contains(BaselineRows, File.ReadAllLines(prepare.PreparedInputsFile!));
        _project.WriteEvaluation(prepare.TrainingFingerprint, prepare.EvaluationFingerprint);

        var engine = new RecordingBuildEngine();
        Assert.True(_project.Check(engine, prepare).Execute(), string.Join("\n", engine.Errors.Select(e => e.Message)));

        using JsonDocument results = JsonDocument.Parse(File.ReadAllText(Path.Combine(_project.OutputPath, "results.json")));
        JsonElement gate = results.RootElement.GetProperty("gates").EnumerateArray().Single();
        Assert.Equal(("baseline.auc.maxDrop", "pointEstimate"), (gate.GetProperty("id").GetString(), gate.GetProperty("judging").GetString()));
        Assert.Equal(0.25, gate.GetProperty("judgedValue").GetDouble(), 12);
        JsonElement interval = gate.GetProperty("interval");
        Assert.Equal("delong", interval.GetProperty("method").GetString());
        Assert.InRange(0.25, interval.GetProperty("lower").GetDouble(), interval.GetProperty("upper").GetDouble());
        JsonElement listed = results.RootElement.GetProperty("inputs").EnumerateArray().Single(i => i.GetProperty("role").GetString() == "baselineTestScores");
        Assert.Equal("baseline/test-scores.csv", listed.GetProperty("file").GetString());
    }

    [Fact]
    public void Without_the_baselines_rows_the_gate_is_judged_on_its_point_estimate_and_they_are_no_input()
    {
        File.Delete(BaselineRows);
        PrepareGovernedModel prepare = _project.Prepared();
        Assert.DoesNotContain(BaselineRows, File.ReadAllLines(prepare.PreparedInputsFile!));
        _project.WriteEvaluation(prepare.TrainingFingerprint, prepare.EvaluationFingerprint);

        var engine = new RecordingBuildEngine();
        Assert.True(_project.Check(engine, prepare).Execute());
        using JsonDocument results = JsonDocument.Parse(File.ReadAllText(Path.Combine(_project.OutputPath, "results.json")));
        JsonElement gate = results.RootElement.GetProperty("gates").EnumerateArray().Single();
        Assert.Equal(JsonValueKind.Null, gate.GetProperty("interval").ValueKind);
        Assert.Equal("auc 0.750 is 0.250 below the baseline 1.000 (baseline/results.json); at most 0.3 worse is allowed", gate.GetProperty("message").GetString());
    }
}
