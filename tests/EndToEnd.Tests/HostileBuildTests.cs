namespace AiFactory.EndToEnd.Tests;

/// <summary>
/// After a good build, each bad input — a broken policy in the folder above the project, a malformed waivers file, a
/// data file with a ragged row, a data file linked in from outside the repository — fails `dotnet build` with a coded
/// error at file(line,col), no stack trace, and leaves the good results.json byte for byte as it was.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class HostileBuildTests(PackedPackages packages)
{
    private const string ValidPolicy = """
        {
          "gates": {
            "metrics": { "auc": { "min": 0.6 } }
          }
        }
        """;

    [Fact]
    public void A_bad_build_fails_with_a_coded_error_at_its_place_and_loses_nothing()
    {
        var project = new GovernedProject(packages.CreateSampleProject(nameof(HostileBuildTests)));
        string hubFolder = Path.GetDirectoryName(project.Folder)!;
        string policyPath = Path.Combine(hubFolder, "aifactory.policy.json");
        string waiversPath = Path.Combine(hubFolder, "aifactory.waivers.json");
        CommandResult good = packages.Build(project.Folder);
        Assert.True(good.ExitCode == 0, good.Output);
        byte[] goodResults = File.ReadAllBytes(project.ResultsPath);

        // A policy above the project whose minimum is a string: AIF2004 at the value, in the policy file.
        string brokenPolicy = ValidPolicy.Replace("0.6", "\"0.6\"", StringComparison.Ordinal);
        File.WriteAllText(policyPath, brokenPolicy);
        (int line, int column) = Demo.PositionOf(brokenPolicy, "\"0.6\"");
        AssertFailsAt(project, goodResults, $"{policyPath}({line},{column}): error AIF2004", "without quotes");

        // A valid policy with a waivers file whose expiry is no day of the calendar: AIF2028 at the date.
        File.WriteAllText(policyPath, ValidPolicy);
        string waivers = """
            {
              "waivers": [
                { "model": "LoanApproval", "gate": "metrics.auc", "who": "jane.doe@contoso.com", "why": "new market", "expires": "2026-02-30" }
              ]
            }
            """;
        File.WriteAllText(waiversPath, waivers);
        (line, column) = Demo.PositionOf(waivers, "\"2026-02-30\"");
        AssertFailsAt(project, goodResults, $"{waiversPath}({line},{column}): error AIF2028", "YYYY-MM-DD");
        File.Delete(waiversPath);
        File.Delete(policyPath);

        // A test file with a row of one field too many: AIF3005 at its line (a row has no column to point at).
        string test = Path.Combine(project.Folder, "data", "test.csv");
        string[] lines = File.ReadAllLines(test);
        File.WriteAllLines(test, lines.Take(3).Append(lines[3] + ",extra").Concat(lines.Skip(4)));
        AssertFailsAt(project, goodResults, "test.csv(4): error AIF3005", "fields");
        File.WriteAllLines(test, lines);

        // The same test file, but reached through a link from inside the project to a folder outside it (the project has
        // no .git above it, so its folder is the repository): AIF2008 at the manifest's path, as for a path leaving it.
        if (!OperatingSystem.IsWindows())
        {
            string outside = Path.Combine(hubFolder, "outside", "test.csv");
            Directory.CreateDirectory(Path.GetDirectoryName(outside)!);
            File.Move(test, outside);
            File.CreateSymbolicLink(test, outside);
            (line, column) = project.ManifestPosition("\"data/test.csv\"");
            AssertFailsAt(project, goodResults, $"aifactory.json({line},{column}): error AIF2008", "through a symbolic link is " + outside);
            File.Delete(test);
            File.Move(outside, test);
        }

        CommandResult again = packages.Build(project.Folder);
        Assert.True(again.ExitCode == 0, again.Output);
    }

    private void AssertFailsAt(GovernedProject project, byte[] goodResults, string expected, string fix)
    {
        CommandResult bad = packages.Build(project.Folder);
        Assert.True(bad.ExitCode != 0, bad.Output);
        Assert.True(bad.ErrorLines.Any(l => l.Contains(expected, StringComparison.Ordinal) && l.Contains(fix, StringComparison.Ordinal)),
            $"no error line with '{expected}' and '{fix}':\n{bad.Output}");
        StackTraces.AssertNone(bad);
        Assert.True(goodResults.AsSpan().SequenceEqual(File.ReadAllBytes(project.ResultsPath)), "results.json changed after a failed build");
    }
}
