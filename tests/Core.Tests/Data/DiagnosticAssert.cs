using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Core.Tests.Data;

internal static class DiagnosticAssert
{
    /// <summary>Runs the action, requires a DiagnosticException with the code, file, line and column, and returns its diagnostic.</summary>
    public static Diagnostic Fails(Action action, string code, string file, int line, int column)
    {
        Diagnostic diagnostic = Assert.Throws<DiagnosticException>(action).Diagnostic;
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.NotNull(diagnostic.Location);
        Assert.Equal(file, diagnostic.Location!.File);
        Assert.Equal(line, diagnostic.Location.Line);
        Assert.Equal(column, diagnostic.Location.Column);
        Assert.Contains("Fix:", diagnostic.Message);
        return diagnostic;
    }
}
