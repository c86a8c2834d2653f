namespace AiFactory.EndToEnd.Tests;

/// <summary>
/// A user's machine that has never seen these packages, for running the docs' commands as written: a home folder of
/// its own (`HOME`), so NuGet's packages folder is empty (no `NUGET_PACKAGES`, no fallback folder), its user
/// configuration, HTTP cache and the template hive (`dotnet new install`) are new and this machine's stay untouched;
/// and <c>$AIFACTORY_PACKAGES</c>, the one placeholder of the docs, naming the folder this run's packages were
/// packed into. It lies outside <see cref="PackedPackages.Root"/>, whose nuget.config must not help.
/// </summary>
public sealed class FreshMachine : IDisposable
{
    /// <summary>The environment variable the docs' commands name the packages folder with.</summary>
    public const string PackagesVariable = "AIFACTORY_PACKAGES";

    public FreshMachine(PackedPackages packages)
    {
        Root = Path.Combine(Path.GetTempPath(), "aifactory-docs-" + Path.GetRandomFileName().Replace(".", ""));
        Home = Path.Combine(Root, "home");
        Directory.CreateDirectory(Home);
        DotnetCli cli = packages.Dotnet
            .With("HOME", Home)
            .With("NUGET_PACKAGES", null)
            .With("DOTNET_CLI_HOME", null)
            .With(PackagesVariable, packages.Feed);
        Shell = new ShellSession(cli, Home, Path.Combine(Root, "cwd"));
    }

    /// <summary>Temporary folder holding the home folder.</summary>
    public string Root { get; }

    /// <summary>The user's home folder (`$HOME`, `~`).</summary>
    public string Home { get; }

    /// <summary>The user's terminal: starts in <see cref="Home"/>.</summary>
    public ShellSession Shell { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
