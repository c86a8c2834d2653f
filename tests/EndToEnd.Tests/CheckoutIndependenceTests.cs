using System.Diagnostics;
using AiFactory.Manifest.Json;

namespace AiFactory.EndToEnd.Tests;

/// <summary>
/// The training fingerprint covers what changes the model, not the checkout (docs/results.md): a commit that touches
/// no model input retrains nothing, and two clones of one commit — or a copy outside git — write the same results.json.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class CheckoutIndependenceTests(PackedPackages packages)
{
    [Fact]
    public void A_commit_that_changes_no_input_retrains_nothing_and_every_checkout_writes_the_same_results()
    {
        string root = Path.Combine(packages.Root, nameof(CheckoutIndependenceTests));
        string repository = Path.Combine(root, "origin");
        var first = new GovernedProject(packages.CreateSampleProject(Path.Combine(nameof(CheckoutIndependenceTests), "origin")));
        File.WriteAllText(Path.Combine(repository, ".gitignore"), "bin/\nobj/\n");
        File.WriteAllText(Path.Combine(repository, "README.md"), "# Loan approval\n");
        Git(root, "init", "-q", "-b", "main", repository);
        Git(repository, "add", "-A");
        Git(repository, "commit", "-q", "-m", "Loan approval model");

        CommandResult built = packages.Build(first.Folder);
        Assert.True(built.ExitCode == 0, built.Output);
        Assert.Equal(new[] { "train", "evaluate" }, first.Runs);
        byte[] results = File.ReadAllBytes(first.ResultsPath);
        AssertProvenance(first, Git(repository, "rev-parse", "HEAD").Trim(), dirty: false);
        string assembly = Path.Combine(first.Folder, "bin", "Debug", "net10.0", "LoanApproval.dll");
        byte[] compiled = File.ReadAllBytes(assembly);

        // A second clone, at another path: trained there from scratch, the same bytes.
        string clone = Path.Combine(root, "elsewhere", "a", "deeper", "clone");
        Git(root, "clone", "-q", repository, clone);
        var second = new GovernedProject(Path.Combine(clone, "LoanApproval"));
        CommandResult cloned = packages.Build(second.Folder);
        Assert.True(cloned.ExitCode == 0, cloned.Output);
        Assert.Equal(new[] { "train", "evaluate" }, second.Runs);
        Assert.NotEqual(compiled, File.ReadAllBytes(Path.Combine(second.Folder, "bin", "Debug", "net10.0", "LoanApproval.dll")));
        Assert.Equal(results, File.ReadAllBytes(second.ResultsPath));
        Assert.Equal(File.ReadAllBytes(Path.Combine(first.OutputPath, "model.zip")), File.ReadAllBytes(Path.Combine(second.OutputPath, "model.zip")));

        // A commit that touches only the README: the assembly is compiled again (the SDK writes the commit into it),
        // but nothing is trained or evaluated, and results.json keeps its bytes.
        File.AppendAllText(Path.Combine(repository, "README.md"), "\nOwned by credit risk.\n");
        Git(repository, "commit", "-q", "-am", "README: owners");
        CommandResult afterCommit = packages.Build(first.Folder);
        Assert.True(afterCommit.ExitCode == 0, afterCommit.Output);
        Assert.NotEqual(compiled, File.ReadAllBytes(assembly));
        Assert.Equal(new[] { "train", "evaluate" }, first.Runs);
        Assert.Equal(results, File.ReadAllBytes(first.ResultsPath));
        // The check ran again: the provenance names the new commit.
        AssertProvenance(first, Git(repository, "rev-parse", "HEAD").Trim(), dirty: false);

        // The same files outside any git repository: the same results.
        string exported = Path.Combine(root, "exported");
        Directory.CreateDirectory(exported);
        string archive = Path.Combine(root, "export.tar");
        Git(repository, "archive", "-o", archive, "HEAD");
        Run(exported, "tar", "-xf", archive);
        var third = new GovernedProject(Path.Combine(exported, "LoanApproval"));
        Assert.False(Directory.Exists(Path.Combine(exported, ".git")));
        CommandResult outside = packages.Build(third.Folder);
        Assert.True(outside.ExitCode == 0, outside.Output);
        Assert.Equal(new[] { "train", "evaluate" }, third.Runs);
        Assert.Equal(results, File.ReadAllBytes(third.ResultsPath));
        AssertProvenance(third, null, null);
    }

    [Fact]
    public void Results_record_every_policy_and_input_with_its_hash_and_the_provenance_the_commit()
    {
        string root = Path.Combine(packages.Root, nameof(Results_record_every_policy_and_input_with_its_hash_and_the_provenance_the_commit));
        string hubPolicy = Path.Combine(root, "aifactory.policy.json");
        string hubWaivers = Path.Combine(root, "aifactory.waivers.json");
        string teamPolicy = Path.Combine(root, "credit", "aifactory.policy.json");
        var model = new GovernedProject(packages.CreateSampleProject(Path.Combine(Path.GetFileName(root), "credit")));
        const string hubText = """
            {
              "policy": { "name": "Contoso model risk", "owners": ["model-risk"] },
              "gates": { "metrics": { "auc": { "min": 0.70 } } },
              "build": { "demoteGates": "never" }
            }
            """;
        const string teamText = """
            {
              "policy": { "name": "Credit risk" },
              "gates": { "metrics": { "auc": { "min": 0.72 } } }
            }
            """;
        File.WriteAllText(hubPolicy, hubText);
        File.WriteAllText(hubWaivers, "{ \"waivers\": [] }\n");
        File.WriteAllText(teamPolicy, teamText);
        File.WriteAllText(Path.Combine(root, ".gitignore"), "bin/\nobj/\n");
        Git(root, "init", "-q");
        Git(root, "add", "-A");
        Git(root, "commit", "-q", "-m", "Hub, team and model");

        CommandResult built = packages.Build(model.Folder);
        Assert.True(built.ExitCode == 0, built.Output);
        JsonObject results = model.Results();
        JsonArray applied = (JsonArray)((JsonObject)results["policy"]!)["applied"]!;
        Assert.Equal(new[] { ("../aifactory.policy.json", "Credit risk"), ("../../aifactory.policy.json", "Contoso model risk") },
            applied.Items.Cast<JsonObject>().Select(p => (GovernedProject.Text(p, "file"), GovernedProject.Text(p, "name"))));
        Assert.Equal("../../aifactory.waivers.json", GovernedProject.Text((JsonObject)applied.Items[1], "waiversFile"));
        var expectedInputs = new[]
        {
            ("manifest", "aifactory.json", model.ManifestPath), ("trainData", "data/train.csv", Path.Combine(model.Folder, "data", "train.csv")),
            ("testData", "data/test.csv", Path.Combine(model.Folder, "data", "test.csv")), ("policy", "../aifactory.policy.json", teamPolicy),
            ("policy", "../../aifactory.policy.json", hubPolicy), ("waivers", "../../aifactory.waivers.json", hubWaivers),
        };
        Assert.Equal(expectedInputs.Select(i => (i.Item1, i.Item2, Sha256Sum(i.Item3))), Inputs(results));
        AssertProvenance(model, Git(root, "rev-parse", "HEAD").Trim(), dirty: false);

        // An uncommitted edit of an input: checked again, recorded with its new hash, and the tree is dirty.
        File.WriteAllText(teamPolicy, teamText.Replace("Credit risk", "Credit risk (retail)", StringComparison.Ordinal));
        CommandResult edited = packages.Build(model.Folder);
        Assert.True(edited.ExitCode == 0, edited.Output);
        Assert.Equal(Sha256Sum(teamPolicy), Inputs(model.Results())[3].Item3);
        AssertProvenance(model, Git(root, "rev-parse", "HEAD").Trim(), dirty: true);

        // The hub's build rule binds although the team's policy is nearer and silent: AIF2026 at the hub's line.
        CommandResult demoted = packages.Build(model.Folder, "-p:AiFactoryGateSeverity=warning");
        Assert.Equal(1, demoted.ExitCode);
        (int demoteLine, _) = AiFactory.BuildTool.Demo.PositionOf(hubText, "\"demoteGates\"");
        Assert.Contains($"{hubPolicy}({demoteLine},", demoted.ErrorLines.Single(l => l.Contains("error AIF2026", StringComparison.Ordinal)));

        // The team loosens the hub's minimum: AIF2023 at the team's line, though the manifest's 0.75 is tighter than both.
        string loosened = teamText.Replace("0.72", "0.60", StringComparison.Ordinal);
        File.WriteAllText(teamPolicy, loosened);
        (int line, int column) = AiFactory.BuildTool.Demo.PositionOf(loosened, "0.60");
        CommandResult escaped = packages.Build(model.Folder);
        Assert.Equal(1, escaped.ExitCode);
        Assert.Contains($"{teamPolicy}({line},{column}): error AIF2023: metrics.auc.min 0.60 is below the policy's minimum 0.70 (set in {hubPolicy}(", escaped.Output);
        Assert.Single(escaped.ErrorLines);
    }

    private static (string, string, string)[] Inputs(JsonObject results) =>
        ((JsonArray)results["inputs"]!).Items.Cast<JsonObject>()
            .Select(i => (GovernedProject.Text(i, "role"), GovernedProject.Text(i, "file"), GovernedProject.Text(i, "sha256"))).ToArray();

    /// <summary>provenance.json beside results.json: that file's SHA-256 (by sha256sum), the commit and the dirty flag.</summary>
    private static void AssertProvenance(GovernedProject project, string? commit, bool? dirty)
    {
        var provenance = (JsonObject)JsonReader.Parse(File.ReadAllText(Path.Combine(project.OutputPath, "provenance.json")));
        Assert.Equal(Sha256Sum(project.ResultsPath), GovernedProject.Text(provenance, "results.sha256"));
        Assert.Equal(commit, provenance["commit"] is JsonString c ? c.Value : null);
        Assert.Equal(dirty, provenance["dirty"] is JsonBoolean d ? d.Value : null);
        Assert.Matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$", GovernedProject.Text(provenance, "time"));
    }

    private static string Sha256Sum(string file) => Run(Path.GetDirectoryName(file)!, "sha256sum", "-b", file).Split(' ')[0];

    private static string Git(string folder, params string[] arguments) =>
        Run(folder, "git", new[] { "-c", "user.name=Model Owner", "-c", "user.email=owner@example.com", "-c", "init.defaultBranch=main" }.Concat(arguments).ToArray());

    private static string Run(string folder, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEndAsync().Result;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {output}{error.Result}");
        return output;
    }
}
