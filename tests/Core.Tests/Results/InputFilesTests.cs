using AiFactory.Core.Fingerprints;
using AiFactory.Core.Results;
using AiFactory.Core.Tests.IO;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Policy;
using AiFactory.Manifest.Reading;

namespace AiFactory.Core.Tests.Results;

/// <summary>results.json's inputs: every file the results come from, with its SHA-256 and a path the same in every clone.</summary>
public sealed class InputFilesTests
{
    private const string ManifestText = """
        {
          "model": { "name": "LoanApproval" },
          "data": { "train": "../../shared/train.csv", "test": "data/test.csv", "label": "y", "positive": "1" },
          "gates": { "metrics": { "auc": { "min": 0.9 } }, "baseline": { "results": "baseline/results.json", "auc": { "maxDrop": 0.01 } } }
        }
        """;

    private static ModelManifest Read(TempFolder repository)
    {
        Directory.CreateDirectory(repository.File("shared"));
        Directory.CreateDirectory(repository.File(Path.Combine("team", "loan", "data")));
        Directory.CreateDirectory(repository.File(Path.Combine("team", "loan", "baseline")));
        File.WriteAllText(repository.File(Path.Combine("shared", "train.csv")), "x,y\n1,1\n2,0\n");
        File.WriteAllText(repository.File(Path.Combine("team", "loan", "data", "test.csv")), "x,y\n3,1\n4,0\n");
        File.WriteAllText(repository.File(Path.Combine("team", "loan", "baseline", "results.json")), "{ \"schemaVersion\": 1, \"metrics\": { \"auc\": 0.8 } }\n");
        File.WriteAllText(repository.File("aifactory.policy.json"), "{ \"policy\": { \"name\": \"Hub\" }, \"gates\": { \"metrics\": { \"auc\": { \"min\": 0.7 } } } }\n");
        File.WriteAllText(repository.File("aifactory.waivers.json"), "{ \"waivers\": [] }\n");
        File.WriteAllText(repository.File(Path.Combine("team", "aifactory.policy.json")), "{ \"policy\": { \"name\": \"Team\", \"owners\": [\"credit\"] }, \"gates\": { \"metrics\": { \"auc\": { \"min\": 0.8 } } } }\n");
        string manifest = repository.File(Path.Combine("team", "loan", "aifactory.json"));
        File.WriteAllText(manifest, ManifestText);
        ManifestReadResult read = GovernedManifest.ReadFile(manifest, new ManifestReadOptions { RepositoryRoot = repository.Path });
        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
        return read.Manifest!;
    }

    [Fact]
    public void Every_input_is_listed_in_order_with_the_sha256_that_sha256sum_computes()
    {
        using var repository = new TempFolder();
        ModelManifest manifest = Read(repository);

        IReadOnlyList<InputFile> inputs = InputFiles.Of(manifest, repository.Path, FileHashCache.InMemory());

        Assert.Equal(new[]
        {
            ("manifest", "aifactory.json"), ("trainData", "../../shared/train.csv"), ("testData", "data/test.csv"),
            ("baseline", "baseline/results.json"), ("policy", "../aifactory.policy.json"), ("policy", "../../aifactory.policy.json"),
            ("waivers", "../../aifactory.waivers.json"),
        }, inputs.Select(i => (i.Role, i.File)));
        string[] files =
        {
            "team/loan/aifactory.json", "shared/train.csv", "team/loan/data/test.csv", "team/loan/baseline/results.json",
            "team/aifactory.policy.json", "aifactory.policy.json", "aifactory.waivers.json",
        };
        Assert.Equal(files.Select(f => Command.Sha256Sum(repository.File(f))), inputs.Select(i => i.Sha256));
    }

    [Fact]
    public void The_baselines_test_scores_are_listed_after_it_with_their_sha256_when_beside_it()
    {
        using var repository = new TempFolder();
        ModelManifest manifest = Read(repository);
        string rows = repository.File(Path.Combine("team", "loan", "baseline", "test-scores.csv"));
        File.WriteAllText(rows, "label,score,predicted\n1,0.9,1\n0,0.2,0\n");

        IReadOnlyList<InputFile> inputs = InputFiles.Of(manifest, repository.Path, FileHashCache.InMemory());

        InputFile listed = inputs[4];
        Assert.Equal(("baseline", "baseline/results.json"), (inputs[3].Role, inputs[3].File));
        Assert.Equal(("baselineTestScores", "baseline/test-scores.csv", Command.Sha256Sum(rows)), (listed.Role, listed.File, listed.Sha256));
        Assert.Equal(8, inputs.Count);
    }

    [Fact]
    public void Results_list_the_inputs_and_every_policy_applied_nearest_first()
    {
        using var repository = new TempFolder();
        ModelManifest manifest = Read(repository);
        var settings = new RunSettings { PackageVersion = "1.0.0", RepositoryRoot = repository.Path, Inputs = InputFiles.Of(manifest, repository.Path, FileHashCache.InMemory()) };
        var evaluation = new AiFactory.Core.Evaluation.EvaluationRecord
        {
            EvaluationFingerprint = "e", Source = "mlnet", TestDataPath = manifest.Data.TestPath, TrainDataPath = manifest.Data.TrainPath, TestRows = 4,
            Metrics = AiFactory.Core.Metrics.BinaryMetricsCalculator.FromScores(new[] { true, true, false, false }, new[] { 0.9, 0.2, 0.8, 0.1 }, 0.5),
        };

        string json = ResultsWriter.ToJson(manifest, evaluation, AiFactory.Core.Gates.GateEvaluator.Evaluate(manifest, evaluation), settings);

        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var policy = doc.RootElement.GetProperty("policy");
        Assert.Equal("../aifactory.policy.json", policy.GetProperty("file").GetString());
        Assert.Equal(new (string?, string?, string?)[] { ("../aifactory.policy.json", "Team", null), ("../../aifactory.policy.json", "Hub", "../../aifactory.waivers.json") },
            policy.GetProperty("applied").EnumerateArray().Select(p => (p.GetProperty("file").GetString(), p.GetProperty("name").GetString(), p.GetProperty("waiversFile").GetString())));
        var inputs = doc.RootElement.GetProperty("inputs").EnumerateArray().ToArray();
        Assert.Equal(7, inputs.Length);
        Assert.Equal(Command.Sha256Sum(repository.File("aifactory.policy.json")), inputs[5].GetProperty("sha256").GetString());
        Assert.DoesNotContain(repository.Path, json);
        Assert.Equal("../../shared/train.csv", doc.RootElement.GetProperty("data").GetProperty("train").GetProperty("path").GetString());
        Assert.Empty(SchemaValidation.Errors(json));
    }

    [Theory]
    [InlineData("team/loan", "team/loan/data/a.csv", "data/a.csv")]
    [InlineData("team/loan", "shared/a.csv", "../../shared/a.csv")]
    [InlineData("team/loan", "team/other/a.csv", "../other/a.csv")]
    [InlineData("team/loan", "aifactory.policy.json", "../../aifactory.policy.json")]
    public void Paths_inside_the_repository_count_from_the_manifests_folder(string manifestFolder, string file, string expected)
    {
        using var repository = new TempFolder();
        Assert.Equal(expected, ReportPath.InRepository(repository.File(manifestFolder), repository.Path, repository.File(file)));
    }

    [Fact]
    public void A_file_outside_the_repository_keeps_its_absolute_path()
    {
        using var repository = new TempFolder();
        using var elsewhere = new TempFolder();
        string file = elsewhere.File("a.csv");
        Assert.Equal(file.Replace('\\', '/'), ReportPath.InRepository(repository.File("loan"), repository.Path, file));
    }
}
