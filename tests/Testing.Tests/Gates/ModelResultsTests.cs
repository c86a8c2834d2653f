using AiFactory.Testing.Tests.TestSupport;

namespace AiFactory.Testing.Tests.Gates;

public sealed class ModelResultsTests
{
    [Fact]
    public void Reads_every_gate_with_its_figures_and_an_absolute_manifest_location()
    {
        using var folder = new TempFolder();
        string path = folder.Write("bin/aifactory/results.json", ResultsJson.With(
            ResultsJson.Gate("metrics.auc.min", "auc", "0.8314172810209715", "0.8", ">=", "passed", 22, 23, null, "auc 0.831 meets the minimum 0.80 (test set, 32,561 rows)"),
            ResultsJson.Gate("metrics.logLoss.max", "logLoss", "0.47", "0.45", "<=", "failed", 24, 27, "AIF4001", "logLoss 0.470 is above the maximum 0.45 set here (test set, 32,561 rows)")));

        ModelResults results = ModelResults.Read(path, folder.Path);

        Assert.Equal("LoanApproval", results.ModelName);
        Assert.False(results.Passed);
        Assert.Equal("warning", results.GateSeverity);
        Assert.Equal(new[] { "metrics.auc.min", "metrics.logLoss.max" }, results.Gates.Select(g => g.Id));
        GateRecord logLoss = results.Find("metrics.logLoss.max")!;
        Assert.Equal(0.47, logLoss.Value);
        Assert.Equal(0.45, logLoss.Threshold);
        Assert.Equal("<=", logLoss.Comparison);
        Assert.Equal("AIF4001", logLoss.Code);
        Assert.Equal(Path.Combine(folder.Path, "aifactory.json"), logLoss.Location!.File);
        Assert.Equal((24, 27), (logLoss.Location.Line, logLoss.Location.Column));
        Assert.False(logLoss.Passed);
        Assert.True(results.Find("metrics.auc.min")!.Passed);
        Assert.Null(results.Find("metrics.f1.min"));
    }

    [Fact]
    public void Reads_the_committed_example_a_real_build_output()
    {
        string root = FindRepositoryRoot();
        ModelResults results = ModelResults.Read(Path.Combine(root, "schema", "examples", "results.json"), Path.Combine(root, "schema", "examples"));

        Assert.NotEmpty(results.Gates);
        Assert.All(results.Gates, g =>
        {
            Assert.NotEmpty(g.Id);
            Assert.Equal(g.Status == "failed", !g.Passed);
            Assert.True(g.Location!.Line > 0);
        });
        GateRecord f1 = results.Find("metrics.f1.min")!;
        Assert.Equal("failed", f1.Status);
        Assert.Equal(0.5051149848596449, f1.Value);
        Assert.Equal(results.Gates.All(g => g.Passed), results.Passed);
    }

    [Fact]
    public void A_missing_file_says_to_build_the_model_first()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "results.json");

        var e = Assert.Throws<GovernedModelException>(() => ModelResults.Read(path, folder.Path));

        Assert.Contains($"there is no results.json at {path}: build the model project first", e.Message);
    }

    [Fact]
    public void Another_schema_version_is_refused_by_name()
    {
        using var folder = new TempFolder();
        string path = folder.Write("results.json", ResultsJson.With(2));

        var e = Assert.Throws<GovernedModelException>(() => ModelResults.Read(path, folder.Path));

        Assert.Contains("has schemaVersion 2, and this AiFactory.Testing reads version 1", e.Message);
    }

    [Theory]
    [InlineData("{ \"schemaVersion\": 1, ")]
    [InlineData("[1, 2]")]
    [InlineData("{ \"schemaVersion\": 1, \"model\": { \"name\": \"M\" } }")]
    public void A_damaged_file_is_a_GovernedModelException_not_a_crash(string text)
    {
        using var folder = new TempFolder();
        string path = folder.Write("results.json", text);

        var e = Assert.Throws<GovernedModelException>(() => ModelResults.Read(path, folder.Path));

        Assert.Contains($"{path} cannot be read as results.json", e.Message);
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AiFactory.Build.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AiFactory.Build.sln not found");
    }
}
