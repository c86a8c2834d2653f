using System.Text.Json;
using AiFactory.BuildTool;

namespace AiFactory.Templates.Tests;

/// <summary>The sources of one template in src/Templates/content/&lt;name&gt;.</summary>
public sealed class TemplateSources
{
    private TemplateSources(string name) => Name = name;

    /// <summary>aifactory-model: a governed model project, its tests and CI examples.</summary>
    public static TemplateSources Model { get; } = new("aifactory-model");

    /// <summary>aifactory-hub: the root of an organisation's models, with the policy they inherit.</summary>
    public static TemplateSources Hub { get; } = new("aifactory-hub");

    /// <summary>Every template of the package, by folder name (the names xUnit theories take).</summary>
    public static IReadOnlyDictionary<string, TemplateSources> All { get; } =
        new[] { Model, Hub }.ToDictionary(t => t.Name);

    /// <summary>The template's folder name under content/, which is also its short name.</summary>
    public string Name { get; }

    public string Folder => Path.Combine(RepositoryPaths.Root, "src", "Templates", "content", Name);

    public string ConfigFolder => Path.Combine(Folder, ".template.config");

    public JsonElement TemplateJson() => JsonDocument.Parse(File.ReadAllText(Path.Combine(ConfigFolder, "template.json"))).RootElement;

    /// <summary>Every file the template instantiates (relative, '/'-separated), without its configuration.</summary>
    public IEnumerable<string> ContentFiles() =>
        Directory.GetFiles(Folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith(".template.config/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Folder, relativePath));

    public IEnumerable<(string Name, JsonElement Symbol)> Symbols() =>
        TemplateJson().GetProperty("symbols").EnumerateObject().Select(p => (p.Name, p.Value));

    public JsonElement Symbol(string name) => TemplateJson().GetProperty("symbols").GetProperty(name);

    public string[] Choices(string name) =>
        Symbol(name).GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("choice").GetString()!).ToArray();
}
