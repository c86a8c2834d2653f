using System.Text.RegularExpressions;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;
using AiFactory.Manifest.Tests.TestSupport;

namespace AiFactory.Manifest.Tests.Docs;

/// <summary>docs/manifest.md documents every key and value the reader knows, and its examples are valid.</summary>
public class ManifestReferenceTests
{
    private static readonly string Reference = File.ReadAllText(RepositoryFiles.PathOf("docs/manifest.md"));

    [Fact]
    public void EveryKeyAndValue_IsDocumented()
    {
        IEnumerable<string> names = ManifestKeys.Root
            .Concat(ManifestKeys.Model).Concat(ManifestKeys.Card).Concat(ManifestKeys.CardRisk).Concat(ManifestKeys.Business).Concat(ManifestKeys.Costs).Concat(ManifestKeys.Data)
            .Concat(ManifestKeys.Gates).Concat(ManifestKeys.MetricBounds).Concat(new[] { ManifestKeys.BaselineResults }).Concat(ManifestKeys.BaselineSettings)
            .Concat(ManifestKeys.BaselineBounds).Concat(ManifestKeys.BusinessGates).Concat(MetricNames.All);
        string[] undocumentedKeys = names.Where(n => !Reference.Contains($"`{n}`", StringComparison.Ordinal)).ToArray();
        Assert.Empty(undocumentedKeys);

        IEnumerable<string> values = ManifestValues.Tasks.Concat(ManifestValues.TasksNotSupportedYet)
            .Concat(ManifestValues.Sources).Concat(ManifestValues.SourcesNotSupportedYet)
            .Concat(ManifestValues.ColumnTypes).Concat(ManifestValues.ColumnTypesNotSupportedYet).Concat(RiskTiers.Names);
        string[] undocumentedValues = values.Where(v => !Reference.Contains($"`\"{v}\"`", StringComparison.Ordinal)).ToArray();
        Assert.Empty(undocumentedValues);
    }

    [Fact]
    public void EveryManifestCode_IsLinkedToItsPage()
    {
        foreach (int n in Enumerable.Range(2001, 13))
        {
            Assert.Contains($"[AIF{n}](diagnostics/AIF{n}.md)", Reference);
            Assert.True(File.Exists(RepositoryFiles.PathOf($"docs/diagnostics/AIF{n}.md")), $"AIF{n}.md");
        }
    }

    [Fact]
    public void ExamplesInTheReference_AreValidManifests()
    {
        MatchCollection blocks = Regex.Matches(Reference, "```jsonc\\r?\\n(.*?)```", RegexOptions.Singleline);
        Assert.Equal(2, blocks.Count);
        foreach (Match block in blocks)
        {
            TestManifests.Valid(block.Groups[1].Value);
        }
    }
}
