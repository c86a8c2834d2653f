using AiFactory.Manifest.Json;

namespace AiFactory.EndToEnd.Tests;

/// <summary>
/// Declared sensitive attributes are never unguarded (docs/diagnostics/AIF5014.md): a model whose data.sensitive no
/// fairness gate judges warns at that line on every build, a no-op one too, until a gate guards it — here a fairness
/// gate of the hub's policy above the project.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class SensitiveAttributeGuardTests(PackedPackages packages)
{
    [Fact]
    public void Sensitive_attributes_without_a_fairness_gate_warn_at_their_line_on_every_build_until_a_hub_policy_guards_them()
    {
        var project = new GovernedProject(packages.CreateSampleProject(nameof(Sensitive_attributes_without_a_fairness_gate_warn_at_their_line_on_every_build_until_a_hub_policy_guards_them)));
        (int line, int column) = project.ManifestPosition("\"sensitive\"");
        string expected = $"{project.ManifestPath}({line},{column}): warning AIF5014: the sensitive attribute 'group' in data.sensitive has no fairness gate — " +
                          "this manifest sets none — so nothing in the build compares its groups and a model that treats them unequally passes; add a gate " +
                          "to gates.fairness (each gate there is judged on every sensitive attribute), e.g. \"fairness\": { \"demographicParityRatio\": { \"min\": 0.80 } }";

        CommandResult build = packages.Build(project.Folder);
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.StartsWith(expected, Assert.Single(build.WarningLines, l => l.Contains("AIF5014", StringComparison.Ordinal)).Trim());
        Assert.DoesNotContain(((JsonArray)project.Results()["gates"]!).Items.OfType<JsonObject>(), g => GovernedProject.Text(g, "kind") == "fairness");

        // A no-op build trains and evaluates nothing, and still says it.
        CommandResult noop = packages.Build(project.Folder);
        Assert.True(noop.ExitCode == 0, noop.Output);
        Assert.StartsWith(expected, Assert.Single(noop.WarningLines, l => l.Contains("AIF5014", StringComparison.Ordinal)).Trim());
        Assert.Equal(new[] { "train", "evaluate" }, project.Runs);

        // The hub's policy above the project sets a fairness gate: it guards the model, judged at the policy's line.
        string policyPath = Path.Combine(Path.GetDirectoryName(project.Folder)!, "aifactory.policy.json");
        File.WriteAllText(policyPath,
            "{\n  \"policy\": { \"name\": \"Fairness floor\", \"owners\": [\"model-risk\"] },\n  \"gates\": {\n" +
            "    \"fairness\": { \"demographicParityRatio\": { \"min\": 0.80 } }\n  }\n}\n");
        CommandResult guarded = packages.Build(project.Folder);
        Assert.True(guarded.ExitCode == 0, guarded.Output);
        Assert.DoesNotContain(guarded.WarningLines, l => l.Contains("AIF5014", StringComparison.Ordinal));
        JsonObject gate = project.Gate("fairness.demographicParityRatio.group.min");
        Assert.Equal(("passed", "../aifactory.policy.json", 4.0), (GovernedProject.Text(gate, "status"), GovernedProject.Text(gate, "location.file"), GovernedProject.Number(gate, "location.line")));

        // Its value is the ratio of the groups' selection rates, computed here from the scores the build wrote.
        var rows = File.ReadLines(Path.Combine(project.OutputPath, "predictions.csv")).Skip(1).Select(l => l.Split(',')).ToArray();
        string[] header = File.ReadLines(Path.Combine(project.OutputPath, "predictions.csv")).First().Split(',');
        int group = Array.IndexOf(header, "group"), score = Array.IndexOf(header, "score");
        double[] rates = rows.GroupBy(r => r[group])
            .Select(g => g.Count(r => double.Parse(r[score], System.Globalization.CultureInfo.InvariantCulture) >= 0.5) / (double)g.Count()).ToArray();
        Assert.Equal(2, rates.Length);
        Assert.Equal(rates.Min() / rates.Max(), GovernedProject.Number(gate, "value"), 12);

        // Guarded, the build is quiet on a no-op build too.
        CommandResult quiet = packages.Build(project.Folder);
        Assert.True(quiet.ExitCode == 0, quiet.Output);
        Assert.DoesNotContain(quiet.WarningLines, l => l.Contains("AIF5014", StringComparison.Ordinal));
    }
}
