using AiFactory.BuildTool;
using AiFactory.Manifest.Json;

namespace AiFactory.EndToEnd.Tests;

/// <summary>Predictions made by another system pass through the same gates and the same results.json.</summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class PredictionsModeTests(PackedPackages packages)
{
    private string CreatePredictionsProject(string testName, string manifest)
    {
        string parent = Path.Combine(packages.Root, testName);
        Directory.CreateDirectory(parent);
        string folder = Path.Combine(parent, "Scored");
        Assert.Equal(0, packages.Dotnet.Run(parent, "new", "classlib", "-n", "Scored", "-o", folder).ExitCode);
        File.Delete(Path.Combine(folder, "Class1.cs"));
        CommandResult add = packages.Dotnet.Run(folder, "add", "package", "AiFactory.Build", "--version", packages.Version);
        Assert.True(add.ExitCode == 0, add.Output);
        File.WriteAllText(Path.Combine(folder, "aifactory.json"), manifest);
        return folder;
    }

    [Fact]
    public void Adult_scores_from_another_system_match_the_reference_figures()
    {
        string shared = RepositoryPaths.SharedData ?? throw new InvalidOperationException("../shared/data is missing");
        string scored = Path.Combine(shared, "adult-scored.csv").Replace('\\', '/');
        string folder = CreatePredictionsProject(nameof(Adult_scores_from_another_system_match_the_reference_figures), $$"""
            {
              "model": { "name": "AdultIncome", "task": "binary-classification", "source": "predictions", "threshold": 0.5 },
              "data": {
                "test": "{{scored}}",
                "allowedRoots": ["{{shared.Replace('\\', '/')}}"],
                "label": "class", "positive": ">50K", "score": "score",
                "missingValues": ["?"]
              },
              "gates": { "metrics": { "auc": { "min": 0.80 }, "accuracy": { "min": 0.80 } } }
            }
            """);
        var project = new GovernedProject(folder);
        CommandResult build = packages.Build(folder);
        Assert.True(build.ExitCode == 0, build.Output);

        var results = project.Results();
        Assert.Equal(32561, GovernedProject.Number(results, "testRows"));
        Assert.Equal(0.8142870304966063, GovernedProject.Number(results, "metrics.accuracy"), 1e-9);
        Assert.Equal(0.7048880767473732, GovernedProject.Number(results, "metrics.precision"), 1e-9);
        Assert.Equal(0.3935722484376993, GovernedProject.Number(results, "metrics.recall"), 1e-9);
        Assert.Equal(0.5051149848596449, GovernedProject.Number(results, "metrics.f1"), 1e-9);
        Assert.Equal(0.8314172810209715, GovernedProject.Number(results, "metrics.auc"), 1e-9);
        Assert.Equal(0.40672481221229184, GovernedProject.Number(results, "metrics.logLoss"), 1e-9);
        Assert.Equal(3086, GovernedProject.Number(results, "confusion.truePositives"));
        Assert.Equal(1292, GovernedProject.Number(results, "confusion.falsePositives"));
        Assert.Equal(4755, GovernedProject.Number(results, "confusion.falseNegatives"));
        Assert.Equal(23428, GovernedProject.Number(results, "confusion.trueNegatives"));
        Assert.Equal(new[] { "evaluate" }, project.Runs);

        // Kept as a baseline (results.json and test-scores.csv copied), the same scores against themselves: the
        // baseline gate gets the paired interval of its worsening, exactly nothing, and the evidence is an input.
        string baseline = Path.Combine(folder, "baseline");
        Directory.CreateDirectory(baseline);
        File.Copy(project.ResultsPath, Path.Combine(baseline, "results.json"));
        File.Copy(Path.Combine(project.OutputPath, "test-scores.csv"), Path.Combine(baseline, "test-scores.csv"));
        string manifest = File.ReadAllText(project.ManifestPath);
        File.WriteAllText(project.ManifestPath, manifest.Replace(
            "\"gates\": { \"metrics\"", "\"gates\": { \"baseline\": { \"results\": \"baseline/results.json\", \"judging\": \"burdenOfProof\", \"auc\": { \"maxDrop\": 0.01 } }, \"metrics\"", StringComparison.Ordinal));
        CommandResult kept = packages.Build(folder);
        Assert.True(kept.ExitCode == 0, kept.Output);
        JsonObject gate = project.Gate("baseline.auc.maxDrop");
        Assert.Equal(("passed", "burdenOfProof"), (GovernedProject.Text(gate, "status"), GovernedProject.Text(gate, "judging")));
        Assert.Equal(0, GovernedProject.Number(gate, "judgedValue"));
        Assert.Equal((0.0, 0.0, "delong"), (GovernedProject.Number(gate, "interval.lower"), GovernedProject.Number(gate, "interval.upper"), GovernedProject.Text(gate, "interval.method")));
        Assert.Contains(((JsonArray)project.Results()["inputs"]!).Items.OfType<JsonObject>(),
            i => GovernedProject.Text(i, "role") == "baselineTestScores" && GovernedProject.Text(i, "file") == "baseline/test-scores.csv");
    }

    [Fact]
    public void An_mlnet_models_exported_scores_give_identical_figures_in_predictions_mode()
    {
        var trained = new GovernedProject(packages.CreateSampleProject(nameof(An_mlnet_models_exported_scores_give_identical_figures_in_predictions_mode)));
        Assert.Equal(0, packages.Build(trained.Folder).ExitCode);

        // The evaluation leaves each test row's label, score and prediction beside results.json: a header and one
        // line per test row. Deleted, it is evaluated again, to the same bytes.
        string testScores = Path.Combine(trained.OutputPath, "test-scores.csv");
        byte[] evidence = File.ReadAllBytes(testScores);
        string[] lines = File.ReadAllText(testScores).Split('\n');
        Assert.Equal("label,score,predicted", lines[0]);
        Assert.Equal(GovernedProject.Number(trained.Results(), "testRows") + 2, lines.Length);
        Assert.Equal("", lines[^1]);
        File.Delete(testScores);
        CommandResult again = packages.Build(trained.Folder);
        Assert.True(again.ExitCode == 0, again.Output);
        Assert.Equal(new[] { "train", "evaluate", "evaluate" }, trained.Runs);
        Assert.Equal(evidence, File.ReadAllBytes(testScores));

        string folder = CreatePredictionsProject(nameof(An_mlnet_models_exported_scores_give_identical_figures_in_predictions_mode), """
            {
              "model": { "name": "LoanApprovalScores", "task": "binary-classification", "source": "predictions", "threshold": 0.5 },
              "data": { "test": "predictions.csv", "label": "approved", "positive": "yes", "score": "score", "sensitive": ["group"] },
              "gates": { "metrics": { "auc": { "min": 0.75 } } }
            }
            """);
        File.Copy(Path.Combine(trained.OutputPath, "predictions.csv"), Path.Combine(folder, "predictions.csv"));
        var scored = new GovernedProject(folder);
        CommandResult build = packages.Build(folder);
        Assert.True(build.ExitCode == 0, build.Output);

        var expected = trained.Results();
        var actual = scored.Results();
        foreach (string metric in new[] { "auc", "accuracy", "f1", "precision", "recall", "logLoss" })
        {
            Assert.Equal(GovernedProject.Number(expected, "metrics." + metric), GovernedProject.Number(actual, "metrics." + metric));
        }

        foreach (string cell in new[] { "truePositives", "falsePositives", "trueNegatives", "falseNegatives" })
        {
            Assert.Equal(GovernedProject.Number(expected, "confusion." + cell), GovernedProject.Number(actual, "confusion." + cell));
        }

        // The scored file gives the same evidence, byte for byte.
        Assert.Equal(evidence, File.ReadAllBytes(Path.Combine(scored.OutputPath, "test-scores.csv")));
    }
}
