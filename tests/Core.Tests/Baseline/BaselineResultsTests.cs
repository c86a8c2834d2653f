using AiFactory.Core.Baseline;
using AiFactory.Core.Tests.IO;
using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Core.Tests.Baseline;

public class BaselineResultsTests
{
    [Fact]
    public void Reads_numbers_and_nulls_under_metrics_with_the_metrics_position()
    {
        using var temp = new TempFolder();
        string path = temp.File("results.json");
        File.WriteAllText(path, "{\n  \"schemaVersion\": 1,\n  \"metrics\": { \"auc\": 0.825, \"precision\": null, \"logLoss\": 0.40672481221229184 }\n}\n");

        BaselineResults baseline = BaselineResults.Read(path, null);

        Assert.Equal(path, baseline.Path);
        Assert.Equal(0.825, baseline.Metrics["auc"]);
        Assert.Equal(0.40672481221229184, baseline.Metrics["logLoss"]);
        Assert.False(baseline.Metrics.ContainsKey("precision"));
        Assert.Equal(new[] { "precision" }, baseline.UndefinedMetrics);
        Assert.Equal($"{path}(3,14)", baseline.MetricsLocation.ToString());
    }

    [Fact]
    public void A_missing_file_is_AIF4005_where_the_manifest_names_it()
    {
        using var temp = new TempFolder();
        var referencedAt = new SourceLocation(temp.File("aifactory.json"), 12, 30);

        var e = Assert.Throws<DiagnosticException>(() => BaselineResults.Read(temp.File("baseline/results.json"), referencedAt));

        Assert.Equal(DiagnosticIds.BaselineInvalid, e.Diagnostic.Code);
        Assert.Same(referencedAt, e.Diagnostic.Location);
        Assert.Contains("does not exist", e.Diagnostic.Message);
    }

    [Theory]
    [InlineData("{\n  \"metrics\": {\n    \"auc\": 0.8,\n  ]\n}", 4, 3, "not valid JSON")]
    [InlineData("[1, 2]", 1, 1, "holds an array")]
    [InlineData("{\n  \"schemaVersion\": 2,\n  \"metrics\": {}\n}", 2, 20, "schemaVersion 2")]
    [InlineData("{ \"passed\": true }", 1, 1, "has no \"metrics\" object")]
    [InlineData("{ \"metrics\": [] }", 1, 14, "has \"metrics\" as an array")]
    [InlineData("{ \"metrics\": {\n  \"auc\": \"0.8\" } }", 2, 10, "\"auc\" is a string")]
    [InlineData("{ \"metrics\": {}, \"testRows\": \"many\" }", 1, 30, "has testRows as a string, where results.json has an integer or null")]
    [InlineData("{ \"metrics\": {},\n  \"gates\": [{ \"location\": 3 }] }", 2, 27, "has gates[0].location as a number")]
    public void Invalid_content_is_AIF4005_at_its_place_in_the_baseline_file(string text, int line, int column, string expected)
    {
        using var temp = new TempFolder();
        string path = temp.File("results.json");
        File.WriteAllText(path, text);

        var e = Assert.Throws<DiagnosticException>(() => BaselineResults.Read(path, new SourceLocation("aifactory.json", 1, 1)));

        Assert.Equal(DiagnosticIds.BaselineInvalid, e.Diagnostic.Code);
        Assert.Equal($"{path}({line},{column})", e.Diagnostic.Location!.ToString());
        Assert.Contains(expected, e.Diagnostic.Message);
    }

    [Fact]
    public void A_results_json_without_schemaVersion_is_accepted()
    {
        using var temp = new TempFolder();
        string path = temp.File("results.json");
        File.WriteAllText(path, "// hand-written\n{ \"metrics\": { \"f1\": 0.6 } }");

        Assert.Equal(0.6, BaselineResults.Read(path, null).Metrics["f1"]);
    }
}
