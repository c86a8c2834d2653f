using System.Text.Json;
using AiFactory.Core.Tests.IO;

namespace AiFactory.Core.Tests.Results;

public class ResultsSchemaTests
{
    private const string UpdateVariable = "AIFACTORY_UPDATE_EXAMPLES";

    [Fact]
    public void The_realistic_case_is_valid_against_the_schema()
    {
        using var temp = new TempFolder();

        Assert.Empty(SchemaValidation.Errors(ResultsExample.ResultsJson(temp.Path)));
    }

    [Fact]
    public void The_schema_rejects_unknown_keys_and_wrong_statuses()
    {
        using var temp = new TempFolder();
        string json = ResultsExample.ResultsJson(temp.Path);

        Assert.NotEmpty(SchemaValidation.Errors(json.Replace("\"passed\": false", "\"passed\": false,\n  \"extra\": 1")));
        Assert.NotEmpty(SchemaValidation.Errors(json.Replace("\"status\": \"failed\"", "\"status\": \"broken\"")));
        Assert.NotEmpty(SchemaValidation.Errors(json.Replace("\"testRows\": 32561,\n", "")));
    }

    [Fact]
    public void The_committed_example_is_what_the_writer_produces_and_is_valid()
    {
        string examplePath = RepositoryLayout.Schema(Path.Combine("examples", "results.json"));
        using var temp = new TempFolder();
        string generated = ResultsExample.ResultsJson(temp.Path);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(examplePath, generated);
        }

        Assert.True(File.Exists(examplePath), $"{examplePath} is missing; run the tests with {UpdateVariable}=1 to write it.");
        string committed = File.ReadAllText(examplePath);
        Assert.True(generated == committed, $"{examplePath} differs from the writer's output; run the tests with {UpdateVariable}=1 to update it.");
        Assert.Empty(SchemaValidation.Errors(committed));
    }

    [Fact]
    public void Every_field_of_the_schema_has_a_description_and_objects_forbid_unknown_keys()
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(RepositoryLayout.Schema("results.schema.json")));
        var problems = new List<string>();
        Check(doc.RootElement, "#", problems);

        Assert.Empty(problems);
        Assert.Equal("http://json-schema.org/draft-07/schema#", doc.RootElement.GetProperty("$schema").GetString());
    }

    private static void Check(JsonElement schema, string path, List<string> problems)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (schema.TryGetProperty("type", out JsonElement type) && IsObjectType(type) &&
            !(schema.TryGetProperty("additionalProperties", out JsonElement extra) && extra.ValueKind == JsonValueKind.False))
        {
            problems.Add($"{path}: an object without additionalProperties false");
        }

        foreach (string container in new[] { "properties", "definitions" })
        {
            if (schema.TryGetProperty(container, out JsonElement children))
            {
                foreach (JsonProperty child in children.EnumerateObject())
                {
                    if (!child.Value.TryGetProperty("description", out JsonElement d) || d.GetString()!.Length == 0)
                    {
                        problems.Add($"{path}/{container}/{child.Name}: no description");
                    }

                    Check(child.Value, $"{path}/{container}/{child.Name}", problems);
                }
            }
        }

        foreach (string combinator in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema.TryGetProperty(combinator, out JsonElement options))
            {
                int i = 0;
                foreach (JsonElement option in options.EnumerateArray())
                {
                    Check(option, $"{path}/{combinator}/{i++}", problems);
                }
            }
        }

        if (schema.TryGetProperty("items", out JsonElement items))
        {
            Check(items, path + "/items", problems);
        }
    }

    private static bool IsObjectType(JsonElement type) =>
        type.ValueKind == JsonValueKind.String ? type.GetString() == "object" : type.EnumerateArray().Any(t => t.GetString() == "object");
}
