using AiFactory.Manifest.Json;

namespace AiFactory.EndToEnd.Tests;

/// <summary>Reads what a governed project's build left behind.</summary>
internal sealed class GovernedProject
{
    public GovernedProject(string folder, string? outputPath = null)
    {
        Folder = folder;
        OutputPath = outputPath ?? Path.Combine(folder, "bin", "Debug", "net10.0", "aifactory");
    }

    public string Folder { get; }

    public string OutputPath { get; }

    public string ManifestPath => Path.Combine(Folder, "aifactory.json");

    public string ResultsPath => Path.Combine(OutputPath, "results.json");

    public string StatePath => Path.Combine(Folder, "obj", "Debug", "net10.0", "aifactory");

    /// <summary>The stages the runner ran so far ("train", "evaluate"), from its run log.</summary>
    public IReadOnlyList<string> Runs =>
        File.Exists(Path.Combine(StatePath, "runs.log"))
            ? File.ReadAllLines(Path.Combine(StatePath, "runs.log")).Select(l => l.Split(' ')[0]).ToArray()
            : Array.Empty<string>();

    public JsonObject Results() => (JsonObject)JsonReader.Parse(File.ReadAllText(ResultsPath));

    public void EditManifest(string from, string to)
    {
        string text = File.ReadAllText(ManifestPath);
        Assert.Contains(from, text);
        File.WriteAllText(ManifestPath, text.Replace(from, to, StringComparison.Ordinal));
    }

    /// <summary>1-based line and column of the first occurrence of <paramref name="text"/> in the manifest.</summary>
    public (int Line, int Column) ManifestPosition(string text) =>
        AiFactory.BuildTool.Demo.PositionOf(File.ReadAllText(ManifestPath), text);

    public static double Number(JsonObject obj, string path)
    {
        JsonNode node = obj;
        foreach (string part in path.Split('.'))
        {
            node = ((JsonObject)node)[part] ?? throw new KeyNotFoundException(path);
        }

        return ((JsonNumber)node).Value;
    }

    public static string Text(JsonObject obj, string path)
    {
        JsonNode node = obj;
        foreach (string part in path.Split('.'))
        {
            node = ((JsonObject)node)[part] ?? throw new KeyNotFoundException(path);
        }

        return ((JsonString)node).Value;
    }

    public JsonObject Gate(string id) =>
        ((JsonArray)Results()["gates"]!).Items.OfType<JsonObject>().Single(g => Text(g, "id") == id);
}
