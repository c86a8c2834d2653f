using System.Text.RegularExpressions;

namespace AiFactory.EndToEnd.Tests;

/// <summary>A missed threshold fails the build at the manifest line that set it, until it is fixed.</summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class GateFailureTests(PackedPackages packages)
{
    [Fact]
    public void Missed_threshold_fails_at_its_manifest_line_and_cached_results_keep_failing()
    {
        var project = new GovernedProject(packages.CreateSampleProject(nameof(Missed_threshold_fails_at_its_manifest_line_and_cached_results_keep_failing)));
        project.EditManifest("\"auc\": { \"min\": 0.75 }", "\"auc\": { \"min\": 0.95 }");
        (int line, int column) = project.ManifestPosition("0.95");

        CommandResult failed = packages.Build(project.Folder);
        Assert.Equal(1, failed.ExitCode);
        string error = Assert.Single(failed.ErrorLines);
        Assert.Matches(new Regex(
            $@"aifactory\.json\({line},{column}\): error AIF4001: auc 0\.\d{{3}} is below the minimum 0\.95 set here \(test set, 2,000 rows\)"), error);
        var gate = project.Gate("metrics.auc.min");
        Assert.Equal("failed", GovernedProject.Text(gate, "status"));
        Assert.Equal(line, GovernedProject.Number(gate, "location.line"));
        Assert.Equal(column, GovernedProject.Number(gate, "location.column"));

        // A no-op build neither retrains nor re-evaluates, and still fails on the cached results.
        CommandResult noop = packages.Build(project.Folder);
        Assert.Equal(1, noop.ExitCode);
        Assert.Contains(noop.ErrorLines, l => l.Contains($"aifactory.json({line},{column}): error AIF4001"));
        Assert.Equal(new[] { "train", "evaluate" }, project.Runs);

        // Demoted: warnings, exit 0, and results.json says so.
        CommandResult demoted = packages.Build(project.Folder, "-p:AiFactoryGateSeverity=warning");
        Assert.True(demoted.ExitCode == 0, demoted.Output);
        Assert.Contains(demoted.WarningLines, l => l.Contains($"aifactory.json({line},{column}): warning AIF4001"));
        Assert.Contains(demoted.WarningLines, l => l.Contains("warning AIF4012"));
        Assert.Equal("warning", GovernedProject.Text(project.Results(), "settings.gateSeverity"));
        Assert.Equal("failed", GovernedProject.Text(project.Gate("metrics.auc.min"), "status"));

        // Back to the default, the same cached results fail again.
        Assert.Equal(1, packages.Build(project.Folder).ExitCode);
        Assert.Equal("error", GovernedProject.Text(project.Results(), "settings.gateSeverity"));
    }

    [Fact]
    public void A_metric_gate_judged_with_its_interval_warns_when_it_passes_on_the_doubt_and_fails_without_proof()
    {
        var project = new GovernedProject(packages.CreateSampleProject(nameof(A_metric_gate_judged_with_its_interval_warns_when_it_passes_on_the_doubt_and_fails_without_proof)));
        Assert.Equal(0, packages.Build(project.Folder).ExitCode);
        var gate = project.Gate("metrics.auc.min");
        Assert.Equal(("delong", "pointEstimate"), (GovernedProject.Text(gate, "interval.method"), GovernedProject.Text(gate, "judging")));
        double auc = GovernedProject.Number(gate, "value"), lower = GovernedProject.Number(gate, "interval.lower"), upper = GovernedProject.Number(gate, "interval.upper");

        // A minimum above the measured auc but inside its interval passes on the benefit of the doubt, with a warning at it.
        string above = (Math.Ceiling((auc + upper) / 2 * 10000) / 10000).ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture);
        project.EditManifest("\"auc\": { \"min\": 0.75 }", $"\"judging\": \"benefitOfTheDoubt\", \"auc\": {{ \"min\": {above} }}");
        (int line, int column) = project.ManifestPosition(above);
        CommandResult doubt = packages.Build(project.Folder);
        Assert.True(doubt.ExitCode == 0, doubt.Output);
        Assert.Contains(doubt.WarningLines, l => l.Contains($"aifactory.json({line},{column}): warning AIF4013: auc ") && l.Contains("so it passes on the benefit of the doubt"));
        Assert.True(Assert.IsType<AiFactory.Manifest.Json.JsonBoolean>(project.Gate("metrics.auc.min")["passedOnInterval"]).Value);

        // A minimum below the auc but inside its interval is not proven under burden of proof.
        string below = (Math.Floor((auc + lower) / 2 * 10000) / 10000).ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture);
        project.EditManifest($"\"judging\": \"benefitOfTheDoubt\", \"auc\": {{ \"min\": {above} }}", $"\"judging\": \"burdenOfProof\", \"auc\": {{ \"min\": {below} }}");
        CommandResult proof = packages.Build(project.Folder);
        Assert.Equal(1, proof.ExitCode);
        Assert.Contains(proof.ErrorLines, l => l.Contains("error AIF4001: auc ") && l.Contains("burden of proof) is not shown to meet the minimum " + below));

        // Judging is a setting of the check alone: neither training nor evaluation ran again.
        Assert.Equal(new[] { "train", "evaluate" }, project.Runs);
    }

    [Fact]
    public void Skipping_training_never_passes_a_gate_on_a_stale_model()
    {
        var project = new GovernedProject(packages.CreateSampleProject(nameof(Skipping_training_never_passes_a_gate_on_a_stale_model)));
        Assert.Equal(0, packages.Build(project.Folder).ExitCode);
        string passedResults = File.ReadAllText(project.ResultsPath);

        // Current model: skipping training is harmless and recorded.
        CommandResult skipCurrent = packages.Build(project.Folder, "-p:AiFactorySkipTraining=true");
        Assert.True(skipCurrent.ExitCode == 0, skipCurrent.Output);
        Assert.Contains("\"train\"", File.ReadAllText(project.ResultsPath));

        // Training inputs changed: no gate is judged, even with gates demoted to warnings.
        project.EditManifest("\"seed\": 42", "\"seed\": 43");
        foreach (string[] extra in new[] { new[] { "-p:AiFactorySkipTraining=true" }, new[] { "-p:AiFactorySkipTraining=true", "-p:AiFactoryGateSeverity=warning" } })
        {
            CommandResult stale = packages.Build(project.Folder, extra);
            Assert.Equal(1, stale.ExitCode);
            Assert.Contains(stale.ErrorLines, l => l.Contains("error AIF4007") && l.Contains("AiFactorySkipTraining"));
        }

        Assert.DoesNotContain("train", project.Runs.Skip(2));
        Assert.Equal(0, packages.Build(project.Folder).ExitCode);
        Assert.Equal("train", project.Runs.Skip(2).First(r => r == "train"));
        Assert.NotEqual(passedResults, File.ReadAllText(project.ResultsPath));
    }
}
