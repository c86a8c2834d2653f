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
}
