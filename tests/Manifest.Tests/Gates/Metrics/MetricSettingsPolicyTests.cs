using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using static AiFactory.Manifest.Tests.Policy.PolicyTestSupport;

namespace AiFactory.Manifest.Tests.Gates.Metrics;

/// <summary>A policy's judging, confidence and resamples of gates.metrics and gates.business, in the orders of docs/policy.md.</summary>
public class MetricSettingsPolicyTests
{
    private const string BurdenPolicy = "{ \"gates\": { \"metrics\": { \"judging\": \"burdenOfProof\", \"confidence\": 0.9, \"resamples\": 2000 }, \"business\": { \"judging\": \"pointEstimate\" } } }";

    [Fact]
    public void Settings_the_manifest_does_not_write_are_inherited()
    {
        var (manifest, diagnostics) = Apply(ManifestWith("\"metrics\": { \"auc\": { \"min\": 0.8 } }"), ReadPolicy(BurdenPolicy));
        Assert.Empty(diagnostics);
        MetricGateSettings settings = manifest.Gates.MetricSettings;
        Assert.Equal((JudgingMode.BurdenOfProof, 0.9, 2000), (settings.Judging, settings.Confidence, settings.Resamples));
    }

    [Fact]
    public void A_looser_judging_is_AIF2023_at_the_manifests_value()
    {
        const string gates = "\"metrics\": { \"judging\": \"benefitOfTheDoubt\", \"auc\": { \"min\": 0.8 } }";
        var (_, diagnostics) = Apply(ManifestWith(gates), ReadPolicy(BurdenPolicy));
        Diagnostic d = Single(diagnostics, DiagnosticIds.PolicyLoosened);
        Assert.Equal((5, Column(gates, "\"benefitOfTheDoubt\"")), (d.Location!.Line, d.Location.Column));
        Assert.StartsWith("metrics.judging benefitOfTheDoubt is looser than the policy's burdenOfProof", d.Message);
    }

    [Fact]
    public void A_looser_business_judging_and_fewer_resamples_are_AIF2023_and_a_tighter_level_is_kept()
    {
        const string gates = "\"metrics\": { \"judging\": \"burdenOfProof\", \"confidence\": 0.95, \"resamples\": 500 }, " +
                             "\"business\": { \"maxCostPer1000\": 100, \"judging\": \"benefitOfTheDoubt\" }";
        var (manifest, diagnostics) = Apply(ManifestWith(gates), ReadPolicy(BurdenPolicy));
        Assert.Equal(new[] { "business.judging", "metrics.resamples" },
            diagnostics.Where(d => d.Code == DiagnosticIds.PolicyLoosened).Select(d => d.Message.Split(' ')[0]).OrderBy(p => p));
        // Under burden of proof a higher level is tighter: 0.95 stays.
        Assert.Equal(0.95, manifest.Gates.MetricSettings.Confidence);
    }

    [Fact]
    public void A_waived_looser_judging_is_a_warning_and_waives_the_section()
    {
        GovernancePolicy policy = ReadPolicy(BurdenPolicy);
        policy.Waivers = new[] { Waiver("metrics.judging", "2027-03-31") };
        var (manifest, diagnostics) = Apply(ManifestWith("\"metrics\": { \"judging\": \"pointEstimate\", \"auc\": { \"min\": 0.8 } }"), policy);
        Assert.Equal(DiagnosticIds.GateWaived, Single(diagnostics, DiagnosticIds.GateWaived).Code);
        Assert.Same(policy.Waivers[0], Assert.Single(manifest.Gates.MetricSettings.SectionWaivers));
        Assert.Equal(JudgingMode.PointEstimate, manifest.Gates.MetricSettings.Judging);
    }

    [Fact]
    public void A_policy_cannot_set_the_seed()
    {
        var read = AiFactory.Manifest.Reading.PolicyReader.Read(PolicyPath, "{ \"gates\": { \"metrics\": { \"seed\": 3 } } }");
        Diagnostic d = Assert.Single(read.Diagnostics);
        Assert.Equal(DiagnosticIds.UnknownKey, d.Code);
        Assert.Contains("gates.metrics.seed", d.Message);
    }
}
