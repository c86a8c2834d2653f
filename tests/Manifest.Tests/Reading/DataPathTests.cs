using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;
using AiFactory.Manifest.Tests.TestSupport;

namespace AiFactory.Manifest.Tests.Reading;

/// <summary>Data paths against real folders: resolution, existence (AIF2007) and containment (AIF2008).</summary>
public sealed class DataPathTests : IDisposable
{
    private readonly TempFolder _temp = new TempFolder();
    private readonly string _repo;
    private readonly string _manifestPath;

    public DataPathTests()
    {
        _repo = _temp.Folder("repo");
        _temp.Folder("repo/.git");
        _manifestPath = _temp.PathOf("repo/models/loan/aifactory.json");
        _temp.File("repo/models/loan/data/train.csv");
        _temp.File("repo/models/loan/data/test.csv");
        _temp.File("repo/baseline/results.json", "{}");
        _temp.File("repo2/data/test.csv");
        _temp.File("outside/test.csv");
        _temp.File("shared/test.csv");
        _temp.File("shared2/test.csv");
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>The test value is at line 5, column 13; train at line 4, column 14.</summary>
    private static string Manifest(string test, string train = "data/train.csv", string extraData = "", string gates = "") => $$"""
        {
          "model": { "name": "M" },
          "data": {
            "train": "{{train}}",
            "test": "{{test}}",
            "label": "y", "positive": "1"{{extraData}}
          }{{gates}}
        }
        """;

    private ManifestReadOptions Options(params string[] allowedRoots) => new ManifestReadOptions
    {
        RepositoryRoot = _repo,
        AllowedDataRoots = allowedRoots,
        FileExists = File.Exists,
    };

    private ManifestReadResult Read(string text, ManifestReadOptions options) => ManifestReader.Read(_manifestPath, text, options);

    private Diagnostic Single(ManifestReadResult result, string code, int line, int column)
    {
        Assert.Null(result.Manifest);
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal($"{code} at ({line},{column})", $"{d.Code} at ({d.Location!.Line},{d.Location.Column})");
        Assert.Equal(_manifestPath, d.Location.File);
        return d;
    }

    private static string Slashes(string path) => path.Replace('\\', '/');

    [Fact]
    public void PathsInsideTheRepository_ThatExist_AreResolvedAgainstTheManifestsFolder()
    {
        ManifestReadResult result = Read(Manifest("data/test.csv"), Options());

        Assert.Empty(result.Diagnostics);
        Assert.Equal(_temp.PathOf("repo/models/loan/data/train.csv"), result.Manifest!.Data.TrainPath);
        Assert.Equal(_temp.PathOf("repo/models/loan/data/test.csv"), result.Manifest.Data.TestPath);
    }

    [Fact]
    public void Backslashes_SeparateFoldersToo()
    {
        ManifestReadResult result = Read(Manifest("data\\\\test.csv", train: ".\\\\data\\\\train.csv"), Options());

        Assert.Empty(result.Diagnostics);
        Assert.Equal(_temp.PathOf("repo/models/loan/data/test.csv"), result.Manifest!.Data.TestPath);
    }

    [Fact]
    public void EscapingTheRepositoryWithDotDot_IsAIF2008_AtTheValue_WithTheFix()
    {
        Diagnostic d = Single(Read(Manifest("../../../outside/test.csv"), Options()), DiagnosticIds.PathOutsideRepository, 5, 13);

        Assert.Contains($"data.test resolves to {_temp.PathOf("outside/test.csv")}, outside the repository ({_repo})", d.Message);
        Assert.Contains("move the data into the repository, or list its folder under data.allowedRoots or in the AiFactoryAllowedDataRoots MSBuild property", d.Message);
    }

    [Fact]
    public void SiblingFolderSharingThePrefix_IsNotInsideTheRepository()
    {
        // ".../repo2/data" starts with the text ".../repo" but is not under it.
        Single(Read(Manifest("../../../repo2/data/test.csv"), Options()), DiagnosticIds.PathOutsideRepository, 5, 13);
    }

    [Fact]
    public void AbsolutePath_InsideTheRepository_IsAccepted_OutsideIsNot()
    {
        Assert.Empty(Read(Manifest(Slashes(_temp.PathOf("repo/models/loan/data/test.csv"))), Options()).Diagnostics);
        Single(Read(Manifest(Slashes(_temp.PathOf("outside/test.csv"))), Options()), DiagnosticIds.PathOutsideRepository, 5, 13);
    }

    [Fact]
    public void AllowedRootFromTheManifest_AdmitsItsFiles_ButNotASiblingSharingItsPrefix()
    {
        string roots = ",\n    \"allowedRoots\": [\"../../../shared\"]";

        ManifestReadResult ok = Read(Manifest("../../../shared/test.csv", extraData: roots), Options());
        Assert.Empty(ok.Diagnostics);
        Assert.Equal(new[] { _temp.PathOf("shared") }, ok.Manifest!.Data.AllowedRoots);

        Diagnostic d = Single(Read(Manifest("../../../shared2/test.csv", extraData: roots), Options()), DiagnosticIds.PathOutsideRepository, 5, 13);
        Assert.Contains($"every allowed data root ({_temp.PathOf("shared")})", d.Message);
    }

    [Fact]
    public void AllowedRootFromTheBuild_AdmitsItsFiles()
    {
        Assert.Empty(Read(Manifest("../../../shared/test.csv"), Options(_temp.PathOf("shared"))).Diagnostics);
        Assert.Empty(Read(Manifest("../../../shared/test.csv"), Options(_temp.PathOf("shared") + Path.DirectorySeparatorChar)).Diagnostics);
    }

    [Fact]
    public void WithoutARepositoryRoot_ContainmentIsNotChecked()
    {
        var options = new ManifestReadOptions { FileExists = File.Exists };
        Assert.Empty(Read(Manifest("../../../outside/test.csv"), options).Diagnostics);
    }

    [Fact]
    public void MissingFile_IsAIF2007_AtTheValue_NamingTheResolvedPath()
    {
        Diagnostic d = Single(Read(Manifest("data/tset.csv"), Options()), DiagnosticIds.FileNotFound, 5, 13);
        Assert.StartsWith($"data.test names a file that does not exist: {_temp.PathOf("repo/models/loan/data/tset.csv")}", d.Message);
    }

    [Fact]
    public void MissingTrainingFile_IsAIF2007_AtItsValue()
    {
        Single(Read(Manifest("data/test.csv", train: "data/missing.csv"), Options()), DiagnosticIds.FileNotFound, 4, 14);
    }

    [Fact]
    public void WithoutFileExists_ExistenceIsNotChecked()
    {
        var options = new ManifestReadOptions { RepositoryRoot = _repo };
        ManifestReadResult result = Read(Manifest("data/not-there.csv"), options);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(_temp.PathOf("repo/models/loan/data/not-there.csv"), result.Manifest!.Data.TestPath);
    }

    [Fact]
    public void BaselineResults_AreCheckedLikeData()
    {
        // The results value is at line 8, column 39.
        static string Baseline(string path) =>
            ",\n  \"gates\": { \"baseline\": { \"results\": \"" + path + "\", \"auc\": { \"maxDrop\": 0.01 } } }";

        ManifestReadResult ok = Read(Manifest("data/test.csv", gates: Baseline("../../baseline/results.json")), Options());
        Assert.Empty(ok.Diagnostics);
        Assert.Equal(_temp.PathOf("repo/baseline/results.json"), ok.Manifest!.Gates.Baseline!.ResultsPath);

        Single(Read(Manifest("data/test.csv", gates: Baseline("../../baseline/old.json")), Options()), DiagnosticIds.FileNotFound, 8, 39);
        Single(Read(Manifest("data/test.csv", gates: Baseline("../../../outside/test.csv")), Options()), DiagnosticIds.PathOutsideRepository, 8, 39);
    }

    [Fact]
    public void AManifestOutsideAndMissingFile_ReportsBothProblems()
    {
        ManifestReadResult result = Read(Manifest("../../../outside/none.csv"), Options());
        Assert.Equal(new[] { DiagnosticIds.PathOutsideRepository, DiagnosticIds.FileNotFound }, result.Diagnostics.Select(d => d.Code));
    }
}
