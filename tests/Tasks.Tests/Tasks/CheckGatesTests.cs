namespace AiFactory.Build.Tasks.Tests.Tasks;

public sealed class CheckGatesTests : IDisposable
{
    private readonly TaskTestProject _project = new();

    public void Dispose() => _project.Dispose();

    private PrepareGovernedModel Prepare() => _project.Prepared();

    private void WriteEvaluation(string trainingFingerprint, string evaluationFingerprint) =>
        _project.WriteEvaluation(trainingFingerprint, evaluationFingerprint);

    private (bool Result, RecordingBuildEngine Engine) Check(PrepareGovernedModel prepare, string severity = "error", bool skipTraining = false)
    {
        var engine = new RecordingBuildEngine();
        return (_project.Check(engine, prepare, severity, skipTraining).Execute(), engine);
    }

    [Fact]
    public void Inclusive_minimum_passes_and_a_raised_one_fails_at_its_line()
    {
        PrepareGovernedModel prepare = Prepare();
        WriteEvaluation(prepare.TrainingFingerprint, prepare.EvaluationFingerprint);

        var (passed, engine) = Check(prepare);
        Assert.True(passed);
        Assert.Empty(engine.Errors);
        Assert.Contains("\"status\": \"passed\"", File.ReadAllText(Path.Combine(_project.OutputPath, "results.json")));
        Assert.True(File.Exists(Path.Combine(_project.StatePath, "check.passed")));

        // Beside results.json, its provenance: its hash, and no commit in a folder that is no git repository git knows.
        string results = Path.Combine(_project.OutputPath, "results.json");
        string provenance = File.ReadAllText(Path.Combine(_project.OutputPath, "provenance.json"));
        Assert.Contains($"\"sha256\": \"{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(results))).ToLowerInvariant()}\"", provenance);
        Assert.Contains("\"commit\": null", provenance);
        Assert.Contains("\"file\": \"data/train.csv\"", File.ReadAllText(results));

        _project.WriteManifest(0.8, seed: 42, threshold: 0.5);
        var (failed, failedEngine) = Check(prepare);
        Assert.False(failed);
        var error = Assert.Single(failedEngine.Errors);
        Assert.Equal("AIF4001", error.Code);
        Assert.Equal(_project.ManifestPath, error.File);
        Assert.Equal(5, error.LineNumber);
        Assert.Equal(34, error.ColumnNumber);
        Assert.Equal("auc 0.750 is below the minimum 0.8 set here (test set, 4 rows)", error.Message);
        Assert.EndsWith("docs/diagnostics/AIF4001.md", error.HelpLink);

        // Failed: no marker, so the next build checks (and fails) again.
        Assert.False(File.Exists(Path.Combine(_project.StatePath, "check.passed")));
    }

    [Fact]
    public void Warning_severity_demotes_and_says_so()
    {
        _project.WriteManifest(0.8, seed: 42, threshold: 0.5);
        PrepareGovernedModel prepare = Prepare();
        WriteEvaluation(prepare.TrainingFingerprint, prepare.EvaluationFingerprint);
        var (result, engine) = Check(prepare, severity: "warning");
        Assert.True(result);
        Assert.Empty(engine.Errors);
        Assert.Contains(engine.Warnings, w => w.Code == "AIF4001" && w.LineNumber == 5);
        Assert.Contains(engine.Warnings, w => w.Code == "AIF4012");
        Assert.Contains("\"gateSeverity\": \"warning\"", File.ReadAllText(Path.Combine(_project.OutputPath, "results.json")));
    }

    [Fact]
    public void Stale_or_missing_evaluations_judge_no_gate()
    {
        PrepareGovernedModel prepare = Prepare();
        var (missing, missingEngine) = Check(prepare);
        Assert.False(missing);
        Assert.Equal("AIF4007", Assert.Single(missingEngine.Errors).Code);

        WriteEvaluation(new string('0', 64), prepare.EvaluationFingerprint);
        var (stale, staleEngine) = Check(prepare, severity: "warning", skipTraining: true);
        Assert.False(stale);
        var error = Assert.Single(staleEngine.Errors);
        Assert.Equal("AIF4007", error.Code);
        Assert.Contains("AiFactorySkipTraining", error.Message);
        Assert.False(File.Exists(Path.Combine(_project.OutputPath, "results.json")));

        WriteEvaluation(prepare.TrainingFingerprint, new string('0', 64));
        Assert.False(Check(prepare).Result);
    }

    [Fact]
    public void An_unknown_severity_is_an_error()
    {
        PrepareGovernedModel prepare = Prepare();
        WriteEvaluation(prepare.TrainingFingerprint, prepare.EvaluationFingerprint);
        var (result, engine) = Check(prepare, severity: "fatal");
        Assert.False(result);
        Assert.Contains("AiFactoryGateSeverity", Assert.Single(engine.Errors).Message);
    }
}
