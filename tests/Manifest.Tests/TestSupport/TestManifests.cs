using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Reading;

namespace AiFactory.Manifest.Tests.TestSupport;

/// <summary>Reads manifest text at a fixed path and asserts diagnostics by code and exact position.</summary>
internal static class TestManifests
{
    /// <summary>A rooted path that never exists: Read does no IO unless FileExists is given.</summary>
    public static readonly string ManifestPath =
        Path.Combine(Path.GetTempPath(), "aif-manifest-tests", "models", "loan", "aifactory.json");

    public static string ManifestDirectory => Path.GetDirectoryName(ManifestPath)!;

    public static ManifestReadResult Read(string text, ManifestReadOptions? options = null) =>
        ManifestReader.Read(ManifestPath, text, options ?? new ManifestReadOptions());

    /// <summary>Asserts the text yields exactly one diagnostic, an error with this code at this place.</summary>
    public static Diagnostic SingleError(string text, string code, int line, int column, ManifestReadOptions? options = null)
    {
        ManifestReadResult result = Read(text, options);
        Assert.True(result.HasErrors, "expected an error");
        Assert.Null(result.Manifest);
        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        AssertAt(diagnostic, code, line, column);
        return diagnostic;
    }

    /// <summary>Asserts code and position in one comparison, so a failure shows both.</summary>
    public static void AssertAt(Diagnostic diagnostic, string code, int line, int column)
    {
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.NotNull(diagnostic.Location);
        Assert.Equal($"{code} at ({line},{column})", $"{diagnostic.Code} at ({diagnostic.Location!.Line},{diagnostic.Location.Column})");
        Assert.Equal(ManifestPath, diagnostic.Location.File);
    }

    /// <summary>Asserts the text is valid and returns its manifest.</summary>
    public static Model.ModelManifest Valid(string text, ManifestReadOptions? options = null)
    {
        ManifestReadResult result = Read(text, options);
        Assert.Empty(result.Diagnostics);
        Assert.False(result.HasErrors);
        Assert.NotNull(result.Manifest);
        return result.Manifest!;
    }
}
