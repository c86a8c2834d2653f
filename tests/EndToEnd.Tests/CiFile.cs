using System.Text.RegularExpressions;

namespace AiFactory.EndToEnd.Tests;

/// <summary>The dotnet commands of the CI examples the templates write, as written, and how a shell splits them.</summary>
public static class CiFile
{
    /// <summary>The dotnet commands of the GitHub Actions workflow in a solution's folder, in order.</summary>
    public static string[] GitHubCommands(string solutionFolder) =>
        Commands(Path.Combine(solutionFolder, ".github", "workflows", "aifactory.yml"), @"^\s*run: (dotnet .+)$");

    /// <summary>The dotnet commands of the Azure Pipelines file in a solution's folder, in order.</summary>
    public static string[] AzureCommands(string solutionFolder) =>
        Commands(Path.Combine(solutionFolder, "azure-pipelines.yml"), @"^\s*- script: (dotnet .+)$");

    /// <summary>Splits a command line as a POSIX shell does for plain words and double-quoted ones.</summary>
    public static IEnumerable<string> SplitArguments(string command) =>
        Regex.Matches(command, "\"([^\"]*)\"|(\\S+)").Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);

    private static string[] Commands(string path, string pattern) =>
        File.ReadAllLines(path).Select(l => Regex.Match(l, pattern)).Where(m => m.Success).Select(m => m.Groups[1].Value.Trim()).ToArray();
}
