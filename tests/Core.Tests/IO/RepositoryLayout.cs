namespace AiFactory.Core.Tests.IO;

/// <summary>Finds the repository (the folder holding AiFactory.Build.sln) and the shared data beside it.</summary>
internal static class RepositoryLayout
{
    private static readonly Lazy<string> RootFolder = new(FindRoot);

    public static string Root => RootFolder.Value;

    /// <summary>A file of ../shared/data (the UCI Adult extract and its scores).</summary>
    public static string SharedData(string file) => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data", file));

    /// <summary>A file under the repository's schema folder.</summary>
    public static string Schema(string relative) => Path.Combine(Root, "schema", relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AiFactory.Build.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No AiFactory.Build.sln above {AppContext.BaseDirectory}.");
    }
}
