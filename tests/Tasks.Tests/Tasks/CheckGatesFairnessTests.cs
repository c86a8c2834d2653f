using AiFactory.Core.Evaluation;
using AiFactory.Core.Fairness;
using AiFactory.Core.Metrics;
using AiFactory.Manifest.Reading;

namespace AiFactory.Build.Tasks.Tests.Tasks;

/// <summary>
/// The check judges fairness gates only on intervals estimated from the current evaluation under the current
/// settings; thresholds and judging modes are not among those settings.
/// </summary>
public sealed class CheckGatesFairnessTests : IDisposable
{
    private const string PackageVersion = "1.2.3";
    private readonly TaskTestProject _project = new();

    public CheckGatesFairnessTests()
    {
        File.WriteAllText(Path.Combine(_project.Folder, "data", "train.csv"), "x,g,y\n1,A,yes\n2,B,no\n");
        File.WriteAllText(Path.Combine(_project.Folder, "data", "test.csv"), "x,g,y\n3,A,yes\n4,B,no\n");
        WriteManifest("\"demographicParityRatio\": { \"min\": 0.5 }");
    }

    public void Dispose() => _project.Dispose();

    private void WriteManifest(string fairness) =>
        File.WriteAllText(_project.ManifestPath, $$"""
            {
              "model": { "name": "M", "task": "binary-classification" },
              "data": { "train": "data/train.csv", "test": "data/test.csv", "label": "y", "positive": "yes", "sensitive": ["g"] },
              "gates": {
                "fairness": { {{fairness}}, "minGroupSize": 10, "minClassSize": 2 }
              }
            }
            """);

    private PrepareGovernedModel Prepare()
    {
        var engine = new RecordingBuildEngine();
        PrepareGovernedModel prepare = _project.Prepare(engine);
        Assert.True(prepare.Execute(), string.Join("\n", engine.Errors.Select(e => e.Message)));
        return prepare;
    }

    /// <summary>Group A selects 10 of 20, group B 8 of 20: ratio 0.8.</summary>
    private EvaluationRecord WriteEvaluation(string trainingFingerprint, string evaluationFingerprint)
    {
        var groups = new GroupedCounts(null, new[]
        {
            new GroupingCounts(new[] { "g" }, new[]
            {
                new GroupCounts("A", new ConfusionCounts(6, 4, 6, 4), null, null),
                new GroupCounts("B", new ConfusionCounts(5, 3, 7, 5), null, null),
            }),
        });
        var record = new EvaluationRecord
        {
            TrainingFingerprint = trainingFingerprint,
            EvaluationFingerprint = evaluationFingerprint,
            Source = "mlnet",
            TestDataPath = Path.Combine(_project.Folder, "data", "test.csv"),
            TestRows = 40,
            Metrics = BinaryMetricsCalculator.Build(new ConfusionCounts(11, 7, 13, 9), 0.5, true, null, null),
            Groups = groups,
        };
        Directory.CreateDirectory(_project.StatePath);
        record.WriteTo(Path.Combine(_project.StatePath, "evaluation.json"));
        return record;
    }

    private void WriteUncertainty(EvaluationRecord evaluation)
    {
        var manifest = ManifestReader.ReadFile(_project.ManifestPath, new ManifestReadOptions()).Manifest!;
        FairnessSettings settings = FairnessSettings.From(manifest);
        UncertaintyEstimator.Estimate(evaluation.Groups!, settings, settings.Fingerprint(evaluation.EvaluationFingerprint, PackageVersion), evaluation.EvaluationFingerprint)
            .WriteTo(Path.Combine(_project.StatePath, "uncertainty.json"));
    }

    private (bool Result, RecordingBuildEngine Engine) Check(PrepareGovernedModel prepare, string? passedMarker = null)
    {
        var engine = new RecordingBuildEngine();
        var check = new CheckGates
        {
            BuildEngine = engine,
            ManifestPath = _project.ManifestPath,
            StatePath = _project.StatePath,
            OutputPath = _project.OutputPath,
            TrainingFingerprint = prepare.TrainingFingerprint,
            EvaluationFingerprint = prepare.EvaluationFingerprint,
            RepositoryRoot = prepare.RepositoryRootPath,
            PackageVersion = PackageVersion,
            PassedMarker = passedMarker,
        };
        return (check.Execute(), engine);
    }

    [Fact]
    public void Prepare_computes_and_stamps_the_uncertainty_fingerprint()
    {
        PrepareGovernedModel prepare = Prepare();
        Assert.Matches("^[0-9a-f]{64}$", prepare.UncertaintyFingerprint);
        Assert.Equal(prepare.UncertaintyFingerprint + "\n", File.ReadAllText(Path.Combine(_project.StatePath, "uncertainty.fingerprint")));
        Assert.Contains("uncertaintyFingerprint=" + prepare.UncertaintyFingerprint, File.ReadAllText(Path.Combine(_project.StatePath, "prepared.state")));

        // A threshold or judging change keeps it; a confidence change moves it.
        WriteManifest("\"demographicParityRatio\": { \"min\": 0.9, \"judging\": \"burdenOfProof\" }");
        Assert.Equal(prepare.UncertaintyFingerprint, Prepare().UncertaintyFingerprint);
        WriteManifest("\"demographicParityRatio\": { \"min\": 0.5 }, \"confidence\": 0.9");
        Assert.NotEqual(prepare.UncertaintyFingerprint, Prepare().UncertaintyFingerprint);
    }

    [Fact]
    public void Missing_or_stale_intervals_judge_no_gate_and_current_ones_do()
    {
        PrepareGovernedModel prepare = Prepare();
        EvaluationRecord evaluation = WriteEvaluation(prepare.TrainingFingerprint, prepare.EvaluationFingerprint);

        var (missing, missingEngine) = Check(prepare);
        Assert.False(missing);
        Assert.Contains("fairness intervals", Assert.Single(missingEngine.Errors, e => e.Code == "AIF4007").Message);

        WriteUncertainty(evaluation);
        var (passed, engine) = Check(prepare);
        Assert.True(passed, string.Join("\n", engine.Errors.Select(e => e.Message)));
        string results = File.ReadAllText(Path.Combine(_project.OutputPath, "results.json"));
        Assert.Contains("\"id\": \"fairness.demographicParityRatio.g.min\"", results);
        Assert.Contains("\"method\": \"bootstrap-bc\"", results);

        // A new threshold and mode are judged on the same intervals.
        WriteManifest("\"demographicParityRatio\": { \"min\": 0.9, \"judging\": \"pointEstimate\" }");
        var (failed, failedEngine) = Check(prepare);
        Assert.False(failed);
        Assert.Equal("AIF5002", Assert.Single(failedEngine.Errors).Code);

        // Another confidence: the recorded intervals are stale.
        WriteManifest("\"demographicParityRatio\": { \"min\": 0.5 }, \"confidence\": 0.9");
        var (stale, staleEngine) = Check(prepare);
        Assert.False(stale);
        Assert.Contains("other settings", Assert.Single(staleEngine.Errors).Message);
    }

    [Fact]
    public void A_sensitive_attribute_no_gate_judges_is_a_warning_at_data_sensitive_on_every_check_until_a_gate_guards_it()
    {
        File.WriteAllText(_project.ManifestPath, """
            {
              "model": { "name": "M", "task": "binary-classification" },
              "data": { "train": "data/train.csv", "test": "data/test.csv", "label": "y", "positive": "yes", "sensitive": ["g"] },
              "gates": { "metrics": { "accuracy": { "min": 0.5 } } }
            }
            """);
        string marker = Path.Combine(_project.StatePath, "check.passed");
        PrepareGovernedModel prepare = Prepare();
        WriteEvaluation(prepare.TrainingFingerprint, prepare.EvaluationFingerprint);

        var (passed, engine) = Check(prepare, marker);
        Assert.True(passed, string.Join("\n", engine.Errors.Select(e => e.Message)));
        var warning = Assert.Single(engine.Warnings);
        Assert.Equal(("AIF5014", _project.ManifestPath, 3, 98), (warning.Code, warning.File, warning.LineNumber, warning.ColumnNumber));
        Assert.StartsWith("the sensitive attribute 'g' in data.sensitive has no fairness gate — this manifest sets none —", warning.Message);
        Assert.EndsWith("docs/diagnostics/AIF5014.md", warning.HelpLink);
        // No marker: the next build checks again, and warns again.
        Assert.False(File.Exists(marker));

        // A fairness gate guards it: no warning, and the check may be skipped while nothing changes.
        WriteManifest("\"demographicParityRatio\": { \"min\": 0.5 }");
        prepare = Prepare();
        WriteUncertainty(WriteEvaluation(prepare.TrainingFingerprint, prepare.EvaluationFingerprint));
        var (guarded, guardedEngine) = Check(prepare, marker);
        Assert.True(guarded, string.Join("\n", guardedEngine.Errors.Select(e => e.Message)));
        Assert.Empty(guardedEngine.Warnings);
        Assert.True(File.Exists(marker));
    }
}
