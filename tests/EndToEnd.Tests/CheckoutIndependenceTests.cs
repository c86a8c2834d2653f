using System.Diagnostics;

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
    }

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
