using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.ML;

namespace AiFactory.Analyzers.Tests.TestSupport;

/// <summary>
/// What test code compiles against, offline: the SDK's own reference pack (the testing library's packaged reference
/// assemblies are not in this feed), ML.NET's assemblies and the AiFactory API, from this test's output folder.
/// </summary>
internal static class TestReferences
{
    /// <summary>No packaged reference assemblies: <see cref="All"/> supplies them.</summary>
    public static ReferenceAssemblies None { get; } = new ReferenceAssemblies("net10.0");

    /// <summary>Every reference a governed model project's code sees.</summary>
    public static ImmutableArray<MetadataReference> All { get; } = Load();

    private static ImmutableArray<MetadataReference> Load()
    {
        var files = new List<string>(FrameworkReferences());
        string bin = Path.GetDirectoryName(typeof(MLContext).Assembly.Location)!;
        files.AddRange(Directory.GetFiles(bin, "Microsoft.ML*.dll"));
        files.Add(typeof(AiFactory.ModelContext).Assembly.Location);
        return files.Select(f => (MetadataReference)MetadataReference.CreateFromFile(f)).ToImmutableArray();
    }

    // packs/Microsoft.NETCore.App.Ref/<newest>/ref/net<x>/*.dll beside the running runtime; the runtime's own
    // assemblies when no pack is installed.
    private static IEnumerable<string> FrameworkReferences()
    {
        string runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string dotnetRoot = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        string packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        string? refFolder = Directory.Exists(packs)
            ? Directory.GetDirectories(packs)
                .OrderByDescending(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out Version? v) ? v : new Version(0, 0))
                .SelectMany(d => Directory.Exists(Path.Combine(d, "ref")) ? Directory.GetDirectories(Path.Combine(d, "ref")) : Array.Empty<string>())
                .FirstOrDefault()
            : null;
        return refFolder != null
            ? Directory.GetFiles(refFolder, "*.dll")
            : ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Where(p => Path.GetFileName(p).StartsWith("System", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll");
    }
}
