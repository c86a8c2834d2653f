using AiFactory.Core.Gates;
using AiFactory.Core.Results;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using static AiFactory.Core.Tests.Gates.GateFixtures;

namespace AiFactory.Core.Tests.Gates;

/// <summary>Gates judged under a waived policy setting: waived when they meet the looser setting, never passed; failed when they miss it.</summary>
public class GateWaiversTests
{
    private static readonly Waiver Waiver = new()
    {
        Model = "LoanApproval", Gate = "metrics.auc", Who = "jane.doe@contoso.com", Why = "new market",
        Expires = new DateTime(2027, 3, 31), ExpiresText = "2027-03-31",
        Location = new SourceLocation(Path.Combine(SomeFolder, "..", "aifactory.waivers.json"), 3, 5),
    };

    [Theory]
    [InlineData(0.68, "Waived")]
    [InlineData(0.60, "Failed")]
    public void A_gate_under_a_waived_bound_reports_waived_or_failed_never_passed(double auc, string expectedName)
    {
        var expected = Enum.Parse<GateStatus>(expectedName);
        ModelManifest manifest = NewManifest(SomeFolder);
        MetricGate waived = Min(manifest, MetricNames.Auc, 0.65);
        waived.Min!.Waiver = Waiver;
        manifest.Gates.Metrics = new[] { waived, Min(manifest, MetricNames.Accuracy, 0.5, 15, 31) };

        GateEvaluation result = GateEvaluator.Evaluate(manifest, NewEvaluation(NewMetrics(auc: auc)));

        Assert.Equal((expected, GateStatus.Passed), (result.Gates[0].Status, result.Gates[1].Status));
        Assert.Same(Waiver, result.Gates[0].Waiver);
        Assert.Null(result.Gates[1].Waiver);
        Assert.Equal(expected == GateStatus.Waived, result.Passed);
        if (expected == GateStatus.Waived)
        {
            Assert.Contains("waived", result.Gates[0].Message);
            Assert.Empty(result.Diagnostics);
        }
    }

    [Fact]
    public void Results_json_records_the_waiver_with_the_gate_and_the_policy_that_applied()
    {
        ModelManifest manifest = NewManifest(SomeFolder);
        MetricGate waived = Min(manifest, MetricNames.Auc, 0.65);
        waived.Min!.Waiver = Waiver;
        manifest.Gates.Metrics = new[] { waived };
        manifest.Policy = new GovernancePolicy
        {
            FilePath = Path.GetFullPath(Path.Combine(SomeFolder, "..", "aifactory.policy.json")), Name = "Contoso", Owners = new[] { "model-risk" },
            WaiversFilePath = Path.GetFullPath(Path.Combine(SomeFolder, "..", "aifactory.waivers.json")),
        };
        var evaluation = NewEvaluation(NewMetrics(auc: 0.68));

        string json = ResultsWriter.ToJson(manifest, evaluation, GateEvaluator.Evaluate(manifest, evaluation), new RunSettings());

        var root = (AiFactory.Manifest.Json.JsonObject)AiFactory.Manifest.Json.JsonReader.Parse(json);
        var gate = (AiFactory.Manifest.Json.JsonObject)((AiFactory.Manifest.Json.JsonArray)root["gates"]!).Items[0];
        Assert.Equal("waived", ((AiFactory.Manifest.Json.JsonString)gate["status"]!).Value);
        var recorded = (AiFactory.Manifest.Json.JsonObject)gate["waiver"]!;
        Assert.Equal(("metrics.auc", "jane.doe@contoso.com", "2027-03-31"),
            (((AiFactory.Manifest.Json.JsonString)recorded["gate"]!).Value, ((AiFactory.Manifest.Json.JsonString)recorded["who"]!).Value, ((AiFactory.Manifest.Json.JsonString)recorded["expires"]!).Value));
        var policy = (AiFactory.Manifest.Json.JsonObject)root["policy"]!;
        Assert.Equal(("../aifactory.policy.json", "../aifactory.waivers.json"),
            (((AiFactory.Manifest.Json.JsonString)policy["file"]!).Value, ((AiFactory.Manifest.Json.JsonString)policy["waiversFile"]!).Value));
    }
}
