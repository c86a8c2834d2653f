using System.Text.RegularExpressions;

namespace AiFactory.EndToEnd.Tests;

/// <summary>
/// What a user sees under the default terminal logger (docs/terminal.md): it keeps only errors, warnings and each
/// project's output line at its default verbosity, so the gate summary must ride on that line. Run in a pseudo-terminal
/// (util-linux `script`), as an interactive `dotnet build` is.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class TerminalOutputTests(PackedPackages packages)
{
    [Fact]
    public void The_terminal_logger_shows_the_gate_summary_on_the_projects_output_line()
    {
        if (!File.Exists("/usr/bin/script"))
        {
            Assert.Fail("this test needs util-linux's `script` to run dotnet build in a pseudo-terminal: apt-get install -y bsdutils");
        }

        var project = new GovernedProject(packages.CreateSampleProject(nameof(The_terminal_logger_shows_the_gate_summary_on_the_projects_output_line)));
        Assert.Equal(0, packages.Build(project.Folder).ExitCode);

        CommandResult terminal = packages.Dotnet.RunProgram("script", project.Folder, TimeSpan.FromMinutes(10),
            "-qec", "dotnet build -nologo -tl:on", "/dev/null");
        string shown = Regex.Replace(terminal.Output, @"\x1b\][^\x1b\x07]*(\x1b\\|\x07)|\x1b\[[0-9;?]*[A-Za-z]|\r", "");
        Assert.True(terminal.ExitCode == 0, shown);
        Assert.Matches(@"LoanApproval net10\.0 succeeded[^\n]*→ \S*(report\.html|model-card\.md) · gates: \d+ gates passed", shown);
    }
}
