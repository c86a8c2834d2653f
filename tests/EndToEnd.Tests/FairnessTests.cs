using System.Text.RegularExpressions;
using AiFactory.BuildTool;
using AiFactory.Core.Synthetic;
using AiFactory.Manifest.Json;

namespace AiFactory.EndToEnd.Tests;

/// <summary>
/// Fairness gates in real builds: a model on the UCI Adult extract fails its sex demographic parity gate at its
/// manifest line; the same gates pass on generated data with no planted disparity; a tiny group is insufficient
/// evidence (a warning naming it), not a failure — in an ML.NET build and, identically, in predictions mode.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class FairnessTests(PackedPackages packages)
{
    private const string RatioGate = "\"fairness\": { \"demographicParityRatio\": { \"min\": 0.80 } }";

    /// <summary>Every fifth row of ../shared/data/adult.csv is test data, the rest training data.</summary>
    private static void WriteAdultSplit(string projectFolder)
    {
        string shared = RepositoryPaths.SharedData ?? throw new InvalidOperationException("../shared/data is missing");
        string[] lines = File.ReadAllLines(Path.Combine(shared, "adult.csv"));
        string data = Path.Combine(projectFolder, "data");
        File.WriteAllLines(Path.Combine(data, "train.csv"), lines.Take(1).Concat(lines.Skip(1).Where((_, i) => i % 5 != 0)));
        File.WriteAllLines(Path.Combine(data, "test.csv"), lines.Take(1).Concat(lines.Skip(1).Where((_, i) => i % 5 == 0)));
    }

    private static string Between(string text, string from, string to)
    {
        int start = text.IndexOf(from, StringComparison.Ordinal), end = text.IndexOf(to, start, StringComparison.Ordinal);
        return text.Substring(start, end - start);
    }

    [Fact]
    public void A_model_on_the_adult_data_fails_its_sex_demographic_parity_gate_and_only_the_check_reruns_on_a_threshold_change()
    {
        var project = new GovernedProject(packages.CreateSampleProject(nameof(A_model_on_the_adult_data_fails_its_sex_demographic_parity_gate_and_only_the_check_reruns_on_a_threshold_change)));
        WriteAdultSplit(project.Folder);
        File.WriteAllText(project.ManifestPath, """
            {
              "model": { "name": "AdultIncome", "task": "binary-classification", "threshold": 0.5, "seed": 42 },
              "data": {
                "train": "data/train.csv", "test": "data/test.csv",
                "label": "class", "positive": ">50K",
                "sensitive": ["sex"],
                "missingValues": ["?"]
              },
              "gates": {
                "fairness": {
                  "demographicParityRatio": { "min": 0.80 }
                }
              }
            }
            """);
        (int line, int column) = project.ManifestPosition("0.80");

        CommandResult failed = packages.Build(project.Folder);
        Assert.Equal(1, failed.ExitCode);
        string error = Assert.Single(failed.ErrorLines);
        Assert.Matches(new Regex(
            $@"aifactory\.json\({line},{column}\): error AIF5002: demographic parity ratio by sex 0\.\d{{3}} \(Female 0\.\d{{3}} vs Male 0\.\d{{3}}; 95% CI 0\.\d\d+–0\.\d\d+, benefit of the doubt\) is below the minimum 0\.80 set here"), error);
        Assert.Contains("AiFactory: estimating fairness intervals: 1,000 bootstrap resamples of 2 groups", failed.Output);

        JsonObject results = project.Results();
        double female = GovernedProject.Number(results, "groups.sex.Female.n"), male = GovernedProject.Number(results, "groups.sex.Male.n");
        Assert.Equal(GovernedProject.Number(results, "testRows"), female + male);
        double ratio = GovernedProject.Number(results, "fairness.groupings.sex.demographicParityRatio.value");
        double femaleRate = GovernedProject.Number(results, "groups.sex.Female.selectionRate"), maleRate = GovernedProject.Number(results, "groups.sex.Male.selectionRate");
        Assert.Equal(Math.Min(femaleRate, maleRate) / Math.Max(femaleRate, maleRate), ratio, 12);
        JsonObject gate = project.Gate("fairness.demographicParityRatio.sex.min");
        Assert.Equal(("failed", "AIF5002", "sex"), (GovernedProject.Text(gate, "status"), GovernedProject.Text(gate, "code"), GovernedProject.Text(gate, "attribute")));
        Assert.True(GovernedProject.Number(gate, "interval.upper") < 0.80);
        Assert.Equal((line, column), ((int)GovernedProject.Number(gate, "location.line"), (int)GovernedProject.Number(gate, "location.column")));
        Assert.Equal(new[] { "train", "evaluate", "estimate-uncertainty" }, project.Runs);

        // A threshold and a judging mode are the check's alone: neither stage runs again.
        project.EditManifest("\"demographicParityRatio\": { \"min\": 0.80 }", "\"demographicParityRatio\": { \"min\": 0.05, \"judging\": \"pointEstimate\" }");
        CommandResult passed = packages.Build(project.Folder);
        Assert.True(passed.ExitCode == 0, passed.Output);
        Assert.Equal("passed", GovernedProject.Text(project.Gate("fairness.demographicParityRatio.sex.min"), "status"));
        Assert.Equal(new[] { "train", "evaluate", "estimate-uncertainty" }, project.Runs);

        // The number of resamples changes the intervals: only the uncertainty stage runs again.
        project.EditManifest("\"judging\": \"pointEstimate\" }", "\"judging\": \"pointEstimate\" },\n      \"resamples\": 500");
        CommandResult resampled = packages.Build(project.Folder);
        Assert.True(resampled.ExitCode == 0, resampled.Output);
        Assert.Equal(new[] { "train", "evaluate", "estimate-uncertainty", "estimate-uncertainty" }, project.Runs);
        Assert.Equal(500, GovernedProject.Number(project.Results(), "fairness.settings.resamples"));
        Assert.Equal(500, GovernedProject.Number(project.Gate("fairness.demographicParityRatio.sex.min"), "interval.resamples"));
    }

    [Fact]
    public void Generated_data_without_a_planted_disparity_passes_the_same_gate()
    {
        var project = new GovernedProject(packages.CreateSampleProject(nameof(Generated_data_without_a_planted_disparity_passes_the_same_gate)));
        GovernedProjectScaffold.WriteSampleData(project.Folder, groupDisparity: 0);
        project.EditManifest("\"business\": { \"maxCostPer1000\": 90000 }", "\"business\": { \"maxCostPer1000\": 90000 },\n    " + RatioGate);

        CommandResult build = packages.Build(project.Folder);
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain(build.WarningLines, l => l.Contains("AIF50", StringComparison.Ordinal));
        JsonObject gate = project.Gate("fairness.demographicParityRatio.group.min");
        Assert.Equal("passed", GovernedProject.Text(gate, "status"));
        Assert.True(GovernedProject.Number(gate, "value") >= 0.80);
        Assert.Equal(2000, GovernedProject.Number(project.Results(), "groups.group.A.n") + GovernedProject.Number(project.Results(), "groups.group.B.n"));
    }

    [Fact]
    public void A_tiny_group_is_insufficient_evidence_not_a_failure_in_an_mlnet_build_and_identically_in_predictions_mode()
    {
        var project = new GovernedProject(packages.CreateSampleProject(nameof(A_tiny_group_is_insufficient_evidence_not_a_failure_in_an_mlnet_build_and_identically_in_predictions_mode)));
        string data = Path.Combine(project.Folder, "data");
        var groups = new[] { "A", "B", "C" };
        var shares = new[] { 0.495, 0.495, 0.01 };
        SyntheticDataGenerator.WriteCsv(Path.Combine(data, "train.csv"), new SyntheticDataOptions { Rows = 4000, Seed = 1, Groups = groups, GroupShares = shares });
        SyntheticDataGenerator.WriteCsv(Path.Combine(data, "test.csv"), new SyntheticDataOptions { Rows = 2000, Seed = 2, Groups = groups, GroupShares = shares });
        project.EditManifest("\"business\": { \"maxCostPer1000\": 90000 }", "\"business\": { \"maxCostPer1000\": 90000 },\n    " + RatioGate);
        (int line, int column) = project.ManifestPosition("\"group\"]");

        CommandResult build = packages.Build(project.Folder);
        Assert.True(build.ExitCode == 0, build.Output);
        string warning = Assert.Single(build.WarningLines, l => l.Contains("AIF5010", StringComparison.Ordinal));
        Assert.Matches(new Regex($@"aifactory\.json\({line},{column}\): warning AIF5010: group 'C' \(\d+ rows, below minGroupSize 30\) of group is insufficient evidence"), warning);
        JsonObject results = project.Results();
        Assert.True(GovernedProject.Number(results, "groups.group.C.n") < 30);
        Assert.StartsWith(((int)GovernedProject.Number(results, "groups.group.C.n")).ToString(System.Globalization.CultureInfo.InvariantCulture) + " rows, below minGroupSize 30",
            GovernedProject.Text(results, "groups.group.C.insufficient"));
        Assert.Equal("passed", GovernedProject.Text(project.Gate("fairness.demographicParityRatio.group.min"), "status"));

        // The model's scores governed in predictions mode: the same groups, intervals and verdicts.
        string parent = Path.Combine(packages.Root, nameof(A_tiny_group_is_insufficient_evidence_not_a_failure_in_an_mlnet_build_and_identically_in_predictions_mode));
        string folder = Path.Combine(parent, "Scored");
        Assert.Equal(0, packages.Dotnet.Run(parent, "new", "classlib", "-n", "Scored", "-o", folder).ExitCode);
        File.Delete(Path.Combine(folder, "Class1.cs"));
        CommandResult add = packages.Dotnet.Run(folder, "add", "package", "AiFactory.Build", "--version", packages.Version);
        Assert.True(add.ExitCode == 0, add.Output);
        File.Copy(Path.Combine(project.OutputPath, "predictions.csv"), Path.Combine(folder, "predictions.csv"));
        File.WriteAllText(Path.Combine(folder, "aifactory.json"), $$"""
            {
              "model": { "name": "LoanApprovalScores", "task": "binary-classification", "source": "predictions", "threshold": 0.5, "seed": 42 },
              "data": { "test": "predictions.csv", "label": "approved", "positive": "yes", "score": "score", "sensitive": ["group"] },
              "gates": { {{RatioGate}} }
            }
            """);
        var scored = new GovernedProject(folder);
        CommandResult scoredBuild = packages.Build(folder);
        Assert.True(scoredBuild.ExitCode == 0, scoredBuild.Output);
        Assert.Contains(scoredBuild.WarningLines, l => l.Contains("warning AIF5010: group 'C'", StringComparison.Ordinal));
        Assert.Equal(new[] { "evaluate", "estimate-uncertainty" }, scored.Runs);

        string expected = File.ReadAllText(project.ResultsPath), actual = File.ReadAllText(scored.ResultsPath);
        Assert.Equal(Between(expected, "\"groups\": {", "\"gates\": ["), Between(actual, "\"groups\": {", "\"gates\": ["));
        Assert.Equal(GovernedProject.Number(project.Gate("fairness.demographicParityRatio.group.min"), "value"),
            GovernedProject.Number(scored.Gate("fairness.demographicParityRatio.group.min"), "value"));
    }
}
