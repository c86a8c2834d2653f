using AiFactory.Core.Synthetic;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;

namespace AiFactory.Runtime.Tests.Hosting;

/// <summary>A temporary folder with synthetic training and test data and a manifest over them.</summary>
internal sealed class GovernedFolder : IDisposable
{
    public GovernedFolder(string? manifest = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "aif-runtime-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Folder, "data"));
        SyntheticDataGenerator.WriteCsv(Path.Combine(Folder, "data", "train.csv"), new SyntheticDataOptions { Rows = 1500, Seed = 1 });
        SyntheticDataGenerator.WriteCsv(Path.Combine(Folder, "data", "test.csv"), new SyntheticDataOptions { Rows = 700, Seed = 2 });
        File.WriteAllText(ManifestPath, manifest ?? """
            {
              "model": { "name": "Loans", "task": "binary-classification", "seed": 3 },
              "data": { "train": "data/train.csv", "test": "data/test.csv", "label": "approved", "positive": "yes",
                        "columns": { "region": "category", "group": "category" }, "sensitive": ["group"] },
              "gates": { "metrics": { "auc": { "min": 0.6 } } }
            }
            """);
    }

    public string Folder { get; }

    public string ManifestPath => Path.Combine(Folder, "aifactory.json");

    public string Output => Path.Combine(Folder, "out");

    public string State => Path.Combine(Folder, "state");

    public ModelManifest Manifest()
    {
        var result = ManifestReader.ReadFile(ManifestPath, new ManifestReadOptions { FileExists = File.Exists });
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Manifest!;
    }

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
