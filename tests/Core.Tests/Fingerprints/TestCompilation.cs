using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using System.Text;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace AiFactory.Core.Tests.Fingerprints;

/// <summary>
/// Compiles C# sources into an assembly file as `dotnet build` does (deterministic, portable PDB whose path goes into
/// the debug directory, the SDK's assembly attributes), so tests can vary what changes between checkouts.
/// </summary>
public sealed record TestCompilation
{
    public required string AssemblyName { get; init; }

    /// <summary>(path, text) of each source file, in the order the compiler reads them; the path is what [CallerFilePath] sees.</summary>
    public required IReadOnlyList<(string Path, string Text)> Sources { get; init; }

    /// <summary>AssemblyInformationalVersion, as the SDK writes it (1.0.0+commit inside a git repository).</summary>
    public string InformationalVersion { get; init; } = "1.0.0";

    public string AssemblyVersion { get; init; } = "1.0.0.0";

    public bool Optimize { get; init; }

    public IReadOnlyList<string> References { get; init; } = Array.Empty<string>();

    /// <summary>Compiles into <paramref name="dllPath"/> (its PDB beside it) and returns the path.</summary>
    public string EmitTo(string dllPath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(dllPath)!);
        string attributes = $"""
            [assembly: System.Reflection.AssemblyInformationalVersion("{InformationalVersion}")]
            [assembly: System.Reflection.AssemblyVersion("{AssemblyVersion}")]
            [assembly: System.Reflection.AssemblyFileVersion("{AssemblyVersion}")]
            """;
        var trees = Sources.Select(s => CSharpSyntaxTree.ParseText(SourceText.From(s.Text, Encoding.UTF8), path: s.Path))
            .Append(CSharpSyntaxTree.ParseText(SourceText.From(attributes, Encoding.UTF8), path: Path.Combine(Path.GetDirectoryName(dllPath)!, AssemblyName + ".AssemblyInfo.cs")));
        // The running framework's assemblies, as a project's references.
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Concat(References)
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(AssemblyName, trees, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, deterministic: true,
                optimizationLevel: Optimize ? OptimizationLevel.Release : OptimizationLevel.Debug));
        string pdbPath = Path.ChangeExtension(dllPath, ".pdb");
        using var dll = File.Create(dllPath);
        using var pdb = File.Create(pdbPath);
        EmitResult result = compilation.Emit(dll, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb, pdbFilePath: pdbPath));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return dllPath;
    }
}
