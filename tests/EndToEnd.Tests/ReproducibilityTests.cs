namespace AiFactory.EndToEnd.Tests;

/// <summary>Same inputs and seed: the same figures and the same model hash, whatever the processor count.</summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class ReproducibilityTests(PackedPackages packages)
{
    [Fact]
    public void Two_clean_builds_give_identical_results_and_model_hash()
    {
        var project = new GovernedProject(packages.CreateSampleProject(nameof(Two_clean_builds_give_identical_results_and_model_hash)));
        var results = new List<string>();
        var models = new List<byte[]>();
        foreach (string processors in new[] { "1", "2" })
        {
            Assert.Equal(0, packages.Dotnet.Run(project.Folder, "clean", "-nologo", "-v:q", "-tl:off").ExitCode);
            Assert.False(File.Exists(project.ResultsPath));
            CommandResult build = packages.Dotnet.With("DOTNET_PROCESSOR_COUNT", processors)
                .Run(project.Folder, "build", "-nologo", "-tl:off", "-v:minimal");
            Assert.True(build.ExitCode == 0, build.Output);
            results.Add(File.ReadAllText(project.ResultsPath));
            models.Add(File.ReadAllBytes(Path.Combine(project.OutputPath, "model.zip")));
        }

        Assert.Equal(results[0], results[1]);
        Assert.Equal(models[0], models[1]);
        string hash = GovernedProject.Text(project.Results(), "modelHash");
        Assert.Equal(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(models[1])).ToLowerInvariant(), hash);
        // dotnet clean removed the state folder with its run log: the second build trained from scratch.
        Assert.Equal(new[] { "train", "evaluate" }, project.Runs);
    }
}
