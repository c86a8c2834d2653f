using System.Security.Cryptography;
using AiFactory.Core.Fingerprints;

namespace AiFactory.Core.Tests.Fingerprints;

/// <summary>
/// The code hash changes with what the code does and with nothing that changes between checkouts: commit (the SDK's
/// informational version), folder (PDB path, module version id, [CallerFilePath] literals) or source file order.
/// </summary>
public sealed class CodeFingerprintTests : IDisposable
{
    private const string Pipeline = """
        using System.Runtime.CompilerServices;
        namespace Loans
        {
            public sealed class Row
            {
                [System.ComponentModel.Description("Income")] public float Income { get; set; }
                public bool Label { get; set; }
            }

            public static class Pipeline
            {
                private static readonly int[] Bins = { 18, 25, 45, 65, 120, 300, 900, 1200 };

                public static string Where([CallerFilePath] string file = "") => file;

                public static int Score(int x)
                {
                    int total = 0;
                    foreach (int bin in Bins) { if (x > bin) total++; }
                    try { return total * 3 + Where().Length % 2; }
                    catch (System.InvalidOperationException) { return -1; }
                }

                public static System.Func<int, int> Lambda() => x => x + System.Linq.Enumerable.Count(new[] { 1, 2 });
            }
        }
        """;

    private const string Helpers = """
        namespace Loans
        {
            internal static class Helpers
            {
                public static double Scale(double value) => value / 1000.0;
            }
        }
        """;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "aif-code-" + Guid.NewGuid().ToString("N"));

    public CodeFingerprintTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The model project checked out at <paramref name="root"/>: sources under it, output in its obj/.</summary>
    private (string Dll, string Root) Build(string checkout, string pipeline = Pipeline, string informationalVersion = "1.0.0",
        bool optimize = false, bool reversed = false, IReadOnlyList<string>? references = null)
    {
        string root = Path.Combine(_folder, checkout);
        var sources = new List<(string, string)> { (Path.Combine(root, "Model", "Pipeline.cs"), pipeline), (Path.Combine(root, "Model", "Helpers.cs"), Helpers) };
        if (reversed)
        {
            sources.Reverse();
        }

        string dll = new TestCompilation
        {
            AssemblyName = "Model",
            Sources = sources,
            InformationalVersion = informationalVersion,
            Optimize = optimize,
            References = references ?? Array.Empty<string>(),
        }.EmitTo(Path.Combine(root, "Model", "obj", "Debug", "Model.dll"));
        return (dll, root);
    }

    private static string Hash((string Dll, string Root) build) => CodeFingerprint.Of(build.Dll, build.Root);

    [Fact]
    public void Two_checkouts_at_different_commits_and_folders_have_one_code_hash()
    {
        var first = Build("clone-a", informationalVersion: "1.0.0+3f2a9c1d0b7e4a6f8c9d0e1f2a3b4c5d6e7f8a9b");
        var second = Build("clone-b-elsewhere", informationalVersion: "1.0.0+9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d", reversed: true);
        var outsideGit = Build("exported", informationalVersion: "1.0.0");

        // The files differ: commit, PDB path and module version id are written into them.
        Assert.NotEqual(File.ReadAllBytes(first.Dll), File.ReadAllBytes(second.Dll));
        Assert.NotEqual(File.ReadAllBytes(first.Dll), File.ReadAllBytes(outsideGit.Dll));
        Assert.Contains(first.Root, CodeFingerprint.CanonicalText(first.Dll, null));

        Assert.Equal(Hash(first), Hash(second));
        Assert.Equal(Hash(first), Hash(outsideGit));
        Assert.Matches("^[0-9a-f]{64}$", Hash(first));
        string text = CodeFingerprint.CanonicalText(first.Dll, first.Root);
        Assert.DoesNotContain(first.Root, text);
        Assert.Contains("\"<root>/Model/Pipeline.cs\"", text);
        Assert.DoesNotContain("3f2a9c1d", text);
    }

    [Theory]
    [InlineData("return total * 3 + Where().Length % 2;", "return total * 4 + Where().Length % 2;")]
    [InlineData("{ 18, 25, 45, 65, 120, 300, 900, 1200 }", "{ 18, 25, 45, 66, 120, 300, 900, 1200 }")]
    [InlineData("Description(\"Income\")", "Description(\"Salary\")")]
    [InlineData("catch (System.InvalidOperationException)", "catch (System.ArgumentException)")]
    [InlineData("x => x + System.Linq.Enumerable.Count(new[] { 1, 2 })", "x => x + System.Linq.Enumerable.Count(new[] { 1, 2, 3 })")]
    [InlineData("public bool Label { get; set; }", "public bool Label { get; set; }\n public bool Extra { get; set; }")]
    [InlineData("public float Income", "public double Income")]
    public void A_change_to_what_the_code_does_changes_the_hash(string from, string to)
    {
        Assert.Contains(from, Pipeline);
        Assert.NotEqual(Hash(Build("a")), Hash(Build("b", Pipeline.Replace(from, to, StringComparison.Ordinal))));
    }

    [Fact]
    public void A_referenced_assembly_counts_by_name_and_version()
    {
        string Library(string version) => new TestCompilation
        {
            AssemblyName = "Features",
            Sources = new[] { (Path.Combine(_folder, "lib", "F.cs"), "namespace Features { public static class F { public static int One() => 1; } }") },
            AssemblyVersion = version,
        }.EmitTo(Path.Combine(_folder, "lib-" + version, "Features.dll"));

        string pipeline = Pipeline.Replace("total * 3", "total * Features.F.One()", StringComparison.Ordinal);
        string v1 = Hash(Build("a", pipeline, references: new[] { Library("1.0.0.0") }));
        Assert.Equal(v1, Hash(Build("b", pipeline, references: new[] { Library("1.0.0.0") })));
        Assert.NotEqual(v1, Hash(Build("c", pipeline, references: new[] { Library("2.0.0.0") })));
    }

    [Fact]
    public void Debug_and_release_compile_different_code()
    {
        // Why Debug and Release train apart (docs/build.md): the optimizer writes other IL for the same source.
        Assert.NotEqual(Hash(Build("a")), Hash(Build("b", optimize: true)));
        Assert.Equal(Hash(Build("c", optimize: true)), Hash(Build("d", optimize: true, informationalVersion: "1.0.0+abc")));
    }

    [Fact]
    public void Real_assemblies_are_read_to_the_end()
    {
        // Framework assemblies use every kind of operand, exception region, generic and signature there is.
        foreach (Type type in new[] { typeof(Enumerable), typeof(System.Collections.Immutable.ImmutableArray), typeof(System.Text.RegularExpressions.Regex), typeof(CodeFingerprint) })
        {
            string path = type.Assembly.Location;
            Assert.Matches("^[0-9a-f]{64}$", CodeFingerprint.Of(path, null));
            Assert.Equal(CodeFingerprint.Of(path, null), CodeFingerprint.Of(path, null));
        }
    }

    [Fact]
    public void A_file_that_is_not_an_assembly_is_hashed_by_its_bytes()
    {
        string file = Path.Combine(_folder, "not-an-assembly.dll");
        File.WriteAllBytes(file, new byte[] { 1, 2, 3 });
        Assert.Equal(Convert.ToHexString(SHA256.HashData(new byte[] { 1, 2, 3 })).ToLowerInvariant(), CodeFingerprint.Of(file, null));
    }

    [Fact]
    public void The_hash_cache_keeps_code_hashes_apart_from_content_hashes()
    {
        var build = Build("a", informationalVersion: "1.0.0+1111");
        string cachePath = Path.Combine(_folder, "cache");
        FileHashCache cache = FileHashCache.Load(cachePath);
        string code = cache.GetCodeHash(build.Dll, build.Root);
        Assert.Equal(Hash(build), code);
        Assert.NotEqual(code, cache.GetHash(build.Dll));
        cache.Save();
        Assert.Equal(code, FileHashCache.Load(cachePath).GetCodeHash(build.Dll, build.Root));

        // Recompiled at another commit: the file changed, the code hash did not.
        DateTime before = File.GetLastWriteTimeUtc(build.Dll);
        Build("a", informationalVersion: "1.0.0+2222");
        File.SetLastWriteTimeUtc(build.Dll, before.AddSeconds(5));
        Assert.Equal(code, FileHashCache.Load(cachePath).GetCodeHash(build.Dll, build.Root));
    }
}
