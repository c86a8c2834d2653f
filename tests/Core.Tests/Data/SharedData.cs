namespace AiFactory.Core.Tests.Data;

/// <summary>The reference data in ../shared/data next to the repository (see its README).</summary>
internal static class SharedData
{
    public static string AdultCsv => Path.Combine(Folder, "adult.csv");

    public static string AdultScoredCsv => Path.Combine(Folder, "adult-scored.csv");

    private static string Folder
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory != null && !File.Exists(Path.Combine(directory.FullName, "AiFactory.Build.sln"))) directory = directory.Parent;
            if (directory?.Parent is null) throw new InvalidOperationException("AiFactory.Build.sln not found above " + AppContext.BaseDirectory);
            return Path.Combine(directory.Parent.FullName, "shared", "data");
        }
    }
}
