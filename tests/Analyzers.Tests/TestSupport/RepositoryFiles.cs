namespace AiFactory.Analyzers.Tests.TestSupport;

/// <summary>Finds files of this repository (docs, the sample, the analyzers' release files) from the test's output folder.</summary>
internal static class RepositoryFiles
{
    /// <summary>The folder holding AiFactory.Build.sln, found by walking up from the test assembly.</summary>
    public static string Root
    {
        get
        {
            for (string? dir = AppContext.BaseDirectory; dir != null; dir = Path.GetDirectoryName(dir))
            {
                if (File.Exists(Path.Combine(dir, "AiFactory.Build.sln")))
                {
                    return dir;
                }
            }

            throw new InvalidOperationException("AiFactory.Build.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));
}
