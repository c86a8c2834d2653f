using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Policy;
using AiFactory.Manifest.Reading;
using AiFactory.Manifest.Tests.TestSupport;
using static AiFactory.Manifest.Tests.Policy.PolicyTestSupport;

namespace AiFactory.Manifest.Tests.Gates.Data;

/// <summary>gates.data's judging, confidence, resamples and seed: read as gates.metrics' are, merged in the same orders.</summary>
public class DataGateSettingsTests
{
    private const string MlNetData = "\"train\": \"tr.csv\", \"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\", \"sensitive\": [\"sex\"]";

    /// <summary>Line 4 is <c>  "gates": { "data": DATA }</c>.</summary>
    private static string WithDataGates(string gates) =>
        "{\n  \"model\": { \"name\": \"M\" },\n  \"data\": { " + MlNetData + " },\n  \"gates\": { \"data\": " + gates + " }\n}";

    [Fact]
    public void TheSettings_AreRead_WithTheirPlaces_AndDefaultToThePointEstimate()
    {
        const string gates = "{ \"judging\": \"burdenOfProof\", \"confidence\": 0.9, \"resamples\": 500, \"seed\": 7, \"maxLeakageAuc\": 0.9 }";
        MetricGateSettings s = TestManifests.Valid(WithDataGates(gates)).Gates.Data!.Settings;

        Assert.Equal((JudgingMode.BurdenOfProof, 0.9, 500, (int?)7), (s.Judging, s.Confidence, s.Resamples, s.Seed));
        Assert.Equal((4, 22 + gates.IndexOf("\"burdenOfProof\"", StringComparison.Ordinal)), (s.SettingLocations["judging"].Line, s.SettingLocations["judging"].Column));
        MetricGateSettings defaults = TestManifests.Valid(WithDataGates("{ \"minRows\": 10 }")).Gates.Data!.Settings;
        Assert.Equal((JudgingMode.PointEstimate, 0.95, 1000, (int?)null), (defaults.Judging, defaults.Confidence, defaults.Resamples, defaults.Seed));
    }

    [Fact]
    public void SettingsWithoutABound_SetNoGate_AndAWrongModeIsNamed()
    {
        Diagnostic none = TestManifests.SingleError(WithDataGates("{ \"judging\": \"burdenOfProof\" }"), DiagnosticIds.MissingKey, 4, 22);
        Assert.StartsWith("gates.data sets no bound", none.Message);

        Diagnostic wrong = TestManifests.SingleError(WithDataGates("{ \"judging\": \"strict\", \"minRows\": 10 }"), DiagnosticIds.InvalidValue, 4, 35);
        Assert.Contains("pointEstimate", wrong.Message);
        TestManifests.SingleError(WithDataGates("{ \"confidence\": 1.5, \"minRows\": 10 }"), DiagnosticIds.OutOfRange, 4, 38);
    }

    [Fact]
    public void APolicysJudging_IsInherited_ALooserOneIsAIF2023_AndAPolicyCannotSetTheSeed()
    {
        GovernancePolicy policy = ReadPolicy("{ \"gates\": { \"data\": { \"judging\": \"burdenOfProof\", \"resamples\": 2000, \"maxLeakageAuc\": 0.95 } } }");

        var (inherited, clean) = Apply(ManifestWith("\"data\": { \"minRows\": 10 }"), policy);
        Assert.Empty(clean);
        Assert.Equal((JudgingMode.BurdenOfProof, 2000), (inherited.Gates.Data!.Settings.Judging, inherited.Gates.Data.Settings.Resamples));

        const string gates = "\"data\": { \"judging\": \"benefitOfTheDoubt\", \"minRows\": 10 }";
        var (_, diagnostics) = Apply(ManifestWith(gates), policy);
        Diagnostic d = Single(diagnostics, DiagnosticIds.PolicyLoosened);
        Assert.Equal((5, Column(gates, "\"benefitOfTheDoubt\"")), (d.Location!.Line, d.Location.Column));
        Assert.StartsWith("data.judging benefitOfTheDoubt is looser than the policy's burdenOfProof", d.Message);

        PolicyReadResult seeded = PolicyReader.Read(PolicyPath, "{ \"gates\": { \"data\": { \"seed\": 3, \"minRows\": 10 } } }");
        Diagnostic refused = Assert.Single(seeded.Diagnostics);
        Assert.Equal(DiagnosticIds.UnknownKey, refused.Code);
        Assert.Contains("gates.data.seed", refused.Message);
    }
}
