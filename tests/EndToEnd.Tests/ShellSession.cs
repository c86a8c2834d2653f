namespace AiFactory.EndToEnd.Tests;

/// <summary>
/// A terminal as a reader of the docs uses one: blocks of commands run one after another with bash (`-e -o pipefail`,
/// so the first failing command fails the block), each starting in the folder where the previous one ended.
/// </summary>
public sealed class ShellSession
{
    private readonly DotnetCli _cli;
    private readonly string _stateFile;

    public ShellSession(DotnetCli cli, string workingDirectory, string stateFile)
    {
        _cli = cli;
        WorkingDirectory = workingDirectory;
        _stateFile = stateFile;
    }

    /// <summary>The folder the next block starts in.</summary>
    public string WorkingDirectory { get; private set; }

    /// <summary>Moves the session to a folder, as `cd` would.</summary>
    public void ChangeDirectory(string folder) => WorkingDirectory = folder;

    /// <summary>Runs a block of commands; on success the session continues in the folder the block ended in.</summary>
    public CommandResult Run(string commands)
    {
        CommandResult result = _cli.RunProgram("bash", WorkingDirectory, TimeSpan.FromMinutes(10),
            "-e", "-o", "pipefail", "-c", commands + $"\npwd > '{_stateFile}'\n");
        if (result.ExitCode == 0)
        {
            WorkingDirectory = File.ReadAllText(_stateFile).Trim();
        }

        return result;
    }

    /// <summary>Writes a file in the session's folder, as a reader saves a block the docs say to write.</summary>
    public void Write(string fileName, string text) => File.WriteAllText(Path.Combine(WorkingDirectory, fileName), text);
}
