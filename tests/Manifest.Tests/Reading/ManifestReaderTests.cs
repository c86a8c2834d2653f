using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;
using AiFactory.Manifest.Tests.TestSupport;

namespace AiFactory.Manifest.Tests.Reading;

public class ManifestReaderTests
{
    private const string Full = """
        {
          "$schema": "../../schema/aifactory.schema.json",
          "model": {
            "name": "LoanApproval",
            "task": "binary-classification",
            "owners": ["credit-risk", "ml-platform"],
            "intendedUse": "Ranks applications for review.",
            "source": "mlnet",
            "threshold": 0.35,
            "seed": 7
          },
          "business": {
            "kpi": "Loss per 1,000 applications",
            "costs": { "truePositive": -10, "falsePositive": 500, "trueNegative": 0, "falseNegative": 120.5 }
          },
          "data": {
            "train": "data/train.csv",
            "test": "data\\test.csv",
            "label": "Approved",
            "positive": "true",
            "columns": { "Income": "number", "Region": "category" },
            "sensitive": ["Sex", "AgeBand"],
            "missingValues": ["", "?"],
            "allowedRoots": ["../../shared-data"]
          },
          "gates": {
            "metrics": { "auc": { "min": 0.80 }, "logLoss": { "max": 0.5 }, "f1": { "min": 0.6, "max": 0.99 } },
            "baseline": { "results": "baseline/results.json", "auc": { "maxDrop": 0.01 }, "recall": { "minGain": 0.02 } },
            "business": { "maxCostPer1000": 40000 }
          }
        }
        """;

    private const string Minimal = """
        {
          "model": { "name": "M" },
          "data": { "train": "tr.csv", "test": "te.csv", "label": "y", "positive": "1" }
        }
        """;

    private static string InDir(string relative) =>
        Path.GetFullPath(Path.Combine(TestManifests.ManifestDirectory, relative.Replace('/', Path.DirectorySeparatorChar)));

    private static void AssertLocation(SourceLocation? location, int line, int column)
    {
        Assert.NotNull(location);
        Assert.Equal(TestManifests.ManifestPath, location!.File);
        Assert.Equal((line, column), (location.Line, location.Column));
    }

    [Fact]
    public void FullManifest_FillsEveryField()
    {
        ModelManifest m = TestManifests.Valid(Full);

        Assert.Equal(Path.GetFullPath(TestManifests.ManifestPath), m.FilePath);
        Assert.Equal(TestManifests.ManifestDirectory, m.Directory);

        Assert.Equal("LoanApproval", m.Model.Name);
        AssertLocation(m.Model.NameLocation, 4, 13);
        Assert.Equal("binary-classification", m.Model.Task);
        Assert.Equal(new[] { "credit-risk", "ml-platform" }, m.Model.Owners);
        Assert.Equal("Ranks applications for review.", m.Model.IntendedUse);
        Assert.Equal(ModelSource.MLNet, m.Model.Source);
        Assert.Equal(0.35, m.Model.Threshold);
        AssertLocation(m.Model.ThresholdLocation, 9, 18);
        Assert.Equal(7, m.Model.Seed);
        AssertLocation(m.Model.SeedLocation, 10, 13);

        Assert.NotNull(m.Business);
        Assert.Equal("Loss per 1,000 applications", m.Business!.Kpi);
        AssertLocation(m.Business.KpiLocation, 13, 12);
        CostMatrix costs = m.Business.Costs!;
        Assert.Equal((-10.0, 500.0, 0.0, 120.5), (costs.TruePositive, costs.FalsePositive, costs.TrueNegative, costs.FalseNegative));
        AssertLocation(costs.Location, 14, 14);

        DataSection d = m.Data;
        Assert.Equal(InDir("data/train.csv"), d.TrainPath);
        AssertLocation(d.TrainLocation, 17, 14);
        Assert.Equal(InDir("data/test.csv"), d.TestPath); // written with a backslash
        AssertLocation(d.TestLocation, 18, 13);
        Assert.Equal("Approved", d.Label);
        AssertLocation(d.LabelLocation, 19, 14);
        Assert.Equal("true", d.Positive);
        AssertLocation(d.PositiveLocation, 20, 17);
        Assert.Equal(new[] { ("Income", ColumnType.Number), ("Region", ColumnType.Category) }, d.Columns.Select(c => (c.Name, c.Type)));
        AssertLocation(d.Columns[1].Location, 21, 38);
        Assert.Equal(new[] { "Sex", "AgeBand" }, d.Sensitive);
        AssertLocation(d.SensitiveLocations[1], 22, 26);
        AssertLocation(d.SensitiveKeyLocation, 22, 5);
        Assert.Equal(new[] { "", "?" }, d.MissingValues);
        Assert.Null(d.Score);
        Assert.Null(d.Prediction);
        Assert.Equal(new[] { Path.GetFullPath(Path.Combine(TestManifests.ManifestDirectory, "..", "..", "shared-data")) }, d.AllowedRoots);

        GatesSection g = m.Gates;
        Assert.Equal(new[] { "auc", "logLoss", "f1" }, g.Metrics.Select(x => x.Metric));
        Assert.Equal(0.80, g.Metrics[0].Min!.Value);
        AssertLocation(g.Metrics[0].Min!.Location, 27, 34);
        AssertLocation(g.Metrics[0].Location, 27, 18);
        Assert.Null(g.Metrics[0].Max);
        Assert.Null(g.Metrics[1].Min);
        Assert.Equal(0.5, g.Metrics[1].Max!.Value);
        AssertLocation(g.Metrics[1].Max!.Location, 27, 62);
        Assert.Equal((0.6, 0.99), (g.Metrics[2].Min!.Value, g.Metrics[2].Max!.Value));
        AssertLocation(g.Metrics[2].Max!.Location, 27, 96);

        BaselineGates b = g.Baseline!;
        Assert.Equal(InDir("baseline/results.json"), b.ResultsPath);
        AssertLocation(b.ResultsLocation, 28, 30);
        Assert.Equal(new[] { "auc", "recall" }, b.Metrics.Select(x => x.Metric));
        Assert.Equal(0.01, b.Metrics[0].MaxDrop!.Value);
        AssertLocation(b.Metrics[0].MaxDrop!.Location, 28, 75);
        AssertLocation(b.Metrics[0].Location, 28, 55);
        Assert.Null(b.Metrics[0].MinGain);
        Assert.Equal(0.02, b.Metrics[1].MinGain!.Value);
        AssertLocation(b.Metrics[1].MinGain!.Location, 28, 106);

        Assert.Equal(40000, g.MaxCostPer1000!.Value);
        AssertLocation(g.MaxCostPer1000.Location, 29, 37);
    }

    [Fact]
    public void MinimalManifest_UsesTheDefaults()
    {
        ModelManifest m = TestManifests.Valid(Minimal);

        Assert.Equal("binary-classification", m.Model.Task);
        Assert.Equal(ModelSource.MLNet, m.Model.Source);
        Assert.Equal(0.5, m.Model.Threshold);
        Assert.Null(m.Model.ThresholdLocation);
        Assert.Equal(42, m.Model.Seed);
        Assert.Null(m.Model.SeedLocation);
        Assert.Empty(m.Model.Owners);
        Assert.Null(m.Model.IntendedUse);
        Assert.Null(m.Business);
        Assert.Equal(new[] { "" }, m.Data.MissingValues);
        Assert.Empty(m.Data.Columns);
        Assert.Empty(m.Data.Sensitive);
        Assert.Null(m.Data.SensitiveKeyLocation);
        Assert.Empty(m.Data.AllowedRoots);
        Assert.Empty(m.Gates.Metrics);
        Assert.Null(m.Gates.Baseline);
        Assert.Null(m.Gates.MaxCostPer1000);
    }

    [Fact]
    public void CostsNotGiven_CostZero()
    {
        ModelManifest m = TestManifests.Valid("""
            {
              "model": { "name": "M" },
              "business": { "costs": { "falseNegative": 3 } },
              "data": { "train": "tr.csv", "test": "te.csv", "label": "y", "positive": "1" }
            }
            """);

        Assert.Equal((0.0, 0.0, 0.0, 3.0), (m.Business!.Costs!.TruePositive, m.Business.Costs.FalsePositive, m.Business.Costs.TrueNegative, m.Business.Costs.FalseNegative));
        Assert.Null(m.Business.Kpi);
    }

    [Fact]
    public void CommentsAndTrailingCommas_AreAccepted()
    {
        ModelManifest m = TestManifests.Valid("""
            // The loan model.
            {
              /* identity */ "model": { "name": "M", },
              "data": { "train": "tr.csv", "test": "te.csv", "label": "y", "positive": "1", }, // trailing
            }
            """);
        Assert.Equal("M", m.Model.Name);
    }

    [Fact]
    public void InvalidJson_IsAIF2001_AtTheSyntaxError_AndSaysCommentsAreAllowed()
    {
        Diagnostic d = TestManifests.SingleError("""
            {
              "model": { "name": "M" }
              "data": {}
            }
            """, DiagnosticIds.InvalidJson, 3, 3);

        Assert.Contains("expected ',' or '}' after the value of \"model\"", d.Message);
        Assert.Contains("comments and trailing commas are allowed", d.Message);
    }

    [Fact]
    public void InvalidJson_StopsAtTheFirstProblem()
    {
        // The unknown key and the missing data section are not reported: the text cannot be trusted past the error.
        TestManifests.SingleError("{ \"modle\": { \"name\": 'M' } }", DiagnosticIds.InvalidJson, 1, 22);
    }

    [Fact]
    public void EmptyFile_IsAIF2001()
    {
        Diagnostic d = TestManifests.SingleError("", DiagnosticIds.InvalidJson, 1, 1);
        Assert.Contains("empty", d.Message);
    }

    [Fact]
    public void RootNotAnObject_IsAIF2004()
    {
        Diagnostic d = TestManifests.SingleError("\n  [ { \"model\": {} } ]", DiagnosticIds.WrongType, 2, 3);
        Assert.Contains("must be a JSON object, but it is an array", d.Message);
    }

    [Fact]
    public void AllProblems_AreReportedInOnePass_InFileOrder()
    {
        ManifestReadResult result = TestManifests.Read("""
            {
              "gates": { "metrics": { "acuracy": { "min": 0.8 } } },
              "model": { "name": "M", "treshold": 0.5, "seed": -1 },
              "data": { "train": "tr.csv", "test": "te.csv", "label": "y", "positive": 1 },
              "extra": true
            }
            """);

        Assert.Null(result.Manifest);
        Assert.Equal(
            new[] { "AIF2003 (2,27)", "AIF2002 (3,27)", "AIF2005 (3,52)", "AIF2004 (4,76)", "AIF2002 (5,3)" },
            result.Diagnostics.Select(d => $"{d.Code} ({d.Location!.Line},{d.Location.Column})"));
    }

    [Fact]
    public void Diagnostic_PrintsAsTheBuildShowsIt()
    {
        Diagnostic d = TestManifests.SingleError("""
            {
              "model": { "name": "M", "threshold": 1.5 },
              "data": { "train": "tr.csv", "test": "te.csv", "label": "y", "positive": "1" }
            }
            """, DiagnosticIds.OutOfRange, 2, 40);

        Assert.Equal(
            $"{TestManifests.ManifestPath}(2,40): error AIF2005: model.threshold is 1.5, but it must be between 0 and 1 (inclusive)",
            d.ToString());
        Assert.EndsWith("docs/diagnostics/AIF2005.md", d.HelpLink);
    }

    [Fact]
    public void Columns_CountCharactersNotBytes()
    {
        // "😀" and "é" before the unknown key are one column each.
        TestManifests.SingleError("""
            {
              "model": { "name": "Crédit 😀", "treshold": 0.5 },
              "data": { "train": "tr.csv", "test": "te.csv", "label": "y", "positive": "1" }
            }
            """, DiagnosticIds.UnknownKey, 2, 34);
    }

    [Fact]
    public void ReadFile_ReadsTheFile_AndRecordsItsFullPath()
    {
        using var temp = new TempFolder();
        string path = temp.File("models/loan/aifactory.json", Minimal);

        ManifestReadResult result = ManifestReader.ReadFile(path, new ManifestReadOptions());

        Assert.Empty(result.Diagnostics);
        Assert.Equal(path, result.Manifest!.FilePath);
        Assert.Equal(temp.PathOf("models/loan"), result.Manifest.Directory);
        Assert.Equal(temp.PathOf("models/loan/tr.csv"), result.Manifest.Data.TrainPath);
    }

    [Fact]
    public void ReadFile_WithABom_ReadsTheFile()
    {
        using var temp = new TempFolder();
        string path = temp.PathOf("aifactory.json");
        File.WriteAllText(path, Minimal, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        Assert.Empty(ManifestReader.ReadFile(path, new ManifestReadOptions()).Diagnostics);
    }

    [Fact]
    public void ReadFile_MissingFile_IsAIF2011_NamingTheFile()
    {
        using var temp = new TempFolder();
        string path = temp.PathOf("models/none/aifactory.json");

        ManifestReadResult result = ManifestReader.ReadFile(path, new ManifestReadOptions());

        Assert.True(result.HasErrors);
        Assert.Null(result.Manifest);
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticIds.ManifestNotFound, d.Code);
        Assert.Equal(path, d.Location!.File);
        Assert.Equal(0, d.Location.Line);
        Assert.Contains(path, d.Message);
        Assert.StartsWith($"{path}: error AIF2011: ", d.ToString());
    }

    [Fact]
    public void Read_DoesNoIo_WithoutFileExists()
    {
        // Neither the manifest's folder nor the data exist; without FileExists nothing is checked on disk.
        ModelManifest m = TestManifests.Valid(Minimal);
        Assert.False(File.Exists(m.Data.TrainPath));
    }

    [Fact]
    public void Result_WithAnError_HasNoManifest()
    {
        var result = new ManifestReadResult(new ModelManifest(), new[] { Diagnostic.Error("AIF2002", "x", null) });
        Assert.True(result.HasErrors);
        Assert.Null(result.Manifest);

        var clean = new ManifestReadResult(new ModelManifest(), Array.Empty<Diagnostic>());
        Assert.False(clean.HasErrors);
        Assert.NotNull(clean.Manifest);
    }
}
