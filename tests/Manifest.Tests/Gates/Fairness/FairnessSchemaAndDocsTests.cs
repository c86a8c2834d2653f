using System.Text.Json;
using System.Text.RegularExpressions;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;
using AiFactory.Manifest.Tests.TestSupport;

namespace AiFactory.Manifest.Tests.Gates.Fairness;

/// <summary>gates.fairness and data.bins agree across the reader, the schema, the example and the docs.</summary>
public class FairnessSchemaAndDocsTests
{
    private static JsonElement Schema() => JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("schema/aifactory.schema.json"))).RootElement;

    private static JsonElement Fairness => Schema().GetProperty("properties").GetProperty("gates").GetProperty("properties").GetProperty("fairness");

    private static string[] Keys(JsonElement schema) =>
        schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray();

    private static string[] Sorted(IEnumerable<string> names) => names.OrderBy(n => n, StringComparer.Ordinal).ToArray();

    private static JsonElement Definition(string name) => Schema().GetProperty("definitions").GetProperty(name);

    [Fact]
    public void SchemaKeys_AreTheReadersKeys()
    {
        Assert.Equal(Sorted(ManifestKeys.Fairness), Keys(Fairness));
        Assert.Equal(Sorted(ManifestKeys.FairnessDifferenceBounds), Keys(Definition("fairnessDifference")));
        Assert.Equal(Sorted(ManifestKeys.FairnessRatioBounds), Keys(Definition("fairnessRatio")));
        Assert.Equal(Sorted(ManifestKeys.GroupMetricBounds), Keys(Definition("groupMetricBounds")));
        Assert.Equal(Sorted(ManifestKeys.DisparateImpactBounds), Keys(Fairness.GetProperty("properties").GetProperty("disparateImpact")));
        Assert.Equal(Sorted(FairnessMetricNames.GroupMetrics), Keys(Fairness.GetProperty("properties").GetProperty("everyGroup")));
        Assert.Contains("bins", Keys(Schema().GetProperty("properties").GetProperty("data")));
    }

    [Fact]
    public void SchemaEnums_AreTheReadersValues()
    {
        string[] Enum(JsonElement e) => e.GetProperty("enum").EnumerateArray().Select(v => v.GetString()!).ToArray();
        Assert.Equal(ManifestValues.JudgingModes, Enum(Definition("fairnessJudging")));
        Assert.Equal(ManifestValues.FairnessReferences, Enum(Definition("fairnessRelativeTo")));
        Assert.Equal(ManifestValues.InsufficientDataActions, Enum(Fairness.GetProperty("properties").GetProperty("onInsufficientData")));
    }

    [Fact]
    public void Example_HasFairnessGates_AndReadsWithoutDiagnostics()
    {
        string path = RepositoryFiles.PathOf("schema/examples/recidivism-predictions.aifactory.json");
        ManifestReadResult result = ManifestReader.Read(path, File.ReadAllText(path), new ManifestReadOptions());
        Assert.Empty(result.Diagnostics);
        FairnessGates fairness = result.Manifest!.Gates.Fairness!;
        Assert.Equal(3, fairness.Disparities.Count);
        Assert.True(fairness.Intersections);
        Assert.Equal("[25,45)", fairness.Disparities[2].ReferenceGroups["age"]);
        Assert.Equal(new[] { 25.0, 45.0 }, Assert.Single(result.Manifest.Data.Bins).Edges);
    }

    [Fact]
    public void ManifestReference_DocumentsEveryFairnessKeyAndValue()
    {
        string reference = File.ReadAllText(RepositoryFiles.PathOf("docs/manifest.md"));
        IEnumerable<string> names = ManifestKeys.Fairness.Concat(FairnessMetricNames.GroupMetrics).Concat(new[] { "bins", "referenceGroup" });
        string[] undocumentedKeys = names.Where(n => !reference.Contains($"`{n}`", StringComparison.Ordinal)).ToArray();
        Assert.Empty(undocumentedKeys);
        IEnumerable<string> values = ManifestValues.JudgingModes.Concat(ManifestValues.FairnessReferences).Concat(ManifestValues.InsufficientDataActions);
        string[] undocumentedValues = values.Where(v => !reference.Contains($"`\"{v}\"`", StringComparison.Ordinal)).ToArray();
        Assert.Empty(undocumentedValues);
        Assert.Contains("(fairness.md)", reference);
    }

    [Fact]
    public void FairnessGuide_LinksEveryFairnessCode_AndDefinesEachDisparity()
    {
        string guide = File.ReadAllText(RepositoryFiles.PathOf("docs/fairness.md"));
        foreach (string code in DiagnosticIds.Titles.Keys.Where(c => c.StartsWith("AIF5", StringComparison.Ordinal)))
        {
            Assert.Contains($"[{code}](diagnostics/{code}.md)", guide);
        }

        foreach (string disparity in FairnessMetricNames.Disparities)
        {
            Assert.Contains($"`{disparity}`", guide);
        }

        // The worked error line of the guide is the form the build prints.
        Assert.Matches(new Regex(@"aifactory\.json\(\d+,\d+\): error AIF5002: demographic parity ratio by sex 0\.480 \(Female 0\.078 vs Male 0\.162; 95% CI 0\.\d\d–0\.\d\d, benefit of the doubt\) is below the minimum 0\.80 set here"), guide);
    }
}
