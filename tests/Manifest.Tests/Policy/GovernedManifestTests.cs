using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Policy;
using AiFactory.Manifest.Reading;
using AiFactory.Manifest.Tests.TestSupport;

namespace AiFactory.Manifest.Tests.Policy;

/// <summary>Reading a manifest as the build does: the nearest policy in its folder or above applies, with the hub's waivers.</summary>
public class GovernedManifestTests
{
    private const string Manifest = "{ \"model\": { \"name\": \"LoanApproval\" }, \"data\": { \"train\": \"tr.csv\", \"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\" }, " +
                                    "\"gates\": { \"metrics\": { \"auc\": { \"min\": 0.65 } } } }";

    [Fact]
    public void Without_a_policy_above_the_manifest_is_read_as_it_is()
    {
        using var folder = new TempFolder();
        string path = folder.File("models/loan/aifactory.json", Manifest);

        ManifestReadResult read = GovernedManifest.ReadFile(path, new ManifestReadOptions());

        Assert.Empty(read.Diagnostics);
        Assert.Null(read.Manifest!.Policy);
    }

    [Fact]
    public void The_nearest_policy_above_applies_and_its_waivers_with_it()
    {
        using var folder = new TempFolder();
        folder.File("aifactory.policy.json", "{ \"gates\": { \"metrics\": { \"auc\": { \"min\": 0.6 } } } }");
        string nearest = folder.File("models/aifactory.policy.json", "{ \"gates\": { \"metrics\": { \"auc\": { \"min\": 0.7 } } } }");
        string path = folder.File("models/loan/aifactory.json", Manifest);

        ManifestReadResult loosened = GovernedManifest.ReadFile(path, new ManifestReadOptions());
        Diagnostic error = Assert.Single(loosened.Diagnostics);
        Assert.Equal(DiagnosticIds.PolicyLoosened, error.Code);
        Assert.Contains(nearest, error.Message);
        Assert.Null(loosened.Manifest);

        folder.File("models/aifactory.waivers.json",
            "{ \"waivers\": [ { \"model\": \"LoanApproval\", \"gate\": \"metrics.auc\", \"who\": \"jane\", \"why\": \"new market\", \"expires\": \"2027-03-31\" } ] }");
        ManifestReadResult waived = GovernedManifest.ReadFile(path, new ManifestReadOptions(), new DateTime(2027, 3, 31));
        Assert.Equal(DiagnosticIds.GateWaived, Assert.Single(waived.Diagnostics).Code);
        Assert.Equal(nearest, waived.Manifest!.Policy!.FilePath);
        Assert.NotNull(waived.Manifest.Gates.Metrics[0].Min!.Waiver);

        ManifestReadResult expired = GovernedManifest.ReadFile(path, new ManifestReadOptions(), new DateTime(2027, 4, 1));
        Assert.Equal(DiagnosticIds.WaiverExpired, Assert.Single(expired.Diagnostics).Code);
        Assert.True(expired.HasErrors);
    }

    [Fact]
    public void A_broken_policy_stops_the_model_with_the_policys_own_error()
    {
        using var folder = new TempFolder();
        string policy = folder.File("aifactory.policy.json", "{ \"gates\": { \"metrics\": { \"auc\": { \"mn\": 0.9 } } } }");
        string path = folder.File("loan/aifactory.json", Manifest);

        ManifestReadResult read = GovernedManifest.ReadFile(path, new ManifestReadOptions());

        Assert.Null(read.Manifest);
        Assert.Contains(read.Diagnostics, d => d.Code == DiagnosticIds.UnknownKey && d.Location!.File == policy);
    }

    [Fact]
    public void A_nearer_policy_may_tighten_the_outer_one_but_not_loosen_it()
    {
        using var folder = new TempFolder();
        string outer = folder.File("aifactory.policy.json", "{ \"gates\": { \"metrics\": { \"auc\": { \"min\": 0.6 } }, \"fairness\": { \"minGroupSize\": 30 } } }");
        string nearer = folder.File("team/aifactory.policy.json", "{ \"gates\": { \"metrics\": { \"auc\": { \"min\": 0.5 } }, \"fairness\": { \"minGroupSize\": 100 } } }");
        string path = folder.File("team/loan/aifactory.json",
            "{ \"model\": { \"name\": \"LoanApproval\" }, \"data\": { \"train\": \"tr.csv\", \"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\", \"sensitive\": [\"sex\"] } }");

        ManifestReadResult escaped = GovernedManifest.ReadFile(path, new ManifestReadOptions());
        Assert.Equal(new[] { (DiagnosticIds.PolicyLoosened, nearer), (DiagnosticIds.PolicyLoosened, nearer) },
            escaped.Diagnostics.Select(d => (d.Code, d.Location!.File)));
        Assert.All(escaped.Diagnostics, d => Assert.Contains(outer, d.Message));

        File.WriteAllText(nearer, "{ \"gates\": { \"metrics\": { \"auc\": { \"min\": 0.7 } }, \"fairness\": { \"minGroupSize\": 20 } } }");
        ManifestReadResult tightened = GovernedManifest.ReadFile(path, new ManifestReadOptions());
        Assert.Empty(tightened.Diagnostics);
        Assert.Equal(0.7, tightened.Manifest!.Gates.Metrics[0].Min!.Value);
        Assert.Equal(nearer, tightened.Manifest.Policy!.FilePath);
        Assert.Equal(new[] { nearer, outer }, tightened.Manifest.Policies.Select(p => p.FilePath));
    }

    [Fact]
    public void A_nearer_policy_that_loosens_an_outer_one_is_reported_at_its_line_even_when_the_manifest_is_tighter_than_both()
    {
        using var folder = new TempFolder();
        string outer = folder.File("aifactory.policy.json", "{ \"gates\": { \"metrics\": { \"auc\": { \"min\": 0.6 } } } }");
        string nearerText = "{\n  \"gates\": { \"metrics\": { \"auc\": { \"min\": 0.5 } } }\n}";
        string nearer = folder.File("team/aifactory.policy.json", nearerText);
        string path = folder.File("team/loan/aifactory.json", Manifest.Replace("0.65", "0.9", StringComparison.Ordinal));

        ManifestReadResult read = GovernedManifest.ReadFile(path, new ManifestReadOptions());

        Diagnostic error = Assert.Single(read.Diagnostics);
        Assert.Equal(DiagnosticIds.PolicyLoosened, error.Code);
        Assert.Equal((nearer, 2, nearerText.Split('\n')[1].IndexOf("0.5", StringComparison.Ordinal) + 1), (error.Location!.File, error.Location.Line, error.Location.Column));
        Assert.Contains($"metrics.auc.min 0.5 is below the policy's minimum 0.6 (set in {outer}(1,", error.Message);
        Assert.Contains("a nearer policy may tighten an outer one, never loosen it", error.Message);

        // No waiver lifts it: waivers are granted to models.
        folder.File("aifactory.waivers.json",
            "{ \"waivers\": [ { \"model\": \"LoanApproval\", \"gate\": \"metrics.auc\", \"who\": \"jane\", \"why\": \"new market\", \"expires\": \"2099-03-31\" } ] }");
        Assert.Equal(DiagnosticIds.PolicyLoosened, Assert.Single(GovernedManifest.ReadFile(path, new ManifestReadOptions()).Diagnostics).Code);
    }

    [Fact]
    public void A_nearer_policy_may_not_allow_what_an_outer_one_forbids_a_build()
    {
        using var folder = new TempFolder();
        folder.File("aifactory.policy.json", "{ \"build\": { \"demoteGates\": \"never\", \"skipTraining\": \"localOnly\" } }");
        string nearer = folder.File("team/aifactory.policy.json", "{ \"build\": { \"demoteGates\": \"localOnly\", \"skipTraining\": \"never\" } }");
        string path = folder.File("team/loan/aifactory.json", Manifest);

        Diagnostic error = Assert.Single(GovernedManifest.ReadFile(path, new ManifestReadOptions()).Diagnostics);
        Assert.Equal((DiagnosticIds.PolicyLoosened, nearer), (error.Code, error.Location!.File));
        Assert.Contains("build.demoteGates \"localOnly\" is looser than the policy's \"never\"", error.Message);

        // Silent, the nearer policy takes nothing away: the outer one's rules bind the build (BuildRules).
        File.WriteAllText(nearer, "{ \"policy\": { \"name\": \"Team\" } }");
        ManifestReadResult read = GovernedManifest.ReadFile(path, new ManifestReadOptions());
        Assert.Empty(read.Diagnostics);
        BuildRule demote = BuildRules.DemoteGates(read.Manifest!.Policies)!;
        Assert.Equal((BuildPermission.Never, folder.PathOf("aifactory.policy.json")), (demote.Permission, demote.Policy.FilePath));
        Assert.Equal(BuildPermission.LocalOnly, BuildRules.SkipTraining(read.Manifest.Policies)!.Permission);
        Assert.Null(BuildRules.SkipTraining(Array.Empty<GovernancePolicy>()));
    }

    private const string WithoutGates = "{ \"model\": { \"name\": \"LoanApproval\" }, \"data\": { \"train\": \"tr.csv\", \"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\" } }";

    [Fact]
    public void Under_a_policy_a_model_that_nothing_judges_is_an_error_at_the_manifests_start()
    {
        using var folder = new TempFolder();
        // The policy's only gate needs costs the manifest does not state: skipped (AIF2025), and nothing is left.
        string policy = folder.File("aifactory.policy.json", "{ \"gates\": { \"business\": { \"maxCostPer1000\": 90000 } } }");
        string path = folder.File("loan/aifactory.json", WithoutGates);

        ManifestReadResult read = GovernedManifest.ReadFile(path, new ManifestReadOptions());

        Assert.Equal(new[] { DiagnosticIds.PolicyGateNotApplicable, DiagnosticIds.NothingJudged }, read.Diagnostics.Select(d => d.Code));
        Diagnostic error = read.Diagnostics[1];
        Assert.Equal((path, 1, 1), (error.Location!.File, error.Location.Line, error.Location.Column));
        Assert.Contains("nothing judges model 'LoanApproval'", error.Message);
        Assert.Contains(policy, error.Message);
        Assert.True(read.HasErrors);

        // A policy with no gates at all leaves nothing either; one gate that applies is enough.
        File.WriteAllText(policy, "{ \"policy\": { \"name\": \"Contoso\" } }");
        Assert.Equal(DiagnosticIds.NothingJudged, Assert.Single(GovernedManifest.ReadFile(path, new ManifestReadOptions()).Diagnostics).Code);
        File.WriteAllText(policy, "{ \"gates\": { \"data\": { \"minRows\": 100 } } }");
        Assert.Empty(GovernedManifest.ReadFile(path, new ManifestReadOptions()).Diagnostics);
    }

    [Fact]
    public void Nothing_judged_is_not_reported_without_a_policy_or_beside_another_error()
    {
        using var folder = new TempFolder();
        string path = folder.File("loan/aifactory.json", WithoutGates);
        Assert.Empty(GovernedManifest.ReadFile(path, new ManifestReadOptions()).Diagnostics);

        // A required gate that is missing says more than "nothing judges".
        folder.File("aifactory.policy.json", "{ \"required\": [\"metrics.auc\"] }");
        ManifestReadResult read = GovernedManifest.ReadFile(path, new ManifestReadOptions());
        Assert.Equal(DiagnosticIds.RequiredGateMissing, Assert.Single(read.Diagnostics).Code);
    }

    [Fact]
    public void The_analyzers_reading_reports_nothing_judged_as_the_build_does()
    {
        PolicyReadResult policy = PolicyReader.Read("/hub/aifactory.policy.json", "{ \"policy\": { \"name\": \"Contoso\" } }");

        ManifestReadResult read = GovernedManifest.Read("/hub/loan/aifactory.json", WithoutGates, new ManifestReadOptions(), policy, new DateTime(2026, 11, 23));

        Assert.Equal(DiagnosticIds.NothingJudged, Assert.Single(read.Diagnostics).Code);
    }

    [Fact]
    public void A_policy_above_the_project_that_does_not_govern_its_manifest_is_found()
    {
        using var folder = new TempFolder();
        string policy = folder.File("hub/aifactory.policy.json", "{}");
        string inside = folder.File("hub/loan/aifactory.json", WithoutGates);
        string outside = folder.File("elsewhere/aifactory.json", WithoutGates);
        string project = Path.GetDirectoryName(inside)!;

        Assert.Null(PolicyLocator.NotGoverning(inside, project));
        Assert.Equal(policy, PolicyLocator.NotGoverning(outside, project));
        // A manifest under the policy, away from the project, is governed by it all the same.
        Assert.Null(PolicyLocator.NotGoverning(folder.File("hub/shared/aifactory.json", WithoutGates), project));
        Assert.Null(PolicyLocator.NotGoverning(outside, Path.GetDirectoryName(outside)!));
    }

    [Fact]
    public void The_AIF2031_page_example_prints_the_lines_the_page_shows()
    {
        string page = File.ReadAllText(RepositoryFiles.PathOf("docs/diagnostics/AIF2031.md"));
        string[] example = System.Text.RegularExpressions.Regex.Match(page, "```jsonc\\n(.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Groups[1].Value.Split('\n');
        string[] shown = System.Text.RegularExpressions.Regex.Match(page, "```text\\n(.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // Each file is a "// <path>" comment line followed by its one line of JSON.
        string Text(string path) => example[Array.FindIndex(example, l => l.StartsWith("// " + path, StringComparison.Ordinal)) + 1];

        PolicyReadResult policy = PolicyReader.Read("/repo/aifactory.policy.json", Text("/repo/aifactory.policy.json"));
        ManifestReadResult read = GovernedManifest.Read("/repo/churn/aifactory.json", Text("/repo/churn/aifactory.json"), new ManifestReadOptions(), policy, new DateTime(2026, 11, 23));

        Assert.Equal(shown, read.Diagnostics.Select(d => d.ToString()));
    }
}
