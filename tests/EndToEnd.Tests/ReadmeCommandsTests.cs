using System.Text.RegularExpressions;
using AiFactory.Manifest.Json;

namespace AiFactory.EndToEnd.Tests;

/// <summary>
/// The docs' commands, read from the real README.md and docs/*.md (never copies), run as written and in order on a
/// <see cref="FreshMachine"/>, against this run's freshly packed packages. A fenced `bash` block is run; any other block
/// under a sentence "Write `file`" is saved as that file, where the reader stands. The only substitution is the docs'
/// one placeholder, <c>$AIFACTORY_PACKAGES</c>, which the machine sets to this run's feed: the README's first block
/// packs into that folder, and is checked rather than run, because this run's packages were packed exactly so (by the
/// same <see cref="Packer.PackAll"/> its `pack` command calls) before any test.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class ReadmeCommandsTests(PackedPackages packages)
{
    private const string PackBlock =
        "export AIFACTORY_PACKAGES=\"$HOME/aifactory-packages\"\n" +
        "dotnet run --project build -- pack --output \"$AIFACTORY_PACKAGES\"\n";

    private static readonly Regex WriteFile = new(@"\bWrite\b[^`]*`(?<file>[^`]+)`");

    private static MarkdownDocument Readme => MarkdownDocument.Read(Path.Combine(RepositoryPaths.Root, "README.md"));

    private static MarkdownDocument Doc(string name) => MarkdownDocument.Read(Path.Combine(RepositoryPaths.Root, "docs", name));

    [Fact]
    public void Getting_started_runs_as_written_with_an_empty_NuGet_cache()
    {
        MarkdownDocument readme = Readme;
        Assert.Equal(new[] { "dotnet run --project build -- demo\n", "dotnet test AiFactory.Build.sln\n" }, readme.Under("Quick start").Select(b => b.Text));

        IReadOnlyList<MarkdownBlock> blocks = readme.Under("Getting started");
        Assert.Equal(("bash", PackBlock), (blocks[0].Language, blocks[0].Text));
        using var machine = new FreshMachine(packages);
        foreach (MarkdownBlock block in blocks.Skip(1))
        {
            Follow(machine.Shell, readme, block);
        }

        // What the README says they leave behind: a model from the template, two models under a hub, and one by hand,
        // each trained, judged and passing, built from this run's packages.
        string models = Path.Combine(machine.Home, "aifactory-models");
        foreach (string project in new[] { "LoanApproval/LoanApproval", "Contoso.Models/LoanApproval/LoanApproval", "Contoso.Models/Churn/Churn", "CreditRisk" })
        {
            AssertPassedWithThisRunsPackages(new GovernedProject(Path.Combine(models, project)));
        }

        Assert.Equal("Contoso.Models model policy", GovernedProject.Text(new GovernedProject(Path.Combine(models, "Contoso.Models/Churn/Churn")).Results(), "policy.name"));
        Assert.Contains("<PackageReference Include=\"Microsoft.ML.FastTree\"", File.ReadAllText(Path.Combine(models, "LoanApproval/LoanApproval/LoanApproval.csproj")));
        Assert.Equal(
            new[] { "metrics.auc.min", "metrics.accuracy.min", "business.maxCostPer1000" },
            GateIds(new GovernedProject(Path.Combine(models, "CreditRisk"))));
    }

    [Fact]
    public void The_templates_and_policy_guides_run_as_written_after_the_setup_of_Getting_started()
    {
        using var machine = new FreshMachine(packages);
        MarkdownDocument readme = Readme;
        Follow(machine.Shell, readme, readme.Under("Getting started")[1]);
        string models = machine.Shell.WorkingDirectory;
        Assert.Equal(Path.Combine(machine.Home, "aifactory-models"), models);

        // docs/templates.md: its first block, then the hub's, each from the models folder the README set up.
        MarkdownDocument templates = Doc("templates.md");
        string guide = Path.Combine(models, "templates-guide");
        Directory.CreateDirectory(guide);
        foreach (MarkdownBlock block in new[] { templates.Under("Templates")[0], templates.Under("The hub")[0] })
        {
            machine.Shell.ChangeDirectory(guide);
            Follow(machine.Shell, templates, block);
        }

        string hub = Path.Combine(guide, "Contoso.Models");
        AssertPassedWithThisRunsPackages(new GovernedProject(Path.Combine(guide, "LoanApproval/LoanApproval")));

        // Its CI blocks are the commands the workflows the templates wrote run (the template tests run those).
        Assert.Equal(CiFile.GitHubCommands(Path.Combine(guide, "LoanApproval")), Lines(templates.Under("CI examples").Single()));
        Assert.Equal(CiFile.GitHubCommands(hub), Lines(templates.Under("CI").Single()));

        // docs/policy.md: its policy and its waivers saved in the hub, then the hub built; both models are judged
        // under that policy and pass it.
        MarkdownDocument policy = Doc("policy.md");
        machine.Shell.ChangeDirectory(hub);
        machine.Shell.Write("aifactory.policy.json", policy.Under("The policy file").Single(b => b.Language == "jsonc").Text);
        machine.Shell.Write("aifactory.waivers.json", policy.Under("Waivers").Single(b => b.Language == "jsonc").Text);
        CommandResult build = machine.Shell.Run("dotnet build");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Empty(build.ErrorLines);
        foreach (string model in new[] { "LoanApproval", "Churn" })
        {
            var project = new GovernedProject(Path.Combine(hub, model, model));
            AssertPassedWithThisRunsPackages(project);
            JsonObject results = project.Results();
            Assert.Equal("Contoso model risk policy", GovernedProject.Text(results, "policy.name"));
            Assert.Contains(((JsonArray)results["gates"]!).Items.OfType<JsonObject>(),
                g => GovernedProject.Text(g, "id") == "fairness.demographicParityRatio.group.min" && GovernedProject.Text(g, "location.file") == "../../aifactory.policy.json");
        }
    }

    /// <summary>Does what a reader does with a block: runs it, or saves it as the file the sentence before it names.</summary>
    private static void Follow(ShellSession shell, MarkdownDocument doc, MarkdownBlock block)
    {
        string where = $"{Path.GetRelativePath(RepositoryPaths.Root, doc.Path)}({block.Line})";
        if (block.Language != "bash")
        {
            Match file = WriteFile.Match(block.Prose);
            Assert.True(file.Success, $"{where}: a {block.Language} block that is neither run (bash) nor under a sentence \"Write `file`\"");
            shell.Write(file.Groups["file"].Value, block.Text);
            return;
        }

        CommandResult result = shell.Run(block.Text);
        Assert.True(result.ExitCode == 0 && !result.Output.Contains("Restore failed", StringComparison.Ordinal) && !result.ErrorLines.Any(),
            $"{where}: the block failed (exit {result.ExitCode}) in {shell.WorkingDirectory}:\n{block.Text}\n{result.Output}");
    }

    private void AssertPassedWithThisRunsPackages(GovernedProject project)
    {
        Assert.True(File.Exists(project.ResultsPath), project.ResultsPath + " is missing");
        JsonObject results = project.Results();
        Assert.True(results["passed"] is JsonBoolean { Value: true }, project.ResultsPath + " did not pass");
        Assert.Equal(packages.Version, GovernedProject.Text(results, "packageVersion"));
    }

    private static string[] GateIds(GovernedProject project) =>
        ((JsonArray)project.Results()["gates"]!).Items.OfType<JsonObject>().Select(g => GovernedProject.Text(g, "id")).ToArray();

    private static string[] Lines(MarkdownBlock block) => block.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
