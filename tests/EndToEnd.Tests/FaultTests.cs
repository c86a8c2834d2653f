using System.Text;
using AiFactory.BuildTool;

namespace AiFactory.EndToEnd.Tests;

/// <summary>
/// Faults around a governed build: a build killed mid-training, outputs damaged between builds, two builds of one
/// project at once, a parallel build of several model projects. None leaves a result claiming a pass that the
/// current inputs did not earn, and none prints a stack trace.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class FaultTests(PackedPackages packages)
{
    [Fact]
    public void A_build_killed_during_training_keeps_the_earlier_results_and_the_next_build_trains_again()
    {
        var project = new GovernedProject(packages.CreateSampleProject(nameof(A_build_killed_during_training_keeps_the_earlier_results_and_the_next_build_trains_again)));
        CommandResult good = packages.Build(project.Folder);
        Assert.True(good.ExitCode == 0, good.Output);
        byte[] earlier = File.ReadAllBytes(project.ResultsPath);
        byte[] earlierModel = File.ReadAllBytes(Path.Combine(project.OutputPath, "model.zip"));

        // A training input changes; the build is killed as soon as training starts.
        project.EditManifest("\"seed\": 42", "\"seed\": 7");
        CommandResult killed = packages.Dotnet.RunUntil(project.Folder, () => project.Runs.Count >= 3, TimeSpan.FromMinutes(10),
            "build", "-nologo", "-tl:off", "-v:minimal");
        Assert.NotEqual(0, killed.ExitCode);
        Assert.Equal(new[] { "train", "evaluate", "train" }, project.Runs);
        Assert.Equal(earlier, File.ReadAllBytes(project.ResultsPath));
        Assert.Equal(earlierModel, File.ReadAllBytes(Path.Combine(project.OutputPath, "model.zip")));

        CommandResult rebuilt = packages.Build(project.Folder);
        Assert.True(rebuilt.ExitCode == 0, rebuilt.Output);
        StackTraces.AssertNone(rebuilt);
        Assert.Equal(new[] { "train", "evaluate" }, project.Runs.Skip(3));
        Assert.Equal(7, GovernedProject.Number(project.Results(), "model.seed"));
        Assert.Empty(Directory.GetFiles(project.OutputPath, "*.tmp"));
    }

    [Fact]
    public void Damaged_or_read_only_results_are_never_left_standing_by_a_later_build()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var project = new GovernedProject(packages.CreateSampleProject(nameof(Damaged_or_read_only_results_are_never_left_standing_by_a_later_build)));
        Assert.Equal(0, packages.Build(project.Folder).ExitCode);
        byte[] good = File.ReadAllBytes(project.ResultsPath);

        // Garbage in place of results.json: the next build, with nothing else changed, writes the results again.
        File.WriteAllText(project.ResultsPath, "{\"gates\": [ garbage");
        CommandResult noop = packages.Build(project.Folder);
        Assert.True(noop.ExitCode == 0, noop.Output);
        StackTraces.AssertNone(noop);
        Assert.Equal(good, File.ReadAllBytes(project.ResultsPath));
        Assert.Equal(2, project.Runs.Count);

        // Read-only results.json: a no-op build leaves it; a build that judges again replaces it.
        File.SetUnixFileMode(project.ResultsPath, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        CommandResult readOnlyNoop = packages.Build(project.Folder);
        Assert.True(readOnlyNoop.ExitCode == 0, readOnlyNoop.Output);
        Assert.Equal(good, File.ReadAllBytes(project.ResultsPath));
        project.EditManifest("\"accuracy\": { \"min\": 0.70 }", "\"accuracy\": { \"min\": 0.65 }");
        CommandResult judged = packages.Build(project.Folder);
        Assert.True(judged.ExitCode == 0, judged.Output);
        StackTraces.AssertNone(judged);
        Assert.Equal(0.65, GovernedProject.Number(project.Gate("metrics.accuracy.min"), "threshold"));
    }

    [Fact]
    public async Task Two_builds_of_one_project_at_once_both_end_cleanly_with_results_of_the_current_inputs()
    {
        var project = new GovernedProject(packages.CreateSampleProject(nameof(Two_builds_of_one_project_at_once_both_end_cleanly_with_results_of_the_current_inputs)));
        // Built once, as a CI job's earlier step does, then a training input changes: the two builds race on the governed
        // stages (train, evaluate, check), while the SDK's own steps (compile, runtimeconfig, copy) are up to date.
        Assert.Equal(0, packages.Build(project.Folder).ExitCode);
        project.EditManifest("\"seed\": 42", "\"seed\": 7");
        Task<CommandResult> first = Task.Run(() => packages.Build(project.Folder, "--no-restore"));
        Task<CommandResult> second = Task.Run(() => packages.Build(project.Folder, "--no-restore"));
        CommandResult[] both = await Task.WhenAll(first, second);
        foreach (CommandResult result in both)
        {
            StackTraces.AssertNone(result);
            Assert.True(result.ExitCode == 0 || result.ErrorLines.All(l => l.Contains(" error AIF", StringComparison.Ordinal) || IsSdkFileRace(l)), result.Output);
        }

        CommandResult after = packages.Build(project.Folder);
        Assert.True(after.ExitCode == 0, after.Output);
        Assert.All(((Manifest.Json.JsonArray)project.Results()["gates"]!).Items,
            g => Assert.Equal("passed", GovernedProject.Text((Manifest.Json.JsonObject)g, "status")));
        Assert.Equal(7, GovernedProject.Number(project.Results(), "model.seed"));
        Assert.Empty(Directory.GetFiles(project.OutputPath, "*.tmp"));
    }

    /// <summary>
    /// An error of the SDK's own steps about a file the other build holds (MSB4018 "being used by another process" on
    /// runtimeconfig.json, MSB3027 on a copy, CS2012 on the compiler's output): two MSBuild processes writing one
    /// project's obj and bin folders, outside the governed stages, which report their problems as AIF codes.
    /// </summary>
    private static bool IsSdkFileRace(string line) =>
        (line.Contains(" error MSB", StringComparison.Ordinal) && line.Contains("Microsoft.", StringComparison.Ordinal)
            && line.Contains(".targets(", StringComparison.Ordinal) && !line.Contains("AiFactory.Build.targets", StringComparison.Ordinal))
        || line.Contains(" error CS2012", StringComparison.Ordinal);

    [Fact]
    public void A_parallel_build_of_four_model_projects_governs_each_once()
    {
        string root = Path.Combine(packages.Root, nameof(A_parallel_build_of_four_model_projects_governs_each_once));
        Directory.CreateDirectory(root);
        string[] names = { "Approval", "Pricing", "Churn", "Fraud" };
        string[] folders = names.Select(n => GovernedProjectScaffold.Create(root, n, packages.Version, packages.Dotnet, TextWriter.Null)).ToArray();
        Assert.Equal(0, packages.Dotnet.Run(root, "new", "sln", "-n", "Models").ExitCode);
        string solution = Directory.GetFiles(root, "Models.sln*").Single();
        foreach (string folder in folders)
        {
            Assert.Equal(0, packages.Dotnet.Run(root, "sln", solution, "add", Directory.GetFiles(folder, "*.csproj").Single()).ExitCode);
        }

        CommandResult build = packages.Dotnet.Run(root, TimeSpan.FromMinutes(15), "build", solution, "-m", "-nologo", "-tl:off", "-v:minimal");
        Assert.True(build.ExitCode == 0, build.Output);
        StackTraces.AssertNone(build);
        foreach (string folder in folders)
        {
            var project = new GovernedProject(folder);
            Assert.Equal(new[] { "train", "evaluate" }, project.Runs);
            Assert.All(((Manifest.Json.JsonArray)project.Results()["gates"]!).Items, g => Assert.Equal("passed", GovernedProject.Text((Manifest.Json.JsonObject)g, "status")));
        }
    }
}
