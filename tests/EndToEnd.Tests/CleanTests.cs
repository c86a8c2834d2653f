namespace AiFactory.EndToEnd.Tests;

/// <summary>dotnet clean removes what the build wrote, in the default and in a custom output folder.</summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class CleanTests(PackedPackages packages)
{
    [Fact]
    public void Clean_removes_outputs_also_from_a_custom_output_folder()
    {
        string folder = packages.CreateSampleProject(nameof(Clean_removes_outputs_also_from_a_custom_output_folder));
        var standard = new GovernedProject(folder);
        Assert.Equal(0, packages.Build(folder).ExitCode);
        Assert.True(File.Exists(standard.ResultsPath));
        Assert.Equal(0, packages.Dotnet.Run(folder, "clean", "-nologo", "-v:q", "-tl:off").ExitCode);
        Assert.False(File.Exists(standard.ResultsPath));
        Assert.False(File.Exists(Path.Combine(standard.OutputPath, "model.zip")));
        Assert.False(Directory.Exists(standard.StatePath));

        string custom = Path.Combine(Path.GetDirectoryName(folder)!, "governance-out");
        var customProject = new GovernedProject(folder, custom);
        File.WriteAllText(Path.Combine(custom + ".keep"), "a file beside the folder that clean must not touch");
        CommandResult build = packages.Build(folder, $"-p:AiFactoryOutputPath={custom}/");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.True(File.Exists(customProject.ResultsPath));
        Assert.True(File.Exists(Path.Combine(custom, "model.zip")));
        File.WriteAllText(Path.Combine(custom, "notes.txt"), "not the build's");

        Assert.Equal(0, packages.Dotnet.Run(folder, "clean", "-nologo", "-v:q", "-tl:off", $"-p:AiFactoryOutputPath={custom}/").ExitCode);
        Assert.False(File.Exists(customProject.ResultsPath));
        Assert.False(File.Exists(Path.Combine(custom, "model.zip")));
        Assert.True(File.Exists(Path.Combine(custom, "notes.txt")));
        Assert.True(File.Exists(custom + ".keep"));
    }
}
