using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using static AiFactory.Manifest.Tests.Policy.PolicyTestSupport;

namespace AiFactory.Manifest.Tests.Policy;

/// <summary>Inheritance, the "tighter than" order of every setting, waivers and required gates (docs/policy.md).</summary>
public class PolicyApplierTests
{
    private const string AucPolicy = "{\n  \"gates\": { \"metrics\": { \"auc\": { \"min\": 0.70 } } }\n}";

    [Fact]
    public void A_gate_the_manifest_does_not_mention_is_inherited_at_the_policys_line()
    {
        var (manifest, diagnostics) = Apply(ManifestWith("\"metrics\": { \"f1\": { \"min\": 0.6 } }"), ReadPolicy(AucPolicy));

        Assert.Empty(diagnostics);
        Assert.Equal(new[] { "f1", "auc" }, manifest.Gates.Metrics.Select(g => g.Metric));
        Bound min = manifest.Gates.Metrics[1].Min!;
        Assert.Equal((0.70, "0.70", PolicyPath, 2, 43), (min.Value, min.Text, min.Location.File, min.Location.Line, min.Location.Column));
        Assert.NotNull(manifest.Policy);
    }

    [Theory]
    [InlineData("0.70")]
    [InlineData("0.85")]
    public void A_manifest_as_tight_or_tighter_keeps_its_own_bound_and_line(string value)
    {
        string gates = "\"metrics\": { \"auc\": { \"min\": " + value + " } }";
        var (manifest, diagnostics) = Apply(ManifestWith(gates), ReadPolicy(AucPolicy));

        Assert.Empty(diagnostics);
        Bound min = Assert.Single(manifest.Gates.Metrics).Min!;
        Assert.Equal((value, 5, Column(gates, value)), (min.Text, min.Location.Line, min.Location.Column));
        Assert.Null(min.Waiver);
    }

    [Fact]
    public void A_looser_bound_is_AIF2023_at_the_manifests_number_naming_the_policys_file_and_line()
    {
        string gates = "\"metrics\": { \"auc\": { \"min\": 0.65 } }";
        var (_, diagnostics) = Apply(ManifestWith(gates), ReadPolicy(AucPolicy));

        Diagnostic error = Single(diagnostics, DiagnosticIds.PolicyLoosened);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal((5, Column(gates, "0.65")), (error.Location!.Line, error.Location.Column));
        Assert.Contains("metrics.auc.min 0.65 is below the policy's minimum 0.70", error.Message);
        Assert.Contains($"{PolicyPath}(2,43)", error.Message);
        Assert.Contains("Raise it to 0.70 or more", error.Message);
        Assert.Contains("model 'LoanApproval', gate 'metrics.auc.min'", error.Message);
    }

    [Fact]
    public void A_looser_maximum_is_a_loosening_too_and_a_lower_one_is_not()
    {
        GovernancePolicy policy = ReadPolicy("{ \"gates\": { \"metrics\": { \"logLoss\": { \"max\": 0.5 } }, \"business\": { \"maxCostPer1000\": 90000 } } }");

        Assert.Empty(Apply(ManifestWith("\"metrics\": { \"logLoss\": { \"max\": 0.4 } }, \"business\": { \"maxCostPer1000\": 80000 }"), policy).Diagnostics);
        var (_, diagnostics) = Apply(ManifestWith("\"metrics\": { \"logLoss\": { \"max\": 0.6 } }, \"business\": { \"maxCostPer1000\": 95000 }"), policy);
        Assert.Equal(new[] { "metrics.logLoss.max 0.6 is above the policy's maximum 0.5", "business.maxCostPer1000 95000 is above the policy's maximum 90000" },
            diagnostics.Select(d => d.Message.Substring(0, d.Message.IndexOf(" (set in", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_standing_waiver_turns_the_loosening_into_warning_AIF6001_and_marks_the_bound()
    {
        GovernancePolicy policy = ReadPolicy(AucPolicy);
        policy.Waivers = new[] { Waiver("metrics.auc", "2027-03-31") };
        string gates = "\"metrics\": { \"auc\": { \"min\": 0.65 } }";
        var (manifest, diagnostics) = Apply(ManifestWith(gates), policy);

        Diagnostic warning = Single(diagnostics, DiagnosticIds.GateWaived);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal((5, Column(gates, "0.65")), (warning.Location!.Line, warning.Location.Column));
        Assert.Contains("by jane.doe@contoso.com until 2027-03-31: new market", warning.Message);
        Bound min = manifest.Gates.Metrics[0].Min!;
        Assert.Equal(0.65, min.Value);
        Assert.Same(policy.Waivers[0], min.Waiver);
    }

    [Theory]
    [InlineData("2026-11-23", DiagnosticIds.GateWaived)]
    [InlineData("2026-11-22", DiagnosticIds.WaiverExpired)]
    public void A_waiver_stands_through_its_expiry_day_and_is_AIF6002_the_day_after(string expires, string code)
    {
        GovernancePolicy policy = ReadPolicy(AucPolicy);
        policy.Waivers = new[] { Waiver("metrics.auc.min", expires) };
        var (manifest, diagnostics) = Apply(ManifestWith("\"metrics\": { \"auc\": { \"min\": 0.65 } }"), policy);

        Diagnostic diagnostic = Single(diagnostics, code);
        if (code == DiagnosticIds.WaiverExpired)
        {
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Contains("expired on 2026-11-22", diagnostic.Message);
            Assert.Null(manifest.Gates.Metrics[0].Min!.Waiver);
        }
    }

    [Theory]
    [InlineData("metrics.au", "LoanApproval")]
    [InlineData("metrics.f1", "LoanApproval")]
    [InlineData("metrics.auc", "Churn")]
    public void A_waiver_for_another_gate_or_model_does_not_count(string gate, string model)
    {
        GovernancePolicy policy = ReadPolicy(AucPolicy);
        policy.Waivers = new[] { Waiver(gate, "2027-03-31", model) };

        Single(Apply(ManifestWith("\"metrics\": { \"auc\": { \"min\": 0.65 } }"), policy).Diagnostics, DiagnosticIds.PolicyLoosened);
    }

    [Theory]
    [InlineData("\"minGroupSize\": 20", null)]
    [InlineData("\"minGroupSize\": 50", "fairness.minGroupSize 50 is looser than the policy's 30")]
    [InlineData("\"minClassSize\": 20", "fairness.minClassSize 20 is looser than the policy's 10")]
    [InlineData("\"judging\": \"burdenOfProof\"", null)]
    [InlineData("\"judging\": \"benefitOfTheDoubt\"", "fairness.judging benefitOfTheDoubt is looser than the policy's pointEstimate")]
    [InlineData("\"judging\": \"pointEstimate\", \"confidence\": 0.99", null)]
    [InlineData("\"onInsufficientData\": \"warn\"", "fairness.onInsufficientData warn is looser than the policy's fail")]
    [InlineData("\"intersections\": false", "fairness.intersections false is looser than the policy's true")]
    [InlineData("\"relativeTo\": \"overall\"", "fairness.relativeTo overall is looser than the policy's groups")]
    [InlineData("\"resamples\": 500", "fairness.resamples 500 is looser than the policy's 1000")]
    [InlineData("\"resamples\": 5000", null)]
    public void Fairness_settings_follow_their_documented_order(string setting, string? loosening)
    {
        GovernancePolicy policy = ReadPolicy("{ \"gates\": { \"fairness\": { \"minGroupSize\": 30, \"minClassSize\": 10, \"judging\": \"pointEstimate\", " +
            "\"onInsufficientData\": \"fail\", \"intersections\": true, \"relativeTo\": \"groups\", \"resamples\": 1000, \"confidence\": 0.95 } } }");
        var (_, diagnostics) = Apply(ManifestWith("\"fairness\": { \"demographicParityRatio\": { \"min\": 0.8 }, " + setting + " }"), policy);

        Assert.Equal(loosening == null ? Array.Empty<string>() : new[] { loosening },
            diagnostics.Select(d => d.Message.Substring(0, d.Message.IndexOf(" (set in", StringComparison.Ordinal))));
    }

    [Theory]
    [InlineData("benefitOfTheDoubt", "0.90", null)]
    [InlineData("benefitOfTheDoubt", "0.99", "fairness.confidence 0.99 is looser than the policy's 0.95")]
    [InlineData("burdenOfProof", "0.99", null)]
    [InlineData("burdenOfProof", "0.90", "fairness.confidence 0.9 is looser than the policy's 0.95")]
    public void Confidence_is_ordered_by_the_judging_mode(string judging, string confidence, string? loosening)
    {
        GovernancePolicy policy = ReadPolicy("{ \"gates\": { \"fairness\": { \"judging\": \"" + judging + "\", \"confidence\": 0.95 } } }");
        var (_, diagnostics) = Apply(ManifestWith("\"fairness\": { \"demographicParityRatio\": { \"min\": 0.8 }, \"judging\": \"" + judging + "\", \"confidence\": " + confidence + " }"), policy);

        Assert.Equal(loosening == null ? Array.Empty<string>() : new[] { loosening },
            diagnostics.Select(d => d.Message.Substring(0, d.Message.IndexOf(" (set in", StringComparison.Ordinal))));
    }

    [Fact]
    public void Settings_the_manifest_leaves_out_are_inherited_and_intersections_only_with_two_attributes()
    {
        GovernancePolicy policy = ReadPolicy("{ \"gates\": { \"fairness\": { \"minGroupSize\": 40, \"judging\": \"burdenOfProof\", \"intersections\": true, " +
            "\"onInsufficientData\": \"warn\", \"demographicParityRatio\": { \"min\": 0.8 } } } }");

        var (two, diagnostics) = Apply(ManifestWith("\"metrics\": { \"auc\": { \"min\": 0.7 } }"), policy);
        Assert.Empty(diagnostics);
        FairnessGates fairness = two.Gates.Fairness!;
        Assert.Equal((40, JudgingMode.BurdenOfProof, true, InsufficientDataAction.Warn), (fairness.MinGroupSize, fairness.Judging, fairness.Intersections, fairness.OnInsufficientData));
        Assert.Equal(PolicyPath, fairness.MinGroupSizeLocation!.File);
        Assert.Equal("demographicParityRatio", Assert.Single(fairness.Disparities).Metric);

        var (one, _) = Apply(ManifestWith("\"metrics\": { \"auc\": { \"min\": 0.7 } }", sensitive: "\"sex\""), policy);
        Assert.False(one.Gates.Fairness!.Intersections);
    }

    [Fact]
    public void A_waived_section_setting_waives_the_whole_fairness_section()
    {
        GovernancePolicy policy = ReadPolicy("{ \"gates\": { \"fairness\": { \"minGroupSize\": 30 } } }");
        policy.Waivers = new[] { Waiver("fairness.minGroupSize", "2027-01-31") };
        var (manifest, diagnostics) = Apply(ManifestWith("\"fairness\": { \"demographicParityRatio\": { \"min\": 0.8 }, \"minGroupSize\": 100 }"), policy);

        Single(diagnostics, DiagnosticIds.GateWaived);
        Assert.Equal(100, manifest.Gates.Fairness!.MinGroupSize);
        Assert.Same(policy.Waivers[0], Assert.Single(manifest.Gates.Fairness.SectionWaivers));
    }

    [Fact]
    public void A_gates_own_judging_is_compared_with_the_policys_for_that_gate_or_inherited_from_it()
    {
        GovernancePolicy policy = ReadPolicy("{ \"gates\": { \"fairness\": { \"demographicParityRatio\": { \"min\": 0.8, \"judging\": \"burdenOfProof\" } } } }");

        var (inherited, none) = Apply(ManifestWith("\"fairness\": { \"demographicParityRatio\": { \"min\": 0.85 } }"), policy);
        Assert.Empty(none);
        Assert.Equal(JudgingMode.BurdenOfProof, inherited.Gates.Fairness!.Disparities[0].Judging);

        string gates = "\"fairness\": { \"demographicParityRatio\": { \"min\": 0.85, \"judging\": \"pointEstimate\" } }";
        Diagnostic error = Single(Apply(ManifestWith(gates), policy).Diagnostics, DiagnosticIds.PolicyLoosened);
        Assert.StartsWith("fairness.demographicParityRatio.judging pointEstimate is looser than the policy's burdenOfProof", error.Message);
        Assert.Equal((5, Column(gates, "\"demographicParityRatio\"")), (error.Location!.Line, error.Location.Column));
    }

    [Fact]
    public void The_policys_default_judging_binds_gates_it_does_not_name()
    {
        GovernancePolicy policy = ReadPolicy("{ \"gates\": { \"fairness\": { \"judging\": \"pointEstimate\" } } }");
        var (_, diagnostics) = Apply(ManifestWith("\"fairness\": { \"equalOpportunityDifference\": { \"max\": 0.1, \"judging\": \"benefitOfTheDoubt\" } }"), policy);

        Assert.StartsWith("fairness.equalOpportunityDifference.judging benefitOfTheDoubt is looser than the policy's pointEstimate",
            Single(diagnostics, DiagnosticIds.PolicyLoosened).Message);
    }

    [Fact]
    public void Policy_gates_a_model_cannot_have_are_skipped_with_AIF2025_unless_required()
    {
        GovernancePolicy policy = ReadPolicy("{\n \"gates\": { \"fairness\": { \"demographicParityRatio\": { \"min\": 0.8 } }, \"data\": { \"minGroupRows\": 50 } }\n}");
        var (manifest, diagnostics) = Apply(ManifestWith("\"metrics\": { \"auc\": { \"min\": 0.7 } }", sensitive: ""), policy);

        Assert.Equal(new[] { DiagnosticIds.PolicyGateNotApplicable, DiagnosticIds.PolicyGateNotApplicable }, diagnostics.Select(d => d.Code));
        Assert.All(diagnostics, d => Assert.Equal((DiagnosticSeverity.Warning, PolicyPath, 2), (d.Severity, d.Location!.File, d.Location.Line)));
        Assert.Contains("data.sensitive names no sensitive attribute", diagnostics[0].Message);
        Assert.Null(manifest.Gates.Fairness);

        GovernancePolicy required = ReadPolicy("{ \"gates\": { \"fairness\": { \"demographicParityRatio\": { \"min\": 0.8 } } }, \"required\": [\"fairness.demographicParityRatio\"] }");
        Diagnostic error = Single(Apply(ManifestWith("\"metrics\": { \"auc\": { \"min\": 0.7 } }", sensitive: ""), required).Diagnostics, DiagnosticIds.RequiredGateMissing);
        Assert.Equal((DiagnosticSeverity.Error, 1, 1), (error.Severity, error.Location!.Line, error.Location.Column));
        Assert.Contains("data.sensitive names no sensitive attribute", error.Message);
    }

    [Fact]
    public void Disparate_impact_of_a_policy_needs_the_models_reference_group()
    {
        GovernancePolicy policy = ReadPolicy("{ \"gates\": { \"fairness\": { \"disparateImpact\": { \"min\": 0.8 } } }, \"required\": [\"fairness.disparateImpact\"] }");

        Assert.Contains("reference group", Single(Apply(ManifestWith("\"metrics\": { \"auc\": { \"min\": 0.7 } }"), policy).Diagnostics, DiagnosticIds.RequiredGateMissing).Message);
        var (manifest, diagnostics) = Apply(ManifestWith(
            "\"fairness\": { \"disparateImpact\": { \"min\": 0.9, \"referenceGroup\": { \"sex\": \"M\", \"race\": \"W\" } } }"), policy);
        Assert.Empty(diagnostics);
        Assert.Equal(0.9, manifest.Gates.Fairness!.Disparities[0].Min!.Value);
    }

    [Fact]
    public void A_required_gate_is_met_by_the_manifest_or_by_a_policy_threshold()
    {
        GovernancePolicy policy = ReadPolicy("{ \"gates\": { \"metrics\": { \"auc\": { \"min\": 0.7 } } }, \"required\": [\"metrics.auc\", \"metrics.f1\"] }");

        Assert.Empty(Apply(ManifestWith("\"metrics\": { \"f1\": { \"min\": 0.6 } }"), policy).Diagnostics);
        Diagnostic error = Single(Apply(ManifestWith("\"metrics\": { \"accuracy\": { \"min\": 0.6 } }"), policy).Diagnostics, DiagnosticIds.RequiredGateMissing);
        Assert.Contains("requires the gate metrics.f1 of every model", error.Message);
        Assert.Contains("\"f1\": { \"min\": ... }", error.Message);
    }

    [Fact]
    public void Data_gates_column_bounds_answer_to_eachColumn_and_predictions_inherit_no_training_bounds()
    {
        GovernancePolicy policy = ReadPolicy("{ \"gates\": { \"data\": { \"minRows\": 500, \"maxMissingRate\": { \"eachColumn\": 0.2 }, \"maxOverlapRate\": 0 } } }");
        string gates = "\"data\": { \"maxMissingRate\": { \"columns\": { \"income\": 0.3 } } }";
        Diagnostic error = Single(Apply(ManifestWith(gates), policy).Diagnostics, DiagnosticIds.PolicyLoosened);
        Assert.StartsWith("data.maxMissingRate.columns.income 0.3 is above the policy's maximum 0.2", error.Message);

        string predictions = "{ \"model\": { \"name\": \"LoanApproval\", \"source\": \"predictions\" }, " +
            "\"data\": { \"test\": \"s.csv\", \"label\": \"y\", \"positive\": \"1\", \"score\": \"p\" } }";
        var (manifest, diagnostics) = Apply(predictions, policy);
        Assert.Empty(diagnostics);
        DataGates data = manifest.Gates.Data!;
        Assert.Equal((null, 500.0, null), (data.MinRowsTrain, data.MinRowsTest!.Value, data.MaxOverlapRate));
    }

    [Fact]
    public void Auc_of_the_policy_does_not_apply_to_label_only_predictions()
    {
        string predictions = "{ \"model\": { \"name\": \"LoanApproval\", \"source\": \"predictions\" }, " +
            "\"data\": { \"test\": \"s.csv\", \"label\": \"y\", \"positive\": \"1\", \"prediction\": \"p\" } }";
        var (manifest, diagnostics) = Apply(predictions, ReadPolicy(AucPolicy));

        Assert.Contains("has no scores", Single(diagnostics, DiagnosticIds.PolicyGateNotApplicable).Message);
        Assert.Empty(manifest.Gates.Metrics);
    }
}
