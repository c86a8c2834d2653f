using System.Globalization;

namespace AiFactory.BuildTool;

/// <summary>Packs every package of the repository into a folder with one local version.</summary>
public static class Packer
{
    /// <summary>The projects that produce packages, all packed with one version (the templates write it into the projects they create).</summary>
    public static readonly IReadOnlyList<string> PackableProjects = new[]
    {
        "src/Tasks/AiFactory.Build.csproj",
        "src/Testing/AiFactory.Testing.csproj",
        "src/Templates/AiFactory.Templates.csproj",
    };

    /// <summary>The file a pack of <paramref name="packageId"/> at <paramref name="version"/> writes into <paramref name="folder"/>.</summary>
    public static string PackagePath(string folder, string packageId, string version) =>
        Path.Combine(folder, $"{packageId}.{version}.nupkg");

    /// <summary>
    /// A version no earlier pack used, so NuGet's global packages folder (which keeps the first copy of a version
    /// forever) never serves a stale package.
    /// </summary>
    public static string NewLocalVersion(string label = "local") =>
        $"0.1.0-{label}.{DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}{Random.Shared.Next(100, 999)}";

    /// <summary>Packs all packages; throws with the output when a pack fails.</summary>
    public static void PackAll(string outputFolder, string version, DotnetCli dotnet, TextWriter log)
    {
        Directory.CreateDirectory(outputFolder);
        foreach (string project in PackableProjects)
        {
            log.WriteLine($"  pack {project} {version}");
            CommandResult result = dotnet.Run(RepositoryPaths.Root, "pack", project, "-c", "Release", "-o", outputFolder,
                $"-p:AiFactoryVersion={version}", "-nologo", "-v:q", "-tl:off");
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet pack {project} failed:\n{result.Output}");
            }
        }
    }
}
