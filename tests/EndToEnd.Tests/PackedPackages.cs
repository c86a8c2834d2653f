using AiFactory.BuildTool;

namespace AiFactory.EndToEnd.Tests;

/// <summary>
/// Packs AiFactory.Build once per test run with its own version into a temporary feed, and gives every project an
/// isolated NuGet packages folder (with the machine's global folder as a read-only fallback, so ML.NET is not
/// downloaded again). Projects are created outside the repository so its MSBuild files don't apply.
/// </summary>
public sealed class PackedPackages : IDisposable
{
    private readonly Lazy<TemplateHive> _templates;

    public PackedPackages()
    {
        Root = Path.Combine(Path.GetTempPath(), "aifactory-e2e-" + Path.GetRandomFileName().Replace(".", ""));
        Feed = Path.Combine(Root, "feed");
        string isolatedPackages = Path.Combine(Root, "nuget-packages");
        Directory.CreateDirectory(isolatedPackages);
        Version = Packer.NewLocalVersion("e2e");
        Packer.PackAll(Feed, Version, new DotnetCli(), TextWriter.Null);
        string globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        // Builds here are local builds unless a test says otherwise: a CI machine's CI / TF_BUILD variables (and
        // ContinuousIntegrationBuild as an environment property) would change what a policy allows (docs/policy.md).
        Dotnet = new DotnetCli().With("NUGET_PACKAGES", isolatedPackages).With("CI", null).With("TF_BUILD", null).With("ContinuousIntegrationBuild", null);
        _templates = new Lazy<TemplateHive>(() => TemplateHive.Install(TemplatePackage, Path.Combine(Root, "template-hive"), Dotnet));
        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="e2e" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <fallbackPackageFolders>
                <add key="global" value="{globalPackages}" />
              </fallbackPackageFolders>
            </configuration>
            """);
    }

    /// <summary>Temporary folder holding the feed, the packages folder and every test project.</summary>
    public string Root { get; }

    /// <summary>The folder the packages were packed into.</summary>
    public string Feed { get; }

    /// <summary>The version of this run's packages.</summary>
    public string Version { get; }

    /// <summary>The dotnet CLI with the isolated packages folder.</summary>
    public DotnetCli Dotnet { get; }

    /// <summary>This run's AiFactory.Templates package in the feed.</summary>
    public string TemplatePackage => Packer.PackagePath(Feed, "AiFactory.Templates", Version);

    /// <summary>This run's templates, installed on first use into a template hive under <see cref="Root"/>.</summary>
    public TemplateHive Templates => _templates.Value;

    /// <summary>Scaffolds the sample governed project (LoanApproval) in a new folder under <see cref="Root"/>.</summary>
    public string CreateSampleProject(string testName)
    {
        string parent = Path.Combine(Root, testName);
        Directory.CreateDirectory(parent);
        return GovernedProjectScaffold.Create(parent, "LoanApproval", Version, Dotnet, TextWriter.Null);
    }

    /// <summary>Runs `dotnet build` in a project folder with extra arguments.</summary>
    public CommandResult Build(string projectFolder, params string[] extra) =>
        Dotnet.Run(projectFolder, new[] { "build", "-nologo", "-tl:off", "-v:minimal" }.Concat(extra).ToArray());

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackedPackagesCollection : ICollectionFixture<PackedPackages>
{
    public const string Name = "packed packages";
}
