using AiFactory.Core.Synthetic;

namespace AiFactory.EndToEnd.Tests;

/// <summary>The three stages run only when their own inputs change; the check runs every time.</summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class IncrementalBuildTests(PackedPackages packages)
{
    [Fact]
    public void Each_stage_reruns_only_when_its_inputs_change()
    {
        var project = new GovernedProject(packages.CreateSampleProject(nameof(Each_stage_reruns_only_when_its_inputs_change)));

        CommandResult first = packages.Build(project.Folder);
        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Equal(new[] { "train", "evaluate" }, project.Runs);
        Assert.All(((Manifest.Json.JsonArray)project.Results()["gates"]!).Items,
            g => Assert.Equal("passed", GovernedProject.Text((Manifest.Json.JsonObject)g, "status")));

        // A no-op build runs neither stage and leaves results.json as it was.
        DateTime resultsWritten = File.GetLastWriteTimeUtc(project.ResultsPath);
        CommandResult noop = packages.Build(project.Folder);
        Assert.True(noop.ExitCode == 0, noop.Output);
        Assert.Equal(2, project.Runs.Count);
        Assert.Equal(resultsWritten, File.GetLastWriteTimeUtc(project.ResultsPath));
        // The gate summary shows on the first build and on the no-op build, where the check itself was skipped.
        foreach (CommandResult build in new[] { first, noop })
        {
            Assert.Matches(@"LoanApproval -> \S+(report\.html|model-card\.md) · gates: \d+ gates passed; closest to its threshold: \S+ \d", build.Output);
        }

        // A gate threshold is not an input of training or evaluation: only the check runs again.
        project.EditManifest("\"accuracy\": { \"min\": 0.70 }", "\"accuracy\": { \"min\": 0.65 }");
        CommandResult threshold = packages.Build(project.Folder);
        Assert.True(threshold.ExitCode == 0, threshold.Output);
        Assert.Equal(2, project.Runs.Count);
        Assert.Equal(0.65, GovernedProject.Number(project.Gate("metrics.accuracy.min"), "threshold"));

        // The decision threshold is an evaluation setting: evaluate again, don't retrain.
        project.EditManifest("\"threshold\": 0.5", "\"threshold\": 0.45");
        Assert.Equal(0, packages.Build(project.Folder).ExitCode);
        Assert.Equal(new[] { "train", "evaluate", "evaluate" }, project.Runs);
        Assert.Equal(0.45, GovernedProject.Number(project.Results(), "decisionThreshold"));

        // The seed, the training data and the model code are training inputs.
        project.EditManifest("\"seed\": 42", "\"seed\": 7");
        Assert.Equal(0, packages.Build(project.Folder).ExitCode);
        Assert.Equal(new[] { "train", "evaluate" }, project.Runs.Skip(3));

        SyntheticDataGenerator.WriteCsv(Path.Combine(project.Folder, "data", "train.csv"),
            new SyntheticDataOptions { Rows = 4000, Seed = 11, GroupDisparity = 0.1 });
        Assert.Equal(0, packages.Build(project.Folder).ExitCode);
        Assert.Equal(new[] { "train", "evaluate" }, project.Runs.Skip(5));

        string pipeline = Path.Combine(project.Folder, "LoanApprovalPipeline.cs");
        File.WriteAllText(pipeline, File.ReadAllText(pipeline).Replace("NormalizeMinMax", "NormalizeMeanVariance"));
        Assert.Equal(0, packages.Build(project.Folder).ExitCode);
        Assert.Equal(new[] { "train", "evaluate" }, project.Runs.Skip(7));

        // The test data is an evaluation input only.
        SyntheticDataGenerator.WriteCsv(Path.Combine(project.Folder, "data", "test.csv"),
            new SyntheticDataOptions { Rows = 1500, Seed = 12, GroupDisparity = 0.1 });
        Assert.Equal(0, packages.Build(project.Folder).ExitCode);
        Assert.Equal(new[] { "evaluate" }, project.Runs.Skip(9));
        Assert.Equal(1500, GovernedProject.Number(project.Results(), "testRows"));
    }

    [Fact]
    public void Design_time_builds_run_no_stage()
    {
        var project = new GovernedProject(packages.CreateSampleProject(nameof(Design_time_builds_run_no_stage)));
        CommandResult designTime = packages.Dotnet.Run(project.Folder, "msbuild", "-t:Build", "-p:DesignTimeBuild=true", "-nologo", "-v:minimal", "-tl:off");
        Assert.True(designTime.ExitCode == 0, designTime.Output);
        Assert.Empty(project.Runs);
        Assert.False(File.Exists(project.ResultsPath));
    }
}
