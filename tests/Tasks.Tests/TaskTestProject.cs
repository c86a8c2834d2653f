namespace AiFactory.Build.Tasks.Tests;

/// <summary>A governed project on disk (manifest, data, a stand-in model assembly) in a temporary folder.</summary>
public sealed class TaskTestProject : IDisposable
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
