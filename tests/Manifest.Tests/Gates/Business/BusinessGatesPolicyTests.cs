using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using static AiFactory.Manifest.Tests.Policy.PolicyTestSupport;

namespace AiFactory.Manifest.Tests.Gates.Business;

/// <summary>A policy's gates.business.maxCostPer1000 against the manifest's: a higher maximum is looser.</summary>
public class BusinessGatesPolicyTests
{
    private const string CostPolicy = "{ \"gates\": { \"business\": { \"maxCostPer1000\": 90000 } } }";

    /// <summary>A manifest that states no business.costs, so no cost can be computed.</summary>
    private const string WithoutCosts =
        "{\n  \"model\": { \"name\": \"LoanApproval\" },\n" +
        "  \"data\": { \"train\": \"tr.csv\", \"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\" },\n" +
        "  \"gates\": { \"metrics\": { \"auc\": { \"min\": 0.7 } } }\n}";

    [Fact]
    public void A_manifest_without_the_bound_inherits_the_policys_at_the_policys_line()
    {
        var (manifest, diagnostics) = Apply(ManifestWith("\"metrics\": { \"auc\": { \"min\": 0.7 } }"), ReadPolicy(CostPolicy));

        Assert.Empty(diagnostics);
        Bound bound = manifest.Gates.MaxCostPer1000!;
        Assert.Equal(90000, bound.Value);
        Assert.Equal($"{PolicyPath}(1,{CostPolicy.IndexOf("90000", StringComparison.Ordinal) + 1})", bound.Location.ToString());
    }

    [Fact]
    public void A_lower_maximum_stands_and_a_higher_one_is_AIF2023_at_the_manifests_number()
    {
        GovernancePolicy policy = ReadPolicy(CostPolicy);
        var (tighter, none) = Apply(ManifestWith("\"business\": { \"maxCostPer1000\": 80000 }"), policy);
        Assert.Empty(none);
        Assert.Equal(80000, tighter.Gates.MaxCostPer1000!.Value);

        string gates = "\"business\": { \"maxCostPer1000\": 95000 }";
        var (_, diagnostics) = Apply(ManifestWith(gates), ReadPolicy(CostPolicy));
        Diagnostic error = Single(diagnostics, DiagnosticIds.PolicyLoosened);
        Assert.Equal((5, Column(gates, "95000")), (error.Location!.Line, error.Location.Column));
        Assert.StartsWith("business.maxCostPer1000 95000 is above the policy's maximum 90000 (set in ", error.Message, StringComparison.Ordinal);
        Assert.Contains("lower it to 90000 or less", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_standing_waiver_of_the_bound_is_warning_AIF6001_and_marks_the_bound()
    {
        GovernancePolicy policy = ReadPolicy(CostPolicy);
        Waiver waiver = Waiver("business.maxCostPer1000", "2027-03-31");
        policy.Waivers = new[] { waiver };
        var (manifest, diagnostics) = Apply(ManifestWith("\"business\": { \"maxCostPer1000\": 95000 }"), policy);

        Diagnostic warning = Single(diagnostics, DiagnosticIds.GateWaived);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Same(waiver, manifest.Gates.MaxCostPer1000!.Waiver);
    }

    [Fact]
    public void Without_costs_the_policys_bound_is_skipped_with_warning_AIF2025_at_the_policys_number()
    {
        var (manifest, diagnostics) = Apply(WithoutCosts, ReadPolicy(CostPolicy));

        Diagnostic warning = Single(diagnostics, DiagnosticIds.PolicyGateNotApplicable);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal($"{PolicyPath}(1,{CostPolicy.IndexOf("90000", StringComparison.Ordinal) + 1})", warning.Location!.ToString());
        Assert.Contains("the manifest states no business.costs to compute a cost from", warning.Message, StringComparison.Ordinal);
        Assert.Null(manifest.Gates.MaxCostPer1000);
    }

    [Fact]
    public void Required_without_costs_is_AIF2024_giving_the_reason_and_the_example()
    {
        GovernancePolicy policy = ReadPolicy("{ \"gates\": { \"business\": { \"maxCostPer1000\": 90000 } }, \"required\": [\"business.maxCostPer1000\"] }");
        var (_, diagnostics) = Apply(WithoutCosts, policy);

        Diagnostic error = Single(diagnostics, DiagnosticIds.RequiredGateMissing);
        Assert.Equal((1, 1), (error.Location!.Line, error.Location.Column));
        Assert.Contains("cannot have it: the manifest states no business.costs to compute a cost from.", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"gates\": { \"business\": { \"maxCostPer1000\": ... } }", error.Message, StringComparison.Ordinal);
    }
}
