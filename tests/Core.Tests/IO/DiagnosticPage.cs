using System.Text.RegularExpressions;
using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Core.Tests.IO;

/// <summary>Reads the example of a docs/diagnostics page and prints diagnostics as the page shows them.</summary>
internal static class DiagnosticPage
{
    /// <summary>The first fenced block of the language (<c>jsonc</c>, <c>text</c>), or null.</summary>
    public static string? Block(string page, string language)
    {
        Match m = Regex.Match(page, "```" + language + "\\r?\\n(.*?)```", RegexOptions.Singleline);
        return m.Success ? m.Groups[1].Value : null;
    }

    /// <summary>A diagnostic as the build prints it for aifactory.json.</summary>
    public static string Line(Diagnostic d) =>
        $"aifactory.json({d.Location!.Line},{d.Location.Column}): {(d.Severity == DiagnosticSeverity.Error ? "error" : "warning")} {d.Code}: {d.Message}";
}
