using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiFactory.Analyzers.Tests.TestSupport;

/// <summary>
/// Runs every analyzer of the package over code and a manifest the way the compiler does, and prints each
/// diagnostic as a build prints it (<c>file(line,col): warning CODE: message</c>).
/// </summary>
internal static class AnalyzerRunner
{
    /// <summary>Every analyzer the AiFactory.Analyzers assembly ships.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> All { get; } = typeof(Descriptors).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() != null)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    /// <summary>The diagnostics of AIF codes, as printed lines, in file order.</summary>
    public static async Task<IReadOnlyList<string>> RunAsync(string fileName, string code, string? manifest, bool ide = false)
    {
        SyntaxTree tree = CSharpSyntaxTree.ParseText(code, path: fileName);
        var compilation = CSharpCompilation.Create("Model", new[] { tree }, TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        ImmutableArray<Diagnostic> errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        if (!errors.IsEmpty)
        {
            throw new InvalidOperationException("the example does not compile:\n" + string.Join("\n", errors));
        }

        ImmutableArray<AdditionalText> additional = manifest == null
            ? ImmutableArray<AdditionalText>.Empty
            : ImmutableArray.Create<AdditionalText>(new InMemoryText("aifactory.json", manifest));
        var options = new AnalyzerOptions(additional, new BuildOptions(ide ? "true" : null));
        ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(All, options).GetAnalyzerDiagnosticsAsync();
        return diagnostics
            .Where(d => d.Id.StartsWith("AIF", StringComparison.Ordinal))
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .Select(Print)
            .ToList();
    }

    /// <summary><c>file(line,col): severity CODE: message</c> with a 1-based line and column.</summary>
    public static string Print(Diagnostic diagnostic)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        string severity = diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {severity} {diagnostic.Id}: {diagnostic.GetMessage()}";
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class BuildOptions(string? manifestInIde) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(manifestInIde);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(null);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(null);

        private sealed class Options(string? manifestInIde) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                value = manifestInIde ?? "";
                return manifestInIde != null && key == "build_property.AiFactoryManifestInIde";
            }
        }
    }
}
