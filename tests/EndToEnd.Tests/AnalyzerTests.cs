using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace AiFactory.EndToEnd.Tests;

/// <summary>
/// The analyzers inside AiFactory.Build reach a project that only ran `dotnet add package AiFactory.Build`: its
/// build shows their warnings at the right places, .editorconfig configures them, AiFactoryEnableAnalyzers=false
/// removes them, and a manifest problem is printed once — by the build in a command-line build, by the analyzer
/// (AIF1006) in a design-time build.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class AnalyzerTests(PackedPackages packages)
{
    private const string Experiments = """
        using Microsoft.ML;

        public static class Experiments
        {
            public static MLContext CreateContext() => new MLContext();

            public static IEstimator<ITransformer> Features(MLContext ml) =>
                ml.Transforms.Concatenate("Features", "income", "debt", "group");

            // AIF1005, turned off in .editorconfig.
            public static DataOperationsCatalog.TrainTestData Split(MLContext ml, IDataView data) => ml.Data.TrainTestSplit(data);
        }
        """;

    [Fact]
    public void Build_shows_the_warnings_at_their_lines_and_a_manifest_problem_once()
    {
        var project = new GovernedProject(packages.CreateSampleProject(nameof(Build_shows_the_warnings_at_their_lines_and_a_manifest_problem_once)));
        string experiments = Path.Combine(project.Folder, "Experiments.cs");
        File.WriteAllText(experiments, Experiments);
        File.WriteAllText(Path.Combine(project.Folder, ".editorconfig"), """
            root = true

            [*.cs]
            dotnet_diagnostic.AIF1005.severity = none
            """);
        (int unseededLine, int unseededColumn) = Demo.PositionOf(Experiments, "new MLContext()");
        (int groupLine, int groupColumn) = Demo.PositionOf(Experiments, "\"group\"");

        // The sample's own pipeline is clean: exactly the two problems of Experiments.cs, and the model still builds.
        CommandResult build = packages.Build(project.Folder);
        Assert.True(build.ExitCode == 0, build.Output);
        string[] warnings = build.WarningLines.Where(l => l.Contains(" AIF1", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, warnings.Length);
        Assert.Contains(warnings, l => l.Contains($"{experiments}({unseededLine},{unseededColumn}): warning AIF1001: ", StringComparison.Ordinal));
        Assert.Contains(warnings, l => l.Contains($"{experiments}({groupLine},{groupColumn}): warning AIF1002: sensitive attribute 'group'", StringComparison.Ordinal)
            && l.Contains("docs/diagnostics/AIF1002.md", StringComparison.Ordinal));
        Assert.Contains("train", project.Runs);
        int stagesRun = project.Runs.Count;

        // Without the analyzers nothing is reported, and the compiled model is the same: nothing retrains.
        CommandResult without = packages.Build(project.Folder, "-p:AiFactoryEnableAnalyzers=false");
        Assert.True(without.ExitCode == 0, without.Output);
        Assert.DoesNotContain(" AIF1", without.Output, StringComparison.Ordinal);
        Assert.Equal(stagesRun, project.Runs.Count);

        // A manifest problem in a command-line build: reported once, by the build (AIF2002), not by the analyzer.
        project.EditManifest("\"seed\": 42", "\"sead\": 42");
        (int line, int column) = project.ManifestPosition("\"sead\"");
        CommandResult bad = packages.Build(project.Folder);
        Assert.Equal(1, bad.ExitCode);
        Assert.Equal(
            new[] { $"{project.ManifestPath}({line},{column}): error AIF2002" },
            bad.ErrorLines.Where(l => l.Contains("AIF2002", StringComparison.Ordinal)).Select(l => l[..l.IndexOf(':', l.IndexOf(')'))] + ": error AIF2002"));
        Assert.DoesNotContain("AIF1006", bad.Output, StringComparison.Ordinal);

        // The IDE's design-time build: the analyzer shows the same problem at the same place; the build's stages don't run.
        CommandResult designTime = packages.Build(project.Folder, "-p:DesignTimeBuild=true");
        Assert.Contains(designTime.ErrorLines, l => l.Contains($"{project.ManifestPath}({line},{column}): error AIF1006: AIF2002: unknown key 'sead'", StringComparison.Ordinal));
        Assert.DoesNotContain("error AIF2002", designTime.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Package_ships_analyzers_any_IDE_can_load()
    {
        using ZipArchive package = ZipFile.OpenRead(Path.Combine(packages.Feed, $"AiFactory.Build.{packages.Version}.nupkg"));
        ZipArchiveEntry[] analyzers = package.Entries.Where(e => e.FullName.StartsWith("analyzers/", StringComparison.Ordinal)).ToArray();
        Assert.Equal(
            new[] { "analyzers/dotnet/cs/AiFactory.Analyzers.CodeFixes.dll", "analyzers/dotnet/cs/AiFactory.Analyzers.dll", "analyzers/dotnet/cs/AiFactory.Manifest.dll" },
            analyzers.Select(e => e.FullName).OrderBy(n => n, StringComparer.Ordinal));

        string[] shipped = analyzers.Select(e => Path.GetFileNameWithoutExtension(e.FullName)).ToArray();
        foreach (ZipArchiveEntry entry in analyzers)
        {
            using var stream = new MemoryStream();
            using (Stream s = entry.Open())
            {
                s.CopyTo(stream);
            }

            stream.Position = 0;
            using var pe = new PEReader(stream);
            MetadataReader metadata = pe.GetMetadataReader();
            foreach (AssemblyReferenceHandle handle in metadata.AssemblyReferences)
            {
                AssemblyReference reference = metadata.GetAssemblyReference(handle);
                string name = metadata.GetString(reference.Name);

                // What the compiler and the IDEs provide, at a version they provide (the SDK's 4.8+ compilers), or
                // the package's own assemblies; never System.Text.Json, which Visual Studio's analyzer host lacks.
                bool hostProvided = name == "netstandard" || name == "System.Collections.Immutable" || name.StartsWith("System.Composition", StringComparison.Ordinal)
                    || (name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) && reference.Version <= new Version(4, 8, 0, 0));
                Assert.True(hostProvided || shipped.Contains(name), $"{entry.FullName} references {name} {reference.Version}");
            }
        }
    }
}
