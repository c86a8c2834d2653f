using System.Diagnostics;

namespace AiFactory.Core.Tests.IO;

/// <summary>Runs a program (git, sha256sum) for a test and returns what it printed; fails the test when it fails.</summary>
internal static class Command
{
    public static string Run(string folder, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {output}{error.Result}");
        return output;
    }

    /// <summary>git with an author set, as a fresh machine has none.</summary>
    public static string Git(string folder, params string[] arguments) =>
        Run(folder, "git", new[] { "-c", "user.name=Model Owner", "-c", "user.email=owner@example.com", "-c", "init.defaultBranch=main" }.Concat(arguments).ToArray());

    /// <summary>The SHA-256 of a file as coreutils' sha256sum computes it: an implementation independent of the product's.</summary>
    public static string Sha256Sum(string file) => Run(Path.GetDirectoryName(file)!, "sha256sum", "-b", file).Split(' ')[0];
}
