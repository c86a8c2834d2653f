namespace AiFactory.Build.Tasks.Tests.Tasks;

public sealed class PrepareGovernedModelTests : IDisposable
{
    private readonly TaskTestProject _project = new();

    public void Dispose() => _project.Dispose();

    private (PrepareGovernedModel Task, RecordingBuildEngine Engine) Run()
    {
        var engine = new RecordingBuildEngine();
        PrepareGovernedModel task = _project.Prepare(engine);
        Assert.True(task.Execute(), string.Join("\n", engine.Errors.Select(e => e.Message)));
        return (task, engine);
    }

    [Fact]
    public void Stamps_change_only_when_their_stage_inputs_change()
    {
        var (first, _) = Run();
        Assert.Equal("mlnet", first.Source);
        Assert.Matches("^[0-9a-f]{64}$", first.TrainingFingerprint);
        Assert.Equal(first.TrainingFingerprint + "\n", File.ReadAllText(first.TrainingStamp));
        DateTime trainingStamp = File.GetLastWriteTimeUtc(first.TrainingStamp);
        DateTime evaluationStamp = File.GetLastWriteTimeUtc(first.EvaluationStamp);
        Thread.Sleep(20);

        // Same inputs: the stamps are not touched.
        var (same, _) = Run();
        Assert.Equal(first.TrainingFingerprint, same.TrainingFingerprint);
        Assert.Equal(trainingStamp, File.GetLastWriteTimeUtc(first.TrainingStamp));
        Assert.Equal(evaluationStamp, File.GetLastWriteTimeUtc(first.EvaluationStamp));

        // A gate threshold is in neither fingerprint.
        _project.WriteManifest(0.9, seed: 42, threshold: 0.5);
        var (gate, _) = Run();
        Assert.Equal(first.TrainingFingerprint, gate.TrainingFingerprint);
        Assert.Equal(first.EvaluationFingerprint, gate.EvaluationFingerprint);

        // The decision threshold is an evaluation input only.
        _project.WriteManifest(0.9, seed: 42, threshold: 0.4);
        var (threshold, _) = Run();
        Assert.Equal(first.TrainingFingerprint, threshold.TrainingFingerprint);
        Assert.NotEqual(first.EvaluationFingerprint, threshold.EvaluationFingerprint);
        Assert.Equal(trainingStamp, File.GetLastWriteTimeUtc(first.TrainingStamp));

        // Seed, training data and model code are training inputs (and so evaluation inputs too).
        _project.WriteManifest(0.9, seed: 7, threshold: 0.4);
        var (seed, _) = Run();
        Assert.NotEqual(threshold.TrainingFingerprint, seed.TrainingFingerprint);
        Assert.NotEqual(threshold.EvaluationFingerprint, seed.EvaluationFingerprint);

        File.AppendAllText(Path.Combine(_project.Folder, "data", "train.csv"), "5,yes\n");
        var (data, _) = Run();
        Assert.NotEqual(seed.TrainingFingerprint, data.TrainingFingerprint);

        File.WriteAllBytes(_project.AssemblyPath, new byte[] { 1, 2, 3, 4 });
        var (code, _) = Run();
        Assert.NotEqual(data.TrainingFingerprint, code.TrainingFingerprint);

        // Test data is an evaluation input only.
        File.AppendAllText(Path.Combine(_project.Folder, "data", "test.csv"), "6,no\n");
        var (test, _) = Run();
        Assert.Equal(code.TrainingFingerprint, test.TrainingFingerprint);
        Assert.NotEqual(code.EvaluationFingerprint, test.EvaluationFingerprint);
    }

    [Fact]
    public void It_records_what_it_found_and_the_files_it_read_for_builds_that_skip_it()
    {
        var (task, _) = Run();
        string state = File.ReadAllText(task.PreparedStateFile!);
        Assert.Contains($"trainingFingerprint={task.TrainingFingerprint}\n", state);
        Assert.Contains($"evaluationFingerprint={task.EvaluationFingerprint}\n", state);
        Assert.Contains("source=mlnet\n", state);
        Assert.Contains($"packageVersion={task.PackageVersion}\n", state);
        string[] inputs = File.ReadAllLines(task.PreparedInputsFile!);
        Assert.Equal(new[] { _project.ManifestPath, _project.AssemblyPath, Path.Combine(_project.Folder, "data", "test.csv"), Path.Combine(_project.Folder, "data", "train.csv") }, inputs);

        // A failed run removes the state, so the next build cannot skip the prepare.
        File.WriteAllText(_project.ManifestPath, "{ not json");
        var engine = new RecordingBuildEngine();
        Assert.False(_project.Prepare(engine).Execute());
        Assert.False(File.Exists(task.PreparedStateFile));
    }

    [Fact]
    public void Manifest_problems_are_logged_with_code_location_and_help_link()
    {
        File.WriteAllText(_project.ManifestPath, "{\n  \"model\": { \"name\": \"M\", \"sead\": 1 },\n  \"data\": { \"test\": \"data/test.csv\", \"label\": \"y\", \"positive\": \"yes\", \"train\": \"data/train.csv\" }\n}\n");
        var engine = new RecordingBuildEngine();
        Assert.False(_project.Prepare(engine).Execute());
        var error = Assert.Single(engine.Errors, e => e.Code == "AIF2002");
        Assert.Equal(_project.ManifestPath, error.File);
        Assert.Equal(2, error.LineNumber);
        Assert.Equal(27, error.ColumnNumber);
        Assert.Equal("https://github.com/aifactory-build/aifactory-build/blob/main/docs/diagnostics/AIF2002.md", error.HelpLink);
        Assert.Contains("seed", error.Message);
    }

    [Fact]
    public void A_library_project_cannot_be_governed()
    {
        var engine = new RecordingBuildEngine();
        Assert.False(_project.Prepare(engine, outputType: "Library").Execute());
        Assert.Equal("AIF2022", Assert.Single(engine.Errors).Code);
    }

    [Fact]
    public void A_missing_manifest_is_a_coded_error()
    {
        File.Delete(_project.ManifestPath);
        var engine = new RecordingBuildEngine();
        Assert.False(_project.Prepare(engine).Execute());
        Assert.Equal("AIF2011", Assert.Single(engine.Errors).Code);
    }
}
