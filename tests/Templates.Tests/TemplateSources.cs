using System.Text.Json;
using AiFactory.BuildTool;

namespace AiFactory.Templates.Tests;

/// <summary>The template sources in src/Templates/content/aifactory-model.</summary>
public static class TemplateSources
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "src", "Templates", "content", "aifactory-model");

    public static string ConfigFolder => Path.Combine(Folder, ".template.config");

    public static JsonElement TemplateJson() => JsonDocument.Parse(File.ReadAllText(Path.Combine(ConfigFolder, "template.json"))).RootElement;

    /// <summary>Every file the template instantiates (relative, '/'-separated), without its configuration.</summary>
    public static IEnumerable<string> ContentFiles() =>
        Directory.GetFiles(Folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith(".template.config/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Folder, relativePath));

    public static IEnumerable<(string Name, JsonElement Symbol)> Symbols() =>
        TemplateJson().GetProperty("symbols").EnumerateObject().Select(p => (p.Name, p.Value));
}
