using AiFactory.Core.Evaluation;
using AiFactory.Core.Metrics;

namespace AiFactory.Build.Tasks.Tests;

/// <summary>A governed project on disk (manifest, data, a stand-in model assembly) in a temporary folder.</summary>
internal sealed class TaskTestProject : IDisposable
{
    public TaskTestProject()
    {
        Folder = Path.Combine(Path.GetTempPath(), "aifactory-tasks-" + Path.GetRandomFileName().Replace(".", ""));
        Directory.CreateDirectory(Path.Combine(Folder, ".git"));
        Directory.CreateDirectory(Path.Combine(Folder, "data"));
        File.WriteAllText(Path.Combine(Folder, "data", "train.csv"), "x,y\n1,yes\n2,no\n");
        File.WriteAllText(Path.Combine(Folder, "data", "test.csv"), "x,y\n3,yes\n4,no\n");
        File.WriteAllBytes(AssemblyPath, new byte[] { 1, 2, 3 });
        WriteManifest(0.75, seed: 42, threshold: 0.5);
    }

    public string Folder { get; }

    public string ManifestPath => Path.Combine(Folder, "aifactory.json");

    public string AssemblyPath => Path.Combine(Folder, "Model.dll");

    public string StatePath => Path.Combine(Folder, "obj", "aifactory");

    public string OutputPath => Path.Combine(Folder, "bin", "aifactory");

    public void WriteManifest(double aucMin, int seed, double threshold) =>
        File.WriteAllText(ManifestPath, $$"""
            {
              "model": { "name": "M", "task": "binary-classification", "threshold": {{threshold}}, "seed": {{seed}} },
              "data": { "train": "data/train.csv", "test": "data/test.csv", "label": "y", "positive": "yes" },
              "gates": {
                "metrics": { "auc": { "min": {{aucMin}} } }
              }
            }
            """);

    public PrepareGovernedModel Prepare(RecordingBuildEngine engine, string outputType = "Exe") => new()
    {
        BuildEngine = engine,
        ManifestPath = ManifestPath,
        ModelAssemblyPath = AssemblyPath,
        StatePath = StatePath,
        OutputType = outputType,
        PreparedStateFile = Path.Combine(StatePath, "prepared.state"),
        PreparedInputsFile = Path.Combine(StatePath, "prepared.inputs"),
    };

    /// <summary>Runs the prepare stage, which must succeed.</summary>
    public PrepareGovernedModel Prepared()
    {
        var engine = new RecordingBuildEngine();
        PrepareGovernedModel prepare = Prepare(engine);
        Assert.True(prepare.Execute(), string.Join("\n", engine.Errors.Select(e => e.Message)));
        return prepare;
    }

    // Labels 1,1,0,0 with scores 0.9,0.2,0.8,0.1: of the 4 positive-negative pairs, (0.9>0.8), (0.9>0.1), (0.2<0.8),
    // (0.2>0.1) → 3 of 4 ordered correctly, auc 0.75.
    public static BinaryMetrics Metrics() =>
        BinaryMetricsCalculator.FromScores(new[] { true, true, false, false }, new[] { 0.9, 0.2, 0.8, 0.1 }, 0.5);

    /// <summary>Writes the record the evaluate stage would leave, for a model with these fingerprints (auc 0.75).</summary>
    public void WriteEvaluation(string trainingFingerprint, string evaluationFingerprint)
    {
        Directory.CreateDirectory(StatePath);
        new EvaluationRecord
        {
            TrainingFingerprint = trainingFingerprint,
            EvaluationFingerprint = evaluationFingerprint,
            ModelHash = new string('a', 64),
            Source = "mlnet",
            TestDataPath = Path.Combine(Folder, "data", "test.csv"),
            TestRows = 4,
            Metrics = Metrics(),
        }.WriteTo(Path.Combine(StatePath, "evaluation.json"));
    }

    /// <summary>The check stage over what <paramref name="prepare"/> computed.</summary>
    public CheckGates Check(RecordingBuildEngine engine, PrepareGovernedModel prepare, string severity = "error", bool skipTraining = false) => new()
    {
        BuildEngine = engine,
        ManifestPath = ManifestPath,
        StatePath = StatePath,
        OutputPath = OutputPath,
        TrainingFingerprint = prepare.TrainingFingerprint,
        EvaluationFingerprint = prepare.EvaluationFingerprint,
        RepositoryRoot = prepare.RepositoryRootPath,
        GateSeverity = severity,
        SkipTraining = skipTraining,
        PackageVersion = "1.2.3",
        PassedMarker = Path.Combine(StatePath, "check.passed"),
    };

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
