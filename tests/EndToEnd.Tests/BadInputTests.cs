namespace AiFactory.EndToEnd.Tests;

/// <summary>Bad input ends in a coded error at its place, never a stack trace, and earlier outputs stay intact.</summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class BadInputTests(PackedPackages packages)
{
    [Fact]
    public void Manifest_and_data_problems_are_coded_errors_at_their_place()
    {
        var project = new GovernedProject(packages.CreateSampleProject(nameof(Manifest_and_data_problems_are_coded_errors_at_their_place)));
        Assert.Equal(0, packages.Build(project.Folder).ExitCode);
        string goodResults = File.ReadAllText(project.ResultsPath);
        string goodManifest = File.ReadAllText(project.ManifestPath);

        // An unknown key, with a suggestion.
        project.EditManifest("\"seed\": 42", "\"sead\": 42");
        (int line, int column) = project.ManifestPosition("\"sead\"");
        CommandResult unknownKey = packages.Build(project.Folder);
        Assert.Equal(1, unknownKey.ExitCode);
        Assert.Contains(unknownKey.ErrorLines, l => l.Contains($"aifactory.json({line},{column}): error AIF2002") && l.Contains("seed"));
        File.WriteAllText(project.ManifestPath, goodManifest);

        // A data file that does not exist.
        project.EditManifest("\"test\": \"data/test.csv\"", "\"test\": \"data/missing.csv\"");
        (line, column) = project.ManifestPosition("\"data/missing.csv\"");
        CommandResult missing = packages.Build(project.Folder);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains(missing.ErrorLines, l => l.Contains($"aifactory.json({line},{column}): error AIF2007"));
        File.WriteAllText(project.ManifestPath, goodManifest);

        // A test set with one class cannot judge the model.
        string test = Path.Combine(project.Folder, "data", "test.csv");
        string[] lines = File.ReadAllLines(test);
        File.WriteAllLines(test, lines.Take(1).Concat(lines.Skip(1).Where(l => l.EndsWith(",no", StringComparison.Ordinal))));
        CommandResult oneClass = packages.Build(project.Folder);
        Assert.Equal(1, oneClass.ExitCode);
        Assert.Contains(oneClass.ErrorLines, l => l.Contains("test.csv(1") && l.Contains("error AIF3007"));

        // A value that is not a number in a number column, at its line and column.
        File.WriteAllLines(test, lines.Take(3).Append(lines[3].Replace(lines[3].Split(',')[1], "lots")).Concat(lines.Skip(4)));
        CommandResult notNumeric = packages.Build(project.Folder);
        Assert.Equal(1, notNumeric.ExitCode);
        int col = lines[3].IndexOf(',') + 2;
        Assert.Contains(notNumeric.ErrorLines, l => l.Contains($"test.csv(4,{col}): error AIF3004"));

        foreach (var result in new[] { unknownKey, missing, oneClass, notNumeric })
        {
            Assert.DoesNotContain("   at ", result.Output);
            Assert.DoesNotContain("Exception", result.Output.Replace("DiagnosticException", ""));
        }

        Assert.Equal(goodResults, File.ReadAllText(project.ResultsPath));
    }

    [Fact]
    public void A_stage_past_its_time_limit_is_stopped_with_a_coded_error()
    {
        var project = new GovernedProject(packages.CreateSampleProject(nameof(A_stage_past_its_time_limit_is_stopped_with_a_coded_error)));
        File.WriteAllText(Path.Combine(project.Folder, "LoanApprovalPipeline.cs"), """
            using AiFactory;
            using Microsoft.ML;

            public sealed class LoanApprovalPipeline : IModelPipeline
            {
                public IEstimator<ITransformer> BuildPipeline(MLContext ml, ModelContext context)
                {
                    System.Threading.Thread.Sleep(120_000);
                    return context.DefaultFeaturizer(ml);
                }
            }
            """);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        CommandResult build = packages.Build(project.Folder, "-p:AiFactoryStageTimeoutSeconds=3");
        Assert.Equal(1, build.ExitCode);
        Assert.Contains(build.ErrorLines, l => l.Contains("error AIF4010"));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(100), $"the build took {clock.Elapsed}");
    }
    [Fact]
    public void A_pipeline_that_fails_is_reported_in_the_model_code_with_the_details_in_the_log()
    {
        var project = new GovernedProject(packages.CreateSampleProject(nameof(A_pipeline_that_fails_is_reported_in_the_model_code_with_the_details_in_the_log)));
        string pipeline = Path.Combine(project.Folder, "LoanApprovalPipeline.cs");
        File.WriteAllText(pipeline, """
            using AiFactory;
            using Microsoft.ML;

            public sealed class LoanApprovalPipeline : IModelPipeline
            {
                public IEstimator<ITransformer> BuildPipeline(MLContext ml, ModelContext context) =>
                    ml.Transforms.Concatenate("Features", "income", "incme")
                        .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(context.Label, "Features"));
            }
            """);

        CommandResult build = packages.Build(project.Folder);
        Assert.Equal(1, build.ExitCode);
        int column = File.ReadAllLines(pipeline)[6].IndexOf("\"incme\"", StringComparison.Ordinal) + 1;
        string error = Assert.Single(build.ErrorLines, l => l.Contains("error AIF4009"));
        Assert.Contains($"LoanApprovalPipeline.cs(7,{column}): error AIF4009: fitting the pipeline of LoanApprovalPipeline failed with", error);
        Assert.Contains("'incme'", error);
        Assert.DoesNotContain("   at ", build.Output);

        string log = Path.Combine(project.StatePath, "last-error.log");
        Assert.Contains($"(details in {log})", error);
        Assert.Contains("   at ", File.ReadAllText(log));
        Assert.Contains("incme", File.ReadAllText(log));
    }
}
