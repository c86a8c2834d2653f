using AiFactory.Manifest.Json;

namespace AiFactory.EndToEnd.Tests;

/// <summary>
/// The hub's policy as a model team meets it (docs/policy.md): a model created under `dotnet new aifactory-hub`
/// inherits the policy; loosening a threshold fails the build at the manifest line naming the policy's; a waiver in
/// the hub's waivers file lets it build with the gate `waived`; an expired waiver fails it again; the policy's build
/// rules forbid demotion and skipped training in CI.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class HubPolicyTests(PackedPackages packages)
{
    [Fact]
    public void A_loosened_threshold_fails_at_its_line_until_a_waiver_stands_and_again_when_it_expires()
    {
        var hub = Hub.Create(packages, Path.Combine(packages.Root, nameof(HubPolicyTests)), "Contoso.Models");
        GovernedProject model = hub.AddModel("LoanApproval");

        // The hub's policy as generated, with one more minimum the model's manifest does not mention.
        string policyText = File.ReadAllText(hub.PolicyPath);
        var policy = (JsonObject)JsonReader.Parse(policyText);
        double policyAuc = GovernedProject.Number(policy, "gates.metrics.auc.min");
        Assert.InRange(policyAuc, 0.5, 0.80);
        File.WriteAllText(hub.PolicyPath, policyText.Replace("\"metrics\": {", "\"metrics\": {\n      \"precision\": { \"min\": 0.99 },", StringComparison.Ordinal));
        (int policyLine, int policyColumn) = AiFactory.BuildTool.Demo.PositionOf(File.ReadAllText(hub.PolicyPath), "0.99");

        // Inherited: the policy's precision gate fails at the policy's line; the manifest's own gates still pass.
        CommandResult inherited = packages.Build(model.Folder);
        Assert.Equal(1, inherited.ExitCode);
        Assert.Contains($"{hub.PolicyPath}({policyLine},{policyColumn}): error AIF4001: precision", inherited.Output);
        Assert.Equal("failed", GovernedProject.Text(model.Gate("metrics.precision.min"), "status"));
        Assert.Equal("../../aifactory.policy.json", GovernedProject.Text(model.Results(), "policy.file"));
        Assert.Equal("passed", GovernedProject.Text(model.Gate("metrics.auc.min"), "status"));
        File.WriteAllText(hub.PolicyPath, policyText);

        // Loosened below the policy: AIF2023 at the manifest's number, naming the policy's file and line.
        string aucEntry = "\"auc\": { \"min\": 0.75 }";
        model.EditManifest(aucEntry, "\"auc\": { \"min\": 0.65 }");
        (int line, int column) = model.ManifestPosition("0.65");
        CommandResult loosened = packages.Build(model.Folder);
        Assert.Equal(1, loosened.ExitCode);
        Assert.Contains($"aifactory.json({line},{column}): error AIF2023: metrics.auc.min 0.65 is below the policy's minimum", loosened.Output);
        Assert.Contains($"{hub.PolicyPath}(", loosened.Output);

        // Waived by the hub: the build passes, warns at the same line, and the gate reports waived — on every build.
        string waivers = File.ReadAllText(hub.WaiversPath);
        File.WriteAllText(hub.WaiversPath, Waivers("2099-12-31"));
        CommandResult waived = packages.Build(model.Folder);
        Assert.True(waived.ExitCode == 0, waived.Output);
        Assert.Contains($"aifactory.json({line},{column}): warning AIF6001: metrics.auc.min 0.65", waived.Output);
        Assert.Contains("waived for model 'LoanApproval' by jane.doe@contoso.com until 2099-12-31", waived.Output);
        JsonObject gate = model.Gate("metrics.auc.min");
        Assert.Equal(("waived", "jane.doe@contoso.com"), (GovernedProject.Text(gate, "status"), GovernedProject.Text(gate, "waiver.who")));
        Assert.True(model.Results()["passed"] is JsonBoolean { Value: true });
        CommandResult again = packages.Build(model.Folder);
        Assert.True(again.ExitCode == 0, again.Output);
        Assert.Contains("warning AIF6001", again.Output);

        // Expired: the loosening is an error again, at the manifest's line, naming the waiver.
        File.WriteAllText(hub.WaiversPath, Waivers("2020-01-31"));
        CommandResult expired = packages.Build(model.Folder);
        Assert.Equal(1, expired.ExitCode);
        Assert.Contains($"aifactory.json({line},{column}): error AIF6002:", expired.Output);
        Assert.Contains("expired on 2020-01-31", expired.Output);

        // Back within the policy, with the hub's original waivers file: green, and no longer waived.
        File.WriteAllText(hub.WaiversPath, waivers);
        model.EditManifest("\"auc\": { \"min\": 0.65 }", aucEntry);
        Assert.Equal(0, packages.Build(model.Folder).ExitCode);
        Assert.Equal("passed", GovernedProject.Text(model.Gate("metrics.auc.min"), "status"));

        // The policy's build rules: no demotion and no skipped training in CI builds.
        File.WriteAllText(hub.PolicyPath, SetBuildRules(File.ReadAllText(hub.PolicyPath)));
        // CI is told by the CI variable (GitHub Actions, most services) or by the ContinuousIntegrationBuild property.
        CommandResult demoted = packages.Dotnet.With("CI", "true").Run(model.Folder, "build", "-nologo", "-tl:off", "-v:minimal", "-p:AiFactoryGateSeverity=warning");
        Assert.Equal(1, demoted.ExitCode);
        Assert.Contains("error AIF2026: AiFactoryGateSeverity=warning reports failed gates as warnings, but the policy forbids that in CI builds", demoted.Output);
        Assert.Equal(0, packages.Build(model.Folder, "-p:AiFactoryGateSeverity=warning").ExitCode);
        CommandResult skipped = packages.Build(model.Folder, "-p:AiFactorySkipTraining=true", "-p:ContinuousIntegrationBuild=true");
        Assert.Equal(1, skipped.ExitCode);
        Assert.Contains("error AIF2027:", skipped.Output);
    }

    private static string Waivers(string expires) => $$"""
        {
          "waivers": [
            {
              "model": "LoanApproval",
              "gate": "metrics.auc",
              "who": "jane.doe@contoso.com",
              "why": "New market: six months of data until Q1",
              "expires": "{{expires}}"
            }
          ]
        }
        """;

    /// <summary>The policy with build.demoteGates and build.skipTraining set to localOnly, whatever the hub wrote.</summary>
    private static string SetBuildRules(string policy)
    {
        string replaced = System.Text.RegularExpressions.Regex.Replace(policy, "\"demoteGates\"\\s*:\\s*\"[A-Za-z]+\"", "\"demoteGates\": \"localOnly\"");
        replaced = System.Text.RegularExpressions.Regex.Replace(replaced, "\"skipTraining\"\\s*:\\s*\"[A-Za-z]+\"", "\"skipTraining\": \"localOnly\"");
        Assert.Contains("\"demoteGates\": \"localOnly\"", replaced);
        Assert.Contains("\"skipTraining\": \"localOnly\"", replaced);
        return replaced;
    }
}
