using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Tests.TestSupport;

namespace AiFactory.Manifest.Tests.Gates.Metrics;

/// <summary>gates.metrics' judging, confidence, resamples and seed, and gates.business' judging.</summary>
public class MetricSettingsTests
{
    /// <summary>Line 4 is <c>  "gates": { GATES }</c>: the gates object's content starts at column 14.</summary>
    private static string WithGates(string gates) =>
        "{\n  \"model\": { \"name\": \"M\", \"seed\": 7 },\n  \"data\": { \"train\": \"tr.csv\", \"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\" },\n" +
        "  \"gates\": { " + gates + " },\n  \"business\": { \"costs\": { \"falsePositive\": 5 } }\n}";

    [Fact]
    public void Settings_are_read_beside_the_metrics_with_where_they_are_written()
    {
        const string gates = "\"metrics\": { \"judging\": \"burdenOfProof\", \"confidence\": 0.9, \"resamples\": 2000, \"seed\": 3, \"auc\": { \"min\": 0.8 } }, " +
                             "\"business\": { \"maxCostPer1000\": 100, \"judging\": \"benefitOfTheDoubt\" }";
        ModelManifest manifest = TestManifests.Valid(WithGates(gates));
        MetricGateSettings settings = manifest.Gates.MetricSettings;
        Assert.Equal((JudgingMode.BurdenOfProof, 0.9, 2000, (int?)3), (settings.Judging, settings.Confidence, settings.Resamples, settings.Seed));
        Assert.Equal(new[] { "confidence", "judging", "resamples", "seed" }, settings.SettingLocations.Keys.OrderBy(k => k));
        Assert.Equal(14 + gates.IndexOf("\"burdenOfProof\"", StringComparison.Ordinal), settings.SettingLocations["judging"].Column);
        Assert.Equal("auc", Assert.Single(manifest.Gates.Metrics).Metric);
        Assert.Equal(JudgingMode.BenefitOfTheDoubt, manifest.Gates.BusinessSettings.Judging);
    }

    [Fact]
    public void Without_settings_the_point_estimate_decides_at_95_percent_with_1000_resamples()
    {
        ModelManifest manifest = TestManifests.Valid(WithGates("\"metrics\": { \"auc\": { \"min\": 0.8 } }"));
        MetricGateSettings settings = manifest.Gates.MetricSettings;
        Assert.Equal((JudgingMode.PointEstimate, 0.95, 1000, (int?)null), (settings.Judging, settings.Confidence, settings.Resamples, settings.Seed));
        Assert.Empty(settings.SettingLocations);
        Assert.Equal(JudgingMode.PointEstimate, manifest.Gates.BusinessSettings.Judging);
    }

    [Fact]
    public void A_misspelt_setting_is_AIF2002_with_did_you_mean()
    {
        Diagnostic d = TestManifests.SingleError(WithGates("\"metrics\": { \"judgin\": \"burdenOfProof\" }"), DiagnosticIds.UnknownKey, 4, 27);
        Assert.Equal("unknown key 'judgin' in gates.metrics; did you mean 'judging'?", d.Message);
    }

    [Fact]
    public void A_bad_mode_or_level_is_an_error_at_its_value()
    {
        Diagnostic mode = Assert.Single(TestManifests.Read(WithGates("\"metrics\": { \"judging\": \"strict\" }")).Diagnostics);
        Assert.Equal(Severity(DiagnosticSeverity.Error), Severity(mode.Severity));
        Assert.Contains("'pointEstimate'", mode.Message);
        TestManifests.AssertAt(mode, mode.Code, 4, 38);
        Diagnostic level = Assert.Single(TestManifests.Read(WithGates("\"metrics\": { \"confidence\": 1.5 }")).Diagnostics);
        Assert.Contains("between 0.5 and 0.999", level.Message);
        Diagnostic business = Assert.Single(TestManifests.Read(WithGates("\"business\": { \"confidence\": 0.9 }")).Diagnostics);
        Assert.Equal(DiagnosticIds.UnknownKey, business.Code);
    }

    private static string Severity(DiagnosticSeverity severity) => severity.ToString();
}
