using AiFactory.Core.Synthetic;

namespace AiFactory.BuildTool;

/// <summary>
/// Creates a governed model project by hand, the way a user adds the package to a project of their own:
/// `dotnet new classlib`, `dotnet add package AiFactory.Build`, the sample's manifest and pipeline (build/Sample) and
/// data, in a folder outside this repository (so its Directory.Build.props, Directory.Packages.props and nuget.config
/// don't apply). The end-to-end tests and the no-op benchmark use it; the demo creates its project with
/// `dotnet new aifactory-model` instead (<see cref="TemplateHive"/>).
/// </summary>
public static class GovernedProjectScaffold
{
    /// <summary>The sample's files (manifest and pipeline), copied next to this program.</summary>
    public static string SampleFolder => Path.Combine(AppContext.BaseDirectory, "Sample");

    /// <summary>Writes a nuget.config that finds the freshly packed packages first, then nuget.org.</summary>
    public static void WriteNuGetConfig(string folder, string packagesFolder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{packagesFolder}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
    }

    /// <summary>Creates the project <paramref name="name"/> in <paramref name="parent"/> and returns its folder.</summary>
    public static string Create(string parent, string name, string version, DotnetCli dotnet, TextWriter log)
    {
        string folder = Path.Combine(parent, name);
        Step(log, dotnet.Run(parent, "new", "classlib", "-n", name, "-o", folder), $"dotnet new classlib -n {name}");
        File.Delete(Path.Combine(folder, "Class1.cs"));
        Step(log, dotnet.Run(folder, "add", "package", "AiFactory.Build", "--version", version), $"dotnet add package AiFactory.Build --version {version}");
        foreach (string file in Directory.GetFiles(SampleFolder))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        }

        WriteSampleData(folder, groupDisparity: 0.1);
        return folder;
    }

    /// <summary>Generates the sample's training and test data (synthetic, seeded; a group disparity to govern).</summary>
    public static void WriteSampleData(string projectFolder, double groupDisparity)
    {
        string data = Path.Combine(projectFolder, "data");
        Directory.CreateDirectory(data);
        SyntheticDataGenerator.WriteCsv(Path.Combine(data, "train.csv"),
            new SyntheticDataOptions { Rows = 4000, Seed = 1, GroupDisparity = groupDisparity });
        SyntheticDataGenerator.WriteCsv(Path.Combine(data, "test.csv"),
            new SyntheticDataOptions { Rows = 2000, Seed = 2, GroupDisparity = groupDisparity });
    }

    private static void Step(TextWriter log, CommandResult result, string what)
    {
        log.WriteLine($"  {what}");
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{what} failed (exit {result.ExitCode}):\n{result.Output}");
        }
    }
}
