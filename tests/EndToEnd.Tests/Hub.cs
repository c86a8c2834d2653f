using System.Text.RegularExpressions;

namespace AiFactory.EndToEnd.Tests;

/// <summary>
/// A hub made as a user makes one: `dotnet new aifactory-hub -n <see cref="Name"/>` with this run's templates, then
/// `dotnet new aifactory-model -n X --hub` run in the hub's folder for each model. Paths are the ones the templates write.
/// </summary>
internal sealed class Hub
{
    private readonly PackedPackages _packages;

    private Hub(PackedPackages packages, string folder, string name)
    {
        _packages = packages;
        Folder = folder;
        Name = name;
    }

    /// <summary>The hub's folder: the one holding its solution, policy and waivers.</summary>
    public string Folder { get; }

    /// <summary>The hub's name (`-n`): the name of its folder and its solution.</summary>
    public string Name { get; }

    public string SolutionPath => Path.Combine(Folder, Name + ".sln");

    public string PolicyPath => Path.Combine(Folder, "aifactory.policy.json");

    public string WaiversPath => Path.Combine(Folder, "aifactory.waivers.json");

    /// <summary>
    /// Runs `dotnet new aifactory-hub -n <paramref name="name"/>` in <paramref name="parent"/> (which must lie under
    /// <see cref="PackedPackages.Root"/>, whose nuget.config gives this run's packages); throws with the output when it fails.
    /// </summary>
    public static Hub Create(PackedPackages packages, string parent, string name, params string[] options)
    {
        Directory.CreateDirectory(parent);
        CommandResult created = packages.Templates.New(parent, "aifactory-hub", new[] { "-n", name }.Concat(options).ToArray());
        if (created.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet new aifactory-hub -n {name} {string.Join(' ', options)} failed (exit {created.ExitCode}):\n{created.Output}");
        }

        return new Hub(packages, Path.Combine(parent, name), name);
    }

    /// <summary>
    /// Runs `dotnet new aifactory-model -n <paramref name="name"/> --hub` with <paramref name="options"/> in the hub's
    /// folder (which restores the projects and adds them to the hub's solution) and returns the model project, whose
    /// results are read from its Debug output unless <paramref name="configuration"/> says otherwise.
    /// Throws with the output when creating, restoring or joining the solution fails.
    /// </summary>
    public GovernedProject AddModel(string name, params string[] options)
    {
        CommandResult created = _packages.Templates.New(Folder, "aifactory-model", new[] { "-n", name, "--hub" }.Concat(options).ToArray());
        if (created.ExitCode != 0 || created.Output.Contains("Restore failed", StringComparison.Ordinal)
            || !created.Output.Contains("Successfully added project(s) to a solution file.", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"dotnet new aifactory-model -n {name} --hub {string.Join(' ', options)} failed (exit {created.ExitCode}):\n{created.Output}");
        }

        return Model(name);
    }

    /// <summary>A model project created by <see cref="AddModel"/>, reading its results from the given configuration's output.</summary>
    public GovernedProject Model(string name, string configuration = "Debug")
    {
        string folder = Path.Combine(Folder, name, name);
        return new GovernedProject(folder, Path.Combine(folder, "bin", configuration, "net10.0", "aifactory"));
    }

    /// <summary>The folder of a model's test project.</summary>
    public string TestsFolder(string name) => Path.Combine(Folder, name, name + ".Tests");

    /// <summary>The dotnet commands of the hub's GitHub Actions workflow, in order, as written.</summary>
    public string[] GitHubCommands() => CiFile.GitHubCommands(Folder);

    /// <summary>The dotnet commands of the hub's Azure Pipelines file, in order, as written.</summary>
    public string[] AzureCommands() => CiFile.AzureCommands(Folder);

    /// <summary>Runs a command line of a CI file (`dotnet …`) in the hub's folder, split as a POSIX shell splits it.</summary>
    public CommandResult RunCommand(string commandLine) =>
        _packages.Dotnet.Run(Folder, CiFile.SplitArguments(commandLine).Skip(1).ToArray());

    /// <summary>Runs `dotnet test` on the hub's solution with extra arguments.</summary>
    public CommandResult Test(params string[] extra) =>
        _packages.Dotnet.Run(Folder, new[] { "test", SolutionPath, "-nologo", "-tl:off" }.Concat(extra).ToArray());

    /// <summary>
    /// The hub's files (relative, '/'-separated) that a CI artifact glob matches, as GitHub Actions and Azure Pipelines
    /// read one: `**` any number of folders, `*` any part of one name, and a pattern ending in `/**` everything below.
    /// </summary>
    public IReadOnlyList<string> FilesMatching(string glob)
    {
        string pattern = "^" + Regex.Escape(glob)
            .Replace(@"\*\*/", "(?:[^/]+/)*", StringComparison.Ordinal)
            .Replace(@"/\*\*", "/.+", StringComparison.Ordinal)
            .Replace(@"\*", "[^/]*", StringComparison.Ordinal) + "$";
        return Directory.GetFiles(Folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
            .Where(f => Regex.IsMatch(f, pattern))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
