using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Tests.TestSupport;
using static AiFactory.Manifest.Tests.Policy.PolicyTestSupport;

namespace AiFactory.Manifest.Tests.Gates.Business;

/// <summary>gates.business as its reader checks it: the bound, its judging, and its keys (line 5 holds the gates).</summary>
public class BusinessGatesTests
{
    [Fact]
    public void TheBoundAndItsJudging_AreReadWithTheirPlaces()
    {
        string gates = "\"business\": { \"maxCostPer1000\": 40000, \"judging\": \"burdenOfProof\" }";
        ModelManifest manifest = TestManifests.Valid(ManifestWith(gates));

        Assert.Equal(40000, manifest.Gates.MaxCostPer1000!.Value);
        Assert.Equal((5, Column(gates, "40000")), (manifest.Gates.MaxCostPer1000.Location.Line, manifest.Gates.MaxCostPer1000.Location.Column));
        Assert.Equal(JudgingMode.BurdenOfProof, manifest.Gates.BusinessSettings.Judging);
        SourceLocation judging = manifest.Gates.BusinessSettings.SettingLocations["judging"];
        Assert.Equal((5, Column(gates, "\"burdenOfProof\"")), (judging.Line, judging.Column));
    }

    [Fact]
    public void ABoundWrittenAsAString_IsAIF2004_AtTheValue()
    {
        string gates = "\"business\": { \"maxCostPer1000\": \"40000\" }";
        TestManifests.SingleError(ManifestWith(gates), DiagnosticIds.WrongType, 5, Column(gates, "\"40000\""));
    }

    [Fact]
    public void AMisspeltBound_IsAIF2002_SuggestingMaxCostPer1000()
    {
        string gates = "\"business\": { \"maxCostPer100\": 40000 }";
        Diagnostic d = TestManifests.SingleError(ManifestWith(gates), DiagnosticIds.UnknownKey, 5, Column(gates, "\"maxCostPer100\""));
        Assert.Contains("did you mean 'maxCostPer1000'?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AJudgingThatIsNoMode_IsAIF2010_ListingTheModes()
    {
        string gates = "\"business\": { \"maxCostPer1000\": 40000, \"judging\": \"strict\" }";
        Diagnostic d = TestManifests.SingleError(ManifestWith(gates), DiagnosticIds.InvalidValue, 5, Column(gates, "\"strict\""));
        Assert.Contains("pointEstimate", d.Message, StringComparison.Ordinal);
        Assert.Contains("burdenOfProof", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheBoundWrittenDirectlyUnderGates_IsAIF2002_SayingItBelongsInGatesBusiness()
    {
        string gates = "\"maxCostPer1000\": 40000";
        Diagnostic d = TestManifests.SingleError(ManifestWith(gates), DiagnosticIds.UnknownKey, 5, Column(gates, "\"maxCostPer1000\""));
        Assert.Contains("'maxCostPer1000' belongs in gates.business", d.Message, StringComparison.Ordinal);
    }
}
