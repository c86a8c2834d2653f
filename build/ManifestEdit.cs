using AiFactory.Manifest.Json;

namespace AiFactory.BuildTool;

/// <summary>Edits a number of aifactory.json in place, as a user would in an editor: the rest of the text is left as it is.</summary>
public static class ManifestEdit
{
    /// <summary>
    /// Replaces the number at a dotted path (for example <c>gates.metrics.auc.min</c>) with <paramref name="number"/>
    /// and returns where it stands: the 1-based line and character column the build reports a failed gate at.
    /// </summary>
    public static (int Line, int Column) SetNumber(string manifestPath, string path, string number)
    {
        string text = File.ReadAllText(manifestPath);
        JsonNode node = JsonReader.Parse(text);
        foreach (string key in path.Split('.'))
        {
            node = (node as JsonObject)?[key] ?? throw new InvalidOperationException($"{manifestPath} has no {path}");
        }

        if (node is not JsonNumber value)
        {
            throw new InvalidOperationException($"{path} in {manifestPath} is {node.KindName}, not a number");
        }

        int index = IndexOf(text, value.Line, value.Column);
        File.WriteAllText(manifestPath, text[..index] + number + text[(index + value.Text.Length)..]);
        return (value.Line, value.Column);
    }

    private static int IndexOf(string text, int line, int column)
    {
        int index = 0;
        for (int l = 1; l < line; l++)
        {
            index = text.IndexOf('\n', index) + 1;
        }

        return index + column - 1;
    }
}
