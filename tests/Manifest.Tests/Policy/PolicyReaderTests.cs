using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;
using AiFactory.Manifest.Tests.TestSupport;
using static AiFactory.Manifest.Tests.Policy.PolicyTestSupport;

namespace AiFactory.Manifest.Tests.Policy;

/// <summary>aifactory.policy.json and aifactory.waivers.json: what they hold and every malformed case as a coded error at its place.</summary>
public class PolicyReaderTests
{
    [Fact]
    public void A_full_policy_is_read_with_its_gates_required_list_and_build_rules()
    {
        GovernancePolicy policy = ReadPolicy("""
            {
              "$schema": "aifactory.policy.schema.json",
              "policy": { "name": "Contoso", "owners": ["model-risk"] },
              "gates": {
                "metrics": { "auc": { "min": 0.70 } },
                "business": { "maxCostPer1000": 90000 },
                "data": { "minRows": 500, "maxMissingRate": { "eachColumn": 0.2 } },
                "fairness": { "demographicParityRatio": { "min": 0.8 }, "disparateImpact": { "min": 0.8 }, "minGroupSize": 30, "judging": "burdenOfProof" }
              },
              "required": ["metrics.auc", "fairness.everyGroup.fpr"],
              "build": { "demoteGates": "localOnly", "skipTraining": "never", "optOut": "allowed" }
            }
            """);

        Assert.Equal("Contoso", policy.Name);
        Assert.Equal(new[] { "model-risk" }, policy.Owners);
        Assert.Equal(0.70, policy.Gates.Metrics[0].Min!.Value);
        Assert.Equal((500.0, 500.0), (policy.Gates.Data!.MinRowsTrain!.Value, policy.Gates.Data.MinRowsTest!.Value));
        Assert.Equal(new[] { "demographicParityRatio", "disparateImpact" }, policy.Gates.Fairness!.Disparities.Select(g => g.Metric));
        Assert.Equal(new[] { "minGroupSize", "judging" }, policy.Gates.Fairness.SettingLocations.Keys);
        Assert.Equal(new[] { "metrics.auc", "fairness.everyGroup.fpr" }, policy.Required.Select(r => r.Path));
        Assert.Equal((BuildPermission.LocalOnly, BuildPermission.Never), (policy.DemoteGates, policy.SkipTraining));
        Assert.Equal((11, 29), (policy.DemoteGatesLocation!.Line, policy.DemoteGatesLocation.Column));
        Assert.Equal(BuildPermission.Allowed, policy.OptOut);
        Assert.Equal((11, 77), (policy.OptOutLocation!.Line, policy.OptOutLocation.Column));
        Assert.Equal((11, 3), (policy.BuildLocation!.Line, policy.BuildLocation.Column));
    }

    [Theory]
    [InlineData("{ \"build\": { \"optOut\": \"never\" } }", "Never")]
    [InlineData("{ \"build\": { \"optOut\": \"localOnly\" } }", "LocalOnly")]
    [InlineData("{ \"build\": { \"optOut\": \"allowed\" } }", "Allowed")]
    public void OptOut_is_read_at_its_value(string text, string expectedName)
    {
        var expected = Enum.Parse<BuildPermission>(expectedName);
        GovernancePolicy policy = ReadPolicy(text);

        Assert.Equal(expected, policy.OptOut);
        Assert.Equal((PolicyPath, 1, 24), (policy.OptOutLocation!.File, policy.OptOutLocation.Line, policy.OptOutLocation.Column));
        Assert.Equal((1, 3), (policy.BuildLocation!.Line, policy.BuildLocation.Column));
    }

    [Fact]
    public void Without_the_rule_opting_out_is_local_only_while_demotion_and_skipping_are_allowed()
    {
        GovernancePolicy withoutBuild = ReadPolicy("{ \"gates\": { \"metrics\": { \"auc\": { \"min\": 0.7 } } } }");
        GovernancePolicy withoutRule = ReadPolicy("{\n  \"build\": { \"demoteGates\": \"never\" }\n}");

        Assert.Equal((BuildPermission.LocalOnly, BuildPermission.Allowed, BuildPermission.Allowed),
            (withoutBuild.OptOut, withoutBuild.DemoteGates, withoutBuild.SkipTraining));
        Assert.Null(withoutBuild.OptOutLocation);
        Assert.Null(withoutBuild.BuildLocation);
        Assert.Equal(BuildPermission.LocalOnly, withoutRule.OptOut);
        Assert.Null(withoutRule.OptOutLocation);
        Assert.Equal((2, 3), (withoutRule.BuildLocation!.Line, withoutRule.BuildLocation.Column));
    }

    [Theory]
    [InlineData("{ \"gates\": { \"baseline\": { \"results\": \"b.json\" } } }", DiagnosticIds.UnknownKey, 14)]
    [InlineData("{ \"gates\": { \"fairness\": { \"disparateImpact\": { \"min\": 0.8, \"referenceGroup\": \"M\" } } } }", DiagnosticIds.UnknownKey, 61)]
    [InlineData("{ \"gates\": { \"fairness\": { \"seed\": 3 } } }", DiagnosticIds.UnknownKey, 36)]
    [InlineData("{ \"gates\": { \"data\": { \"maxMissingRate\": { \"columns\": { \"income\": 0.3 } } } } }", DiagnosticIds.UnknownKey, 67)]
    [InlineData("{ \"required\": [\"metrics.acu\"] }", DiagnosticIds.InvalidValue, 16)]
    [InlineData("{ \"build\": { \"demoteGates\": \"sometimes\" } }", DiagnosticIds.InvalidValue, 29)]
    [InlineData("{ \"build\": { \"skipTrainig\": \"never\" } }", DiagnosticIds.UnknownKey, 14)]
    [InlineData("{ \"build\": { \"optOut\": \"always\" } }", DiagnosticIds.InvalidValue, 24)]
    [InlineData("{ \"build\": { \"optout\": \"never\" } }", DiagnosticIds.UnknownKey, 14)]
    [InlineData("{ \"gates\": { \"metrics\": { \"auc\": { \"min\": 1.7 } } } }", DiagnosticIds.OutOfRange, 43)]
    [InlineData("{ \"gates\": { \"metrics\": { \"auc\": { \"min\": 0.7 } } ", DiagnosticIds.InvalidJson, 1)]
    [InlineData("[1]", DiagnosticIds.WrongType, 1)]
    public void A_malformed_policy_is_one_coded_error_at_its_place_and_no_policy(string text, string code, int column)
    {
        PolicyReadResult read = PolicyReader.Read(PolicyPath, text);

        Assert.Null(read.Policy);
        Diagnostic error = Assert.Single(read.Diagnostics);
        Assert.Equal((code, PolicyPath, 1), (error.Code, error.Location!.File, error.Location.Line));
        if (code != DiagnosticIds.InvalidJson) Assert.Equal(column, error.Location.Column);
    }

    [Fact]
    public void Waivers_beside_the_policy_are_read_and_each_malformed_entry_is_AIF2028_at_its_place()
    {
        using var folder = new TempFolder();
        string policyPath = folder.File("aifactory.policy.json", "{ \"gates\": { \"metrics\": { \"auc\": { \"min\": 0.7 } } } }");
        folder.File("aifactory.waivers.json", """
            {
              "waivers": [
                { "model": "LoanApproval", "gate": "metrics.auc", "who": "jane", "why": "new market", "expires": "2027-03-31" },
                { "model": "Churn", "gate": "metrics.auc", "who": "jane", "expires": "2027-03-31" },
                { "model": "Churn", "gate": "metrics.auc", "who": "jane", "why": "x", "expires": "31/03/2027" },
                { "model": "Churn", "gate": "baseline.auc", "who": "jane", "why": "x", "expires": "2027-03-31" }
              ]
            }
            """);

        PolicyReadResult read = PolicyReader.ReadFile(policyPath);

        Assert.Null(read.Policy);
        Assert.Equal(new[] { (DiagnosticIds.InvalidWaiver, 4, 5), (DiagnosticIds.InvalidWaiver, 5, 86), (DiagnosticIds.InvalidWaiver, 6, 33) },
            read.Diagnostics.Select(d => (d.Code, d.Location!.Line, d.Location.Column)));
        Assert.Contains("needs a non-empty \"why\"", read.Diagnostics[0].Message);
        Assert.Contains("not a date", read.Diagnostics[1].Message);

        folder.File("aifactory.waivers.json", "{ \"waivers\": [ { \"model\": \"LoanApproval\", \"gate\": \"metrics.auc\", \"who\": \"jane\", \"why\": \"new market\", \"expires\": \"2027-03-31\" } ] }");
        GovernancePolicy policy = PolicyReader.ReadFile(policyPath).Policy!;
        Waiver waiver = Assert.Single(policy.Waivers);
        Assert.Equal(("LoanApproval", "metrics.auc", "jane", "new market", new DateTime(2027, 3, 31)), (waiver.Model, waiver.Gate, waiver.Who, waiver.Why, waiver.Expires));
        Assert.Equal(folder.PathOf("aifactory.waivers.json"), policy.WaiversFilePath);
    }
}
