using System.Text.RegularExpressions;
using AiFactory.BuildTool;
using AiFactory.Manifest.Json;

namespace AiFactory.EndToEnd.Tests;

/// <summary>Data problems stop the build at the manifest line of the data gate; good data passes silently, profiled.</summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class DataGateTests(PackedPackages packages)
{
    private const string DataGates =
        "\"data\": {\n" +
        "      \"minRows\": { \"train\": 4000, \"test\": 2000 },\n" +
        "      \"maxMissingRate\": { \"overall\": 0, \"eachColumn\": 0 },\n" +
        "      \"maxDuplicateRate\": 0,\n" +
        "      \"maxOverlapRate\": 0,\n" +
        "      \"minMinorityShare\": 0.3,\n" +
        "      \"minGroupRows\": 500,\n" +
        "      \"maxLeakageAuc\": 0.90,\n" +
        "      \"maxProxyStrength\": 0.2\n" +
        "    }";

    [Fact]
    public void Clean_data_passes_profiled_and_a_planted_leak_fails_at_its_gate_naming_the_column()
    {
        var project = new GovernedProject(packages.CreateSampleProject(nameof(Clean_data_passes_profiled_and_a_planted_leak_fails_at_its_gate_naming_the_column)));
        project.EditManifest("\"business\": { \"maxCostPer1000\": 90000 }", "\"business\": { \"maxCostPer1000\": 90000 },\n    " + DataGates);

        // Clean generated data: every data gate passes, nothing is reported, and the profile page is written.
        CommandResult clean = packages.Build(project.Folder);
        Assert.True(clean.ExitCode == 0, clean.Output);
        Assert.DoesNotContain(clean.WarningLines, l => l.Contains("AIF30", StringComparison.Ordinal));
        JsonObject[] dataGates = Gates(project).Where(g => GovernedProject.Text(g, "kind") == "data").ToArray();
        Assert.Equal(14, dataGates.Length);
        Assert.All(dataGates, g => Assert.Equal("passed", GovernedProject.Text(g, "status")));
        Assert.Equal(4000, GovernedProject.Number(project.Results(), "data.train.profile.rows"));
        Assert.Equal("train-test", GovernedProject.Text(project.Results(), "data.leakage.method"));
        string page = File.ReadAllText(Path.Combine(project.OutputPath, "data-profile.md"));
        Assert.StartsWith("# Data profile: LoanApproval", page);
        Assert.Contains("| training | `data/train.csv` | 4,000 | 7 |", page);
        Assert.Contains("| test | `data/test.csv` | 2,000 | 7 |", page);

        // A column written after the outcome, added to both files: the build retrains, and the leak gate fails.
        PlantLeak(Path.Combine(project.Folder, "data", "train.csv"), seed: 5);
        PlantLeak(Path.Combine(project.Folder, "data", "test.csv"), seed: 6);
        (int line, int column) = project.ManifestPosition("0.90");
        CommandResult leaking = packages.Build(project.Folder);
        Assert.Equal(1, leaking.ExitCode);
        string error = Assert.Single(leaking.ErrorLines);
        Assert.Matches(new Regex(
            $@"aifactory\.json\({line},{column}\): error AIF3017: column 'paid_back' predicts the label 'approved' on its own with out-of-sample AUC 0\.9[6-9]\d, " +
            @"above the maximum 0\.90 set here \(learned on 'train\.csv', measured on 'test\.csv'\)"), error);
        JsonObject gate = project.Gate("data.maxLeakageAuc");
        Assert.Equal(("failed", "AIF3017"), (GovernedProject.Text(gate, "status"), GovernedProject.Text(gate, "code")));
        Assert.Equal((line, column), ((int)GovernedProject.Number(gate, "location.line"), (int)GovernedProject.Number(gate, "location.column")));
        Assert.Contains("| paid_back | 0.9", File.ReadAllText(Path.Combine(project.OutputPath, "data-profile.md")));

        // Loosening the bound re-checks the recorded measurements: no retraining, no re-evaluation, and the build passes.
        IReadOnlyList<string> runsBefore = project.Runs;
        Assert.Equal((2, 2), (runsBefore.Count(r => r == "train"), runsBefore.Count(r => r == "evaluate")));
        project.EditManifest("\"maxLeakageAuc\": 0.90", "\"maxLeakageAuc\": 1");
        CommandResult loosened = packages.Build(project.Folder);
        Assert.True(loosened.ExitCode == 0, loosened.Output);
        Assert.Equal(runsBefore, project.Runs);
        Assert.Equal("passed", GovernedProject.Text(project.Gate("data.maxLeakageAuc"), "status"));
    }

    [Fact]
    public void Adult_predictions_warn_that_relationship_is_a_proxy_of_sex()
    {
        string shared = RepositoryPaths.SharedData ?? throw new InvalidOperationException("../shared/data is missing");
        string parent = Path.Combine(packages.Root, nameof(Adult_predictions_warn_that_relationship_is_a_proxy_of_sex));
        Directory.CreateDirectory(parent);
        string folder = Path.Combine(parent, "Income");
        Assert.Equal(0, packages.Dotnet.Run(parent, "new", "classlib", "-n", "Income", "-o", folder).ExitCode);
        File.Delete(Path.Combine(folder, "Class1.cs"));
        Assert.Equal(0, packages.Dotnet.Run(folder, "add", "package", "AiFactory.Build", "--version", packages.Version).ExitCode);
        File.WriteAllText(Path.Combine(folder, "aifactory.json"), $$"""
            {
              "model": { "name": "Income", "source": "predictions" },
              "data": {
                "test": "{{Path.Combine(shared, "adult-scored.csv").Replace('\\', '/')}}",
                "allowedRoots": ["{{shared.Replace('\\', '/')}}"],
                "label": "class", "positive": ">50K", "score": "score",
                "sensitive": ["sex", "race"],
                "missingValues": ["?"]
              },
              "gates": { "data": { "minGroupRows": 100, "maxLeakageAuc": 0.9 } }
            }
            """);
        var project = new GovernedProject(folder);

        CommandResult build = packages.Build(folder);

        Assert.True(build.ExitCode == 0, build.Output);
        (int line, int column) = project.ManifestPosition("\"sex\"");
        string warning = Assert.Single(build.WarningLines, l => l.Contains("AIF3018", StringComparison.Ordinal));
        Assert.Contains($"aifactory.json({line},{column}): warning AIF3018: column 'relationship' predicts the sensitive attribute 'sex' on its own (out-of-sample AUC 0.866, strength 0.731; 5-fold cross-fitted on 'adult-scored.csv')", warning);
        Assert.Equal("5-fold", GovernedProject.Text(project.Results(), "data.leakage.method"));
        Assert.Equal(7841, GovernedProject.Number(project.Results(), "data.test.profile.label.positives"));
        Assert.Contains("| relationship | 0.866 | 0.731 |", File.ReadAllText(Path.Combine(project.OutputPath, "data-profile.md")));
        Assert.Equal("passed", GovernedProject.Text(project.Gate("data.minGroupRows.race"), "status"));
    }

    private static IEnumerable<JsonObject> Gates(GovernedProject project) =>
        ((JsonArray)project.Results()["gates"]!).Items.OfType<JsonObject>();

    /// <summary>Adds "paid_back" (1 for 98% of approved rows, 2% of the others) to a synthetic data file.</summary>
    private static void PlantLeak(string path, int seed)
    {
        var random = new Random(seed);
        string[] lines = File.ReadAllLines(path);
        int label = Array.IndexOf(lines[0].Split(','), "approved");
        var text = new System.Text.StringBuilder(lines[0]).Append(",paid_back\n");
        foreach (string line in lines.Skip(1).Where(l => l.Length > 0))
        {
            bool approved = line.Split(',')[label] == "yes";
            bool paid = approved ? random.NextDouble() < 0.98 : random.NextDouble() < 0.02;
            text.Append(line).Append(',').Append(paid ? "1" : "0").Append('\n');
        }

        File.WriteAllText(path, text.ToString());
    }
}
