namespace AiFactory.BuildTool;

/// <summary>
/// The AiFactory.Templates package installed into a template hive of its own (`dotnet new install --debug:custom-hive`),
/// as the demo and the end-to-end tests use it: installing a package into the machine's hive twice at the same version
/// breaks every later `dotnet new`, and a test must not change what the machine's `dotnet new` offers.
/// </summary>
public sealed class TemplateHive
{
    private TemplateHive(string folder, DotnetCli dotnet)
    {
        Folder = folder;
        Dotnet = dotnet;
    }

    /// <summary>The hive folder.</summary>
    public string Folder { get; }

    /// <summary>The dotnet CLI every `dotnet new` of this hive runs with.</summary>
    public DotnetCli Dotnet { get; }

    /// <summary>Installs a template package into a new hive in <paramref name="folder"/>; throws with the output when it fails.</summary>
    public static TemplateHive Install(string templatePackage, string folder, DotnetCli dotnet)
    {
        if (!File.Exists(templatePackage))
        {
            throw new InvalidOperationException($"the template package {templatePackage} does not exist: pack it first (dotnet run --project build -- pack)");
        }

        Directory.CreateDirectory(folder);
        CommandResult install = dotnet.Run(folder, "new", "install", templatePackage, "--debug:custom-hive", folder);
        if (install.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet new install {templatePackage} failed (exit {install.ExitCode}):\n{install.Output}");
        }

        return new TemplateHive(folder, dotnet);
    }

    /// <summary>Runs `dotnet new <paramref name="template"/>` with this hive in <paramref name="workingDirectory"/>.</summary>
    public CommandResult New(string workingDirectory, string template, params string[] arguments) =>
        Dotnet.Run(workingDirectory, new[] { "new", template }.Concat(arguments).Concat(new[] { "--debug:custom-hive", Folder }).ToArray());

    /// <summary>
    /// Creates a governed model with `dotnet new aifactory-model -n <paramref name="name"/>` (which restores) in
    /// <paramref name="parent"/>/<paramref name="name"/> and returns that folder (the solution's); throws with the output when it fails.
    /// </summary>
    public string NewModel(string parent, string name, params string[] options)
    {
        string folder = Path.Combine(parent, name);
        CommandResult created = New(parent, "aifactory-model", new[] { "-n", name, "-o", folder }.Concat(options).ToArray());
        if (created.ExitCode != 0 || created.Output.Contains("Restore failed", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"dotnet new aifactory-model -n {name} {string.Join(' ', options)} failed (exit {created.ExitCode}):\n{created.Output}");
        }

        return folder;
    }
}
