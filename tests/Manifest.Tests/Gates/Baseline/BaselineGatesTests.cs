using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Tests.TestSupport;
using static AiFactory.Manifest.Tests.Policy.PolicyTestSupport;

namespace AiFactory.Manifest.Tests.Gates.Baseline;

/// <summary>gates.baseline's settings as its reader checks them: spelt, bounded and defaulted as gates.metrics' (line 5 holds the gates).</summary>
public class BaselineGatesTests
{
    private const string Results = "\"results\": \"b.json\", ";

    [Fact]
    public void TheSettings_AreReadWithTheirPlaces()
    {
        string gates = "\"baseline\": { " + Results + "\"judging\": \"burdenOfProof\", \"confidence\": 0.9, \"resamples\": 500, \"seed\": 7, \"auc\": { \"maxDrop\": 0.01 } }";
        ModelManifest manifest = TestManifests.Valid(ManifestWith(gates));

        MetricGateSettings settings = manifest.Gates.Baseline!.Settings;
        Assert.Equal((JudgingMode.BurdenOfProof, 0.9, 500, (int?)7), (settings.Judging, settings.Confidence, settings.Resamples, settings.Seed));
        SourceLocation judging = settings.SettingLocations["judging"];
        Assert.Equal((5, Column(gates, "\"burdenOfProof\"")), (judging.Line, judging.Column));
        Assert.Equal((5, Column(gates, "500")), (settings.SettingLocations["resamples"].Line, settings.SettingLocations["resamples"].Column));
        Assert.Equal(0.01, Assert.Single(manifest.Gates.Baseline.Metrics).MaxDrop!.Value);
    }

    [Fact]
    public void WithoutSettings_ThePointEstimateDecides_At95PercentWith1000ResamplesAndTheModelsSeed()
    {
        ModelManifest manifest = TestManifests.Valid(ManifestWith("\"baseline\": { " + Results + "\"auc\": { \"maxDrop\": 0.01 } }"));

        MetricGateSettings settings = manifest.Gates.Baseline!.Settings;
        Assert.Equal((JudgingMode.PointEstimate, 0.95, 1000, (int?)null), (settings.Judging, settings.Confidence, settings.Resamples, settings.Seed));
        Assert.Empty(settings.SettingLocations);
    }

    [Fact]
    public void AJudgingThatIsNoMode_IsAIF2010_ListingTheModes()
    {
        string gates = "\"baseline\": { " + Results + "\"judging\": \"strict\" }";
        Diagnostic d = TestManifests.SingleError(ManifestWith(gates), DiagnosticIds.InvalidValue, 5, Column(gates, "\"strict\""));
        Assert.Contains("benefitOfTheDoubt", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"confidence\": 0.3", "0.3")]
    [InlineData("\"confidence\": 1", "1")]
    [InlineData("\"resamples\": 50", "50")]
    [InlineData("\"seed\": -1", "-1")]
    public void ASettingOutOfRange_IsAIF2005_AtTheNumber(string setting, string number)
    {
        string gates = "\"baseline\": { " + Results + setting + " }";
        TestManifests.SingleError(ManifestWith(gates), DiagnosticIds.OutOfRange, 5, Column(gates, number));
    }

    [Fact]
    public void ResamplesWithAFraction_IsAnError_AtTheNumber()
    {
        string gates = "\"baseline\": { " + Results + "\"resamples\": 500.5 }";
        Diagnostic d = Assert.Single(TestManifests.Read(ManifestWith(gates)).Diagnostics);
        Assert.Equal((DiagnosticSeverity.Error, 5, Column(gates, "500.5")), (d.Severity, d.Location!.Line, d.Location.Column));
    }

    [Fact]
    public void AMisspeltSetting_IsAIF2002_SuggestingIt()
    {
        string gates = "\"baseline\": { " + Results + "\"confidance\": 0.9 }";
        Diagnostic d = TestManifests.SingleError(ManifestWith(gates), DiagnosticIds.UnknownKey, 5, Column(gates, "\"confidance\""));
        Assert.Equal("unknown key 'confidance' in gates.baseline; did you mean 'confidence'?", d.Message);
    }
}
