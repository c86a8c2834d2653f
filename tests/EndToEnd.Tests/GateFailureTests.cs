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
