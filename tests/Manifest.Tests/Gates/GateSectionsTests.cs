using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Gates;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Policy;
using AiFactory.Manifest.Reading;
using static AiFactory.Manifest.Tests.Policy.PolicyTestSupport;

namespace AiFactory.Manifest.Tests.Gates;

/// <summary>The registry of gate kinds against the public key lists, the policy reader and the required gates.</summary>
public class GateSectionsTests
{
    private static IEnumerable<string> Keys => GateSections.All.Select(kind => kind.Key);

    public static TheoryData<string> Thresholds()
    {
        var data = new TheoryData<string>();
        foreach (string threshold in GateSections.Thresholds)
        {
            data.Add(threshold);
        }

        return data;
    }

    [Fact]
    public void Kinds_AreReadAndMergedInTheirOrder()
    {
        Assert.Equal(new[] { "metrics", "baseline", "business", "data", "fairness" }, Keys);
    }

    [Fact]
    public void EveryKind_IsAKeyOfGates_AndEveryKeyOfGatesIsAKind()
    {
        Assert.Equal(ManifestKeys.Gates.Except(ManifestKeys.GatesNotSupportedYet).Order(), Keys.Order());
    }

    [Fact]
    public void APolicysGatesAndTheWaivableSections_AreTheKindsAPolicyCanSet()
    {
        string[] inPolicy = GateSections.All.Where(kind => kind.PolicyRefusal == null).Select(kind => kind.Key).ToArray();
        Assert.Equal(new[] { "metrics", "business", "data", "fairness" }, inPolicy);
        Assert.Equal(inPolicy, PolicyKeys.Gates);
        Assert.Equal(inPolicy, PolicyKeys.WaivableSections);
    }

    [Fact]
    public void EachThreshold_BelongsToTheKindItStartsWith()
    {
        foreach (IGateSection kind in GateSections.All)
        {
            Assert.All(kind.Thresholds, threshold =>
            {
                Assert.StartsWith(kind.Key + ".", threshold, StringComparison.Ordinal);
                Assert.Same(kind, GateSections.Owning(threshold));
            });
        }

        Assert.Equal(GateSections.All.SelectMany(kind => kind.Thresholds), PolicyKeys.RequirablePaths);
        Assert.Equal(PolicyKeys.RequirablePaths.Count, PolicyKeys.RequirablePaths.Distinct().Count());
    }

    [Fact]
    public void AKindAPolicyCannotSet_HasNoThresholds_AndIsRefusedWhereThePolicyWritesIt()
    {
        foreach (IGateSection kind in GateSections.All.Where(kind => kind.PolicyRefusal != null))
        {
            Assert.Empty(kind.Thresholds);
            string text = "{ \"gates\": { \"" + kind.Key + "\": { } } }";
            PolicyReadResult read = PolicyReader.Read(PolicyPath, text);
            Diagnostic refused = Assert.Single(read.Diagnostics);
            Assert.Equal(DiagnosticIds.UnknownKey, refused.Code);
            Assert.Equal(kind.PolicyRefusal, refused.Message);
            Assert.Equal(text.IndexOf("\"" + kind.Key + "\"", StringComparison.Ordinal) + 1, refused.Location!.Column);
        }
    }

    [Theory]
    [MemberData(nameof(Thresholds))]
    public void ARequiredThresholdTheManifestLacks_IsAIF2024_WithItsKindsExample(string threshold)
    {
        IGateSection kind = GateSections.Owning(threshold)!;
        GovernancePolicy policy = ReadPolicy("{ \"required\": [\"" + threshold + "\"] }");
        (ModelManifest manifest, IReadOnlyList<Diagnostic> diagnostics) = Apply(ManifestWith(""), policy);

        Assert.False(kind.Has(manifest, threshold));
        Diagnostic missing = Single(diagnostics, DiagnosticIds.RequiredGateMissing);
        Assert.Contains("\"" + kind.Key + "\"", kind.Example(threshold), StringComparison.Ordinal);
        Assert.EndsWith("e.g. " + kind.Example(threshold), missing.Message, StringComparison.Ordinal);
    }
}
