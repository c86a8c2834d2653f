using AiFactory.Core.Provenance;
using AiFactory.Core.Tests.IO;
using NJsonSchema;

namespace AiFactory.Core.Tests.Provenance;

/// <summary>provenance.json: the commit, the dirty flag and the time of a results.json, with that file's SHA-256.</summary>
public sealed class ProvenanceRecordTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFileAsync(RepositoryLayout.Schema("provenance.schema.json")).GetAwaiter().GetResult());

    private static IReadOnlyList<string> Errors(string json) => Schema.Value.Validate(json).Select(e => e.ToString()).ToArray();

    [Fact]
    public void In_a_git_repository_it_records_the_commit_and_whether_the_tree_is_dirty()
    {
        using var repository = new TempFolder();
        File.WriteAllText(repository.File(".gitignore"), "bin/\n");
        File.WriteAllText(repository.File("aifactory.json"), "{}\n");
        Command.Git(repository.Path, "init", "-q");
        Command.Git(repository.Path, "add", "-A");
        Command.Git(repository.Path, "commit", "-q", "-m", "first");
        string head = Command.Git(repository.Path, "rev-parse", "HEAD").Trim();
        string results = repository.File(Path.Combine("bin", "aifactory", "results.json"));
        Directory.CreateDirectory(Path.GetDirectoryName(results)!);
        File.WriteAllText(results, "{ \"schemaVersion\": 1 }\n");

        // The build's own outputs are ignored: the tree is clean.
        SourceControl clean = SourceControl.Describe(repository.Path);
        Assert.Equal((head, (bool?)false), (clean.Commit, clean.Dirty));

        ProvenanceRecord record = ProvenanceRecord.For(results, repository.Path, "1.2.3", new DateTime(2026, 12, 7, 9, 17, 45, 123, DateTimeKind.Utc));
        string path = repository.File(Path.Combine("bin", "aifactory", "provenance.json"));
        record.WriteTo(path);
        string json = File.ReadAllText(path);
        Assert.Empty(Errors(json));
        Assert.Equal($$"""
            {
              "schemaVersion": 1,
              "results": {
                "file": "results.json",
                "sha256": "{{Command.Sha256Sum(results)}}"
              },
              "time": "2026-12-07T09:17:45Z",
              "commit": "{{head}}",
              "dirty": false,
              "packageVersion": "1.2.3"
            }

            """.Replace("\r\n", "\n"), json);
        // Written through a temporary file that is gone once it is in place.
        Assert.Equal(new[] { "provenance.json", "results.json" }, Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName).Order());

        File.AppendAllText(repository.File("aifactory.json"), "\n");
        Assert.Equal(true, SourceControl.Describe(repository.Path).Dirty);
        File.WriteAllText(repository.File("aifactory.json"), "{}\n");
        File.WriteAllText(repository.File("notes.txt"), "untracked\n");
        Assert.Equal(true, SourceControl.Describe(repository.Path).Dirty);
    }

    [Fact]
    public void Outside_git_and_before_the_first_commit_commit_and_dirty_are_null()
    {
        using var folder = new TempFolder();
        Assert.Equal((null, (bool?)null), (SourceControl.Describe(folder.Path).Commit, SourceControl.Describe(folder.Path).Dirty));

        Command.Git(folder.Path, "init", "-q");
        SourceControl empty = SourceControl.Describe(folder.Path);
        Assert.Equal((null, (bool?)null), (empty.Commit, empty.Dirty));

        string results = folder.File("results.json");
        File.WriteAllText(results, "{}\n");
        string json = ProvenanceRecord.For(results, folder.Path, "1.0.0", DateTime.UtcNow).ToJson();
        Assert.Contains("\"commit\": null,\n  \"dirty\": null,", json);
        Assert.Empty(Errors(json));
    }

    [Fact]
    public void The_committed_example_describes_the_committed_results_example_and_is_valid()
    {
        string results = RepositoryLayout.Schema(Path.Combine("examples", "results.json"));
        string examplePath = RepositoryLayout.Schema(Path.Combine("examples", "provenance.json"));
        var record = new ProvenanceRecord
        {
            ResultsSha256 = Command.Sha256Sum(results),
            Time = new DateTime(2026, 12, 7, 9, 17, 45, DateTimeKind.Utc),
            PackageVersion = "0.1.0",
            SourceControl = new SourceControl("3f2a9c1d0b7e4a6f8c9d0e1f2a3b4c5d6e7f8a9b", false),
        };
        if (Environment.GetEnvironmentVariable("AIFACTORY_UPDATE_EXAMPLES") == "1")
        {
            record.WriteTo(examplePath);
        }

        string committed = File.ReadAllText(examplePath);
        Assert.True(record.ToJson() == committed, $"{examplePath} differs; run the tests with AIFACTORY_UPDATE_EXAMPLES=1 to update it.");
        Assert.Empty(Errors(committed));
        Assert.NotEmpty(Errors(committed.Replace("\"dirty\": false", "\"dirty\": \"no\"")));
        Assert.NotEmpty(Errors(committed.Replace("\"packageVersion\"", "\"extra\": 1,\n  \"packageVersion\"")));
    }
}
