using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace AiFactory.BuildTool;

/// <summary>The result of one dotnet command: exit code and everything it printed.</summary>
public sealed record CommandResult(int ExitCode, string Output, TimeSpan Elapsed)
{
    /// <summary>The lines that carry an MSBuild error.</summary>
    public IEnumerable<string> ErrorLines =>
        Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Contains(": error ", StringComparison.Ordinal)).Distinct();

    /// <summary>The lines that carry an MSBuild warning.</summary>
    public IEnumerable<string> WarningLines =>
        Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Contains(": warning ", StringComparison.Ordinal)).Distinct();
}

/// <summary>
/// Runs the dotnet CLI as a user would, with an environment free of the calling MSBuild's variables (a test host
/// started by `dotnet test` inherits them) and with node reuse off, so every build loads freshly packed tasks.
/// </summary>
public sealed class DotnetCli
{
    private readonly Dictionary<string, string?> _environment = new(StringComparer.Ordinal);

    /// <summary>A copy that also sets an environment variable for every command (null removes it).</summary>
    public DotnetCli With(string name, string? value)
    {
        var copy = new DotnetCli();
        foreach (var pair in _environment)
        {
            copy._environment[pair.Key] = pair.Value;
        }

        copy._environment[name] = value;
        return copy;
    }

    /// <summary>Runs <c>dotnet</c> with arguments in a folder.</summary>
    public CommandResult Run(string workingDirectory, params string[] arguments) =>
        Run(workingDirectory, TimeSpan.FromMinutes(10), arguments);

    /// <summary>Runs <c>dotnet</c> with arguments in a folder, killed after <paramref name="timeout"/>.</summary>
    public CommandResult Run(string workingDirectory, TimeSpan timeout, params string[] arguments) =>
        RunProgram("dotnet", workingDirectory, () => false, timeout, arguments);

    /// <summary>
    /// Runs <c>dotnet</c> with arguments in a folder and kills its whole process tree as soon as
    /// <paramref name="killWhen"/> holds (checked every 50 ms), or after <paramref name="timeout"/>: a user's Ctrl+C
    /// or a CI agent that dies, at a chosen moment.
    /// </summary>
    public CommandResult RunUntil(string workingDirectory, Func<bool> killWhen, TimeSpan timeout, params string[] arguments) =>
        RunProgram("dotnet", workingDirectory, killWhen, timeout, arguments);

    /// <summary>
    /// Runs another program (a shell running a script of dotnet commands, for one) in a folder with the environment
    /// every dotnet command of this CLI gets, killed after <paramref name="timeout"/>.
    /// </summary>
    public CommandResult RunProgram(string program, string workingDirectory, TimeSpan timeout, params string[] arguments) =>
        RunProgram(program, workingDirectory, () => false, timeout, arguments);

    private CommandResult RunProgram(string program, string workingDirectory, Func<bool> killWhen, TimeSpan timeout, string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (string name in start.Environment.Keys.ToArray())
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) && name != "MSBUILDDISABLENODEREUSE")
            {
                start.Environment.Remove(name);
            }
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var pair in _environment)
        {
            if (pair.Value is null)
            {
                start.Environment.Remove(pair.Key);
            }
            else
            {
                start.Environment[pair.Key] = pair.Value;
            }
        }

        var output = new StringBuilder();
        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data != null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data != null) { lock (output) { output.AppendLine(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        while (!process.WaitForExit(50))
        {
            bool timedOut = clock.Elapsed > timeout;
            if (timedOut || killWhen())
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                lock (output)
                {
                    TimeSpan after = timedOut ? timeout : clock.Elapsed;
                    output.AppendLine(CultureInfo.InvariantCulture, $"(killed after {after})");
                }

                break;
            }
        }

        // The parameterless wait also drains the redirected output.
        process.WaitForExit();
        lock (output)
        {
            return new CommandResult(process.ExitCode, output.ToString(), clock.Elapsed);
        }
    }
}
