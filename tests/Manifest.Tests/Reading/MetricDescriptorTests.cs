using System.Text.Json;
using System.Text.RegularExpressions;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;
using AiFactory.Manifest.Tests.TestSupport;

namespace AiFactory.Manifest.Tests.Reading;

/// <summary>
/// The descriptor table of gateable metrics agrees with the manifest's names, the schemas, the manifest reference and
/// docs/metrics.md — so a metric added on one side only fails here.
/// </summary>
public class MetricDescriptorTests
{
    private static readonly string MetricsDoc = File.ReadAllText(RepositoryFiles.PathOf("docs/metrics.md")).Replace("\r", "");

    /// <summary>The section of docs/metrics.md that defines the metrics, up to the next section of its level.</summary>
    private static readonly string MetricsTable = MetricsDoc.Substring(MetricsDoc.IndexOf("\n## Metrics\n", StringComparison.Ordinal)).Split("\n## ")[1];

    private static readonly string ManifestDoc = File.ReadAllText(RepositoryFiles.PathOf("docs/manifest.md")).Replace("\r", "");

    private static JsonElement Schema(string name) => JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("schema/" + name))).RootElement;

    private static JsonElement GatesOf(JsonElement schema) => schema.GetProperty("properties").GetProperty("gates").GetProperty("properties");

    /// <summary>The row of a markdown table that starts with the name in backquotes.</summary>
    private static string Row(string doc, string name) =>
        Assert.Single(doc.Split('\n'), line => line.StartsWith($"| `{name}` |", StringComparison.Ordinal));

    /// <summary>GitHub's anchor of a heading: lower case, spaces to hyphens, punctuation dropped.</summary>
    private static IEnumerable<string> Anchors(string doc) =>
        doc.Split('\n').Where(l => l.StartsWith('#')).Select(l => Regex.Replace(l.TrimStart('#').Trim().ToLowerInvariant(), @"[^a-z0-9 \-]", "").Replace(' ', '-'));

    [Fact]
    public void Every_manifest_metric_has_one_descriptor_in_slot_order()
    {
        Assert.Equal(MetricNames.All, MetricDescriptor.Overall.Select(m => m.Name));
        Assert.Equal(MetricDescriptor.Overall.Append(MetricDescriptor.CostPer1000), MetricDescriptor.All);
        for (int i = 0; i < MetricDescriptor.Overall.Count; i++) Assert.Equal(i, MetricDescriptor.Overall[i].Index);
        Assert.False(MetricDescriptor.CostPer1000.IsOverallMetric);
        foreach (MetricDescriptor metric in MetricDescriptor.All) Assert.Same(metric, MetricDescriptor.Named(metric.Name));
        Assert.Null(MetricDescriptor.Find(MetricNames.CostPer1000));
        Assert.False(MetricNames.IsMetric(MetricNames.CostPer1000));
        Assert.Throws<ArgumentException>(() => MetricDescriptor.Named("demographicParityRatio"));
    }

    [Fact]
    public void Tasks_are_the_tasks_the_manifest_accepts()
    {
        foreach (MetricDescriptor metric in MetricDescriptor.All) Assert.Subset(ManifestValues.Tasks.ToHashSet(), metric.Tasks.ToHashSet());
        Assert.All(MetricDescriptor.All, m => Assert.Contains(MetricDescriptor.BinaryClassification, m.Tasks));
    }

    [Fact]
    public void The_schemas_name_every_metric_with_its_range_and_its_need_for_scores()
    {
        foreach (string file in new[] { "aifactory.schema.json", "aifactory.policy.schema.json" })
        {
            JsonElement metrics = GatesOf(Schema(file)).GetProperty("metrics").GetProperty("properties");
            foreach (MetricDescriptor metric in MetricDescriptor.Overall)
            {
                JsonElement entry = metrics.GetProperty(metric.Name);
                string bounds = entry.GetProperty("allOf")[0].GetProperty("$ref").GetString()!;
                Assert.Equal(double.IsPositiveInfinity(metric.Upper) ? "#/definitions/lossBounds" : "#/definitions/rateBounds", bounds);
                Assert.Equal(metric.NeedsScores, entry.GetProperty("description").GetString()!.Contains("Needs scores", StringComparison.Ordinal));
            }
        }

        JsonElement baseline = GatesOf(Schema("aifactory.schema.json")).GetProperty("baseline").GetProperty("properties");
        foreach (MetricDescriptor metric in MetricDescriptor.Overall)
        {
            string comparison = baseline.GetProperty(metric.Name).GetProperty("allOf")[0].GetProperty("$ref").GetString()!;
            Assert.Equal(double.IsPositiveInfinity(metric.Upper) ? "#/definitions/lossComparison" : "#/definitions/rateComparison", comparison);
        }

        JsonElement results = Schema("results.schema.json").GetProperty("properties").GetProperty("metrics");
        Assert.Equal(MetricNames.All, results.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        string[] required = Schema("aifactory.policy.schema.json").GetProperty("properties").GetProperty("required")
            .GetProperty("items").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToArray();
        foreach (MetricDescriptor metric in MetricDescriptor.All)
        {
            Assert.Contains(metric.GatePath, required);
            Assert.Contains(metric.GatePath, PolicyKeys.RequirablePaths);
        }
    }

    [Fact]
    public void The_manifest_reference_gives_every_metric_its_range_and_direction()
    {
        foreach (MetricDescriptor metric in MetricDescriptor.Overall)
        {
            string[] cells = Row(ManifestDoc, metric.Name).Split('|');
            Assert.Equal(double.IsPositiveInfinity(metric.Upper) ? "0 or more" : "0 to 1", cells[2].Trim());
            Assert.Equal(metric.LowerIsBetter, cells[3].Contains("Lower is better", StringComparison.Ordinal));
            Assert.Equal(metric.NeedsScores, cells[3].Contains("Needs scores", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Formulas_and_links_are_the_ones_docs_metrics_md_gives()
    {
        Assert.Equal("docs/metrics.md", MetricDescriptor.Documentation);
        string[] anchors = Anchors(MetricsDoc).ToArray();
        foreach (MetricDescriptor metric in MetricDescriptor.All)
        {
            Assert.Contains(metric.Anchor, anchors);
            Assert.Equal("docs/metrics.md#" + metric.Anchor, metric.Link);
        }

        foreach (MetricDescriptor metric in MetricDescriptor.Overall)
        {
            Assert.StartsWith(metric.Formula, Row(MetricsTable, metric.Name).Split('|')[2].Trim(), StringComparison.Ordinal);
        }

        Assert.Contains("    " + MetricNames.CostPer1000 + " = " + MetricDescriptor.CostPer1000.Formula, MetricsDoc);
    }

    [Fact]
    public void Direction_and_range_agree()
    {
        // A rate or an AUC is in [0, 1] and higher is better; a loss, an error or a cost is lower-is-better, and only
        // a probability's errors (brier, ece) are bounded by 1.
        foreach (MetricDescriptor metric in MetricDescriptor.All)
        {
            if (metric.Upper == 1 && metric.Conditioning != MetricConditioning.AllRows || metric == MetricDescriptor.Accuracy)
                Assert.Equal(MetricDirection.HigherIsBetter, metric.Direction);
            else Assert.Equal(MetricDirection.LowerIsBetter, metric.Direction);
            Assert.True(metric.Lower < metric.Upper);
        }

        Assert.Equal(new[] { "auc", "logLoss", "brier", "ece" }, MetricDescriptor.All.Where(m => m.NeedsScores).Select(m => m.Name));
        Assert.Equal(new[] { "logLoss", "brier", "ece", "costPer1000" }, MetricDescriptor.All.Where(m => m.LowerIsBetter).Select(m => m.Name));
    }
}
