namespace AiFactory.BuildTool;

/// <summary>Finds the repository from wherever the program or a test runs.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder holding AiFactory.Build.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Where `pack` puts packages by default.</summary>
    public static string Packages => Path.Combine(Root, "artifacts", "packages");

    /// <summary>The shared data folder beside the repository (../shared/data), or null when absent.</summary>
    public static string? SharedData
    {
        get
        {
            string path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));
            return Directory.Exists(path) ? path : null;
        }
    }

    private static string FindRoot()
    {
        foreach (string start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "AiFactory.Build.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("AiFactory.Build.sln not found above " + AppContext.BaseDirectory);
    }
}
