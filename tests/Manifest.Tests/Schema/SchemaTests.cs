using System.Text.Json;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;
using AiFactory.Manifest.Tests.TestSupport;
using NJsonSchema;
using NJsonSchema.Validation;
using Newtonsoft.Json.Linq;

namespace AiFactory.Manifest.Tests.Schema;

/// <summary>
/// schema/aifactory.schema.json and its examples agree with the reader. NJsonSchema evaluates draft-07's
/// properties, types, enums, ranges and additionalProperties; it ignores if/then/else, so the rules that depend on
/// model.source are checked by the reader tests only.
/// </summary>
public class SchemaTests
{
    public static TheoryData<string> Examples => new()
    {
        "loan-approval.aifactory.json",
        "recidivism-predictions.aifactory.json",
        "label-only-predictions.aifactory.json",
    };

    private static string ExamplePath(string name) => RepositoryFiles.PathOf("schema/examples/" + name);

    private static string SchemaPath => RepositoryFiles.PathOf("schema/aifactory.schema.json");

    private static Task<JsonSchema> LoadSchema() => JsonSchema.FromJsonAsync(File.ReadAllText(SchemaPath));

    /// <summary>
    /// Validates manifest text. NJsonSchema's Validate(string) parses with Newtonsoft's defaults, which read a leading
    /// comment as the document itself ("ObjectExpected" at #/); loading the token with comments ignored reads JSONC.
    /// </summary>
    private static async Task<ICollection<ValidationError>> Validate(string text)
    {
        JsonSchema schema = await LoadSchema();
        JToken token = JToken.Parse(text, new JsonLoadSettings { CommentHandling = CommentHandling.Ignore });
        return schema.Validate(token);
    }

    private static ModelManifest ReadExample(string name)
    {
        // FileExists stays null: the examples' data files are illustrative, as in an analyzer.
        ManifestReadResult result = ManifestReader.Read(ExamplePath(name), File.ReadAllText(ExamplePath(name)), new ManifestReadOptions());
        Assert.Empty(result.Diagnostics);
        return result.Manifest!;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_IsReadWithoutDiagnostics(string name)
    {
        Assert.NotNull(ReadExample(name));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_IsValidAgainstTheSchema_CommentsAndTrailingCommasIncluded(string name)
    {
        string text = File.ReadAllText(ExamplePath(name));
        Assert.Contains("//", text); // the examples use comments, so this also shows NJsonSchema accepts them
        Assert.Matches(",\\s*}", text); // and trailing commas

        ICollection<ValidationError> errors = await Validate(text);

        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
    }

    [Fact]
    public void Examples_CoverTheThreeModes()
    {
        ModelManifest loan = ReadExample("loan-approval.aifactory.json");
        Assert.Equal(ModelSource.MLNet, loan.Model.Source);
        Assert.NotNull(loan.Business!.Costs);
        Assert.NotEmpty(loan.Gates.Metrics);
        Assert.NotNull(loan.Gates.Baseline);
        Assert.NotNull(loan.Gates.MaxCostPer1000);

        ModelManifest recidivism = ReadExample("recidivism-predictions.aifactory.json");
        Assert.Equal(ModelSource.Predictions, recidivism.Model.Source);
        Assert.Equal("score", recidivism.Data.Score);
        Assert.Null(recidivism.Data.TrainPath);

        ModelManifest labelOnly = ReadExample("label-only-predictions.aifactory.json");
        Assert.Equal(ModelSource.Predictions, labelOnly.Model.Source);
        Assert.NotNull(labelOnly.Data.Prediction);
        Assert.DoesNotContain(labelOnly.Gates.Metrics, g => MetricNames.NeedsScores(g.Metric));
    }

    [Fact]
    public async Task UnknownKey_FailsSchemaValidation_AsItFailsTheReader()
    {
        string text = File.ReadAllText(ExamplePath("loan-approval.aifactory.json"))
            .Replace("\"threshold\": 0.5,", "\"treshold\": 0.5,");
        Assert.Contains("treshold", text);

        ICollection<ValidationError> errors = await Validate(text);
        ValidationError error = Assert.Single(errors);
        Assert.Equal(ValidationErrorKind.NoAdditionalPropertiesAllowed, error.Kind);
        Assert.Equal("treshold", error.Property);

        ManifestReadResult result = ManifestReader.Read(ExamplePath("loan-approval.aifactory.json"), text, new ManifestReadOptions());
        Assert.Equal("AIF2002", Assert.Single(result.Diagnostics).Code);
    }

    [Theory]
    [InlineData("\"threshold\": 0.5,", "\"threshold\": 1.5,", ValidationErrorKind.NumberTooBig)]
    [InlineData("\"seed\": 42,", "\"seed\": 4.5,", ValidationErrorKind.IntegerExpected)]
    [InlineData("\"source\": \"mlnet\",", "\"source\": \"onnx\",", ValidationErrorKind.NotInEnumeration)]
    [InlineData("\"auc\": { \"min\": 0.80 },", "\"auc\": { \"min\": 1.80 },", ValidationErrorKind.NumberTooBig)]
    [InlineData("\"auc\": { \"min\": 0.80 },", "\"acuracy\": { \"min\": 0.80 },", ValidationErrorKind.NoAdditionalPropertiesAllowed)]
    [InlineData("\"Region\": \"category\"", "\"Region\": \"text\"", ValidationErrorKind.AdditionalPropertiesNotValid)] // wraps NotInEnumeration
    [InlineData("\"sensitive\": [\"Sex\"],", "\"sensitive\": [\"Sex\", \"Sex\"],", ValidationErrorKind.ItemsNotUnique)]
    public async Task Schema_RejectsWhatTheReaderRejects(string original, string replacement, ValidationErrorKind kind)
    {
        string text = File.ReadAllText(ExamplePath("loan-approval.aifactory.json"));
        Assert.Contains(original, text);
        text = text.Replace(original, replacement);

        ICollection<ValidationError> errors = await Validate(text);
        Assert.Contains(kind, errors.Select(e => e.Kind));
        Assert.True(ManifestReader.Read(ExamplePath("loan-approval.aifactory.json"), text, new ManifestReadOptions()).HasErrors);
    }

    [Fact]
    public void SchemaKeys_AreExactlyTheReadersKeys_LevelByLevel()
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        JsonElement root = doc.RootElement;
        JsonElement model = Properties(root)["model"];
        JsonElement business = Properties(root)["business"];
        JsonElement data = Properties(root)["data"];
        JsonElement gates = Properties(root)["gates"];

        AssertSameKeys(ManifestKeys.Root, root);
        AssertSameKeys(ManifestKeys.Model, model);
        AssertSameKeys(ManifestKeys.Card, Properties(model)["card"]);
        AssertSameKeys(ManifestKeys.CardRisk, Properties(Properties(model)["card"])["risks"].GetProperty("items"));
        AssertSameKeys(ManifestKeys.Business, business);
        AssertSameKeys(ManifestKeys.Costs, Properties(business)["costs"]);
        AssertSameKeys(ManifestKeys.Data, data);
        // Gates not released yet are absent from the schema, so editors flag them as the reader does.
        AssertSameKeys(ManifestKeys.Gates.Except(ManifestKeys.GatesNotSupportedYet), gates);
        AssertSameKeys(MetricNames.All.Concat(ManifestKeys.MetricSettings), Properties(gates)["metrics"]);
        AssertSameKeys(new[] { ManifestKeys.BaselineResults }.Concat(ManifestKeys.BaselineSettings).Concat(MetricNames.All), Properties(gates)["baseline"]);
        AssertSameKeys(ManifestKeys.BusinessGates.Concat(ManifestKeys.BusinessSettings), Properties(gates)["business"]);
        JsonElement definitions = root.GetProperty("definitions");
        foreach (string bounds in new[] { "rateBounds", "lossBounds" })
        {
            AssertSameKeys(ManifestKeys.MetricBounds, definitions.GetProperty(bounds));
        }

        foreach (string comparison in new[] { "rateComparison", "lossComparison" })
        {
            AssertSameKeys(ManifestKeys.BaselineBounds, definitions.GetProperty(comparison));
        }
    }

    [Fact]
    public void SchemaEnums_AreTheReadersValues()
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        Dictionary<string, JsonElement> model = Properties(Properties(doc.RootElement)["model"]);
        JsonElement columns = Properties(Properties(doc.RootElement)["data"])["columns"];

        Assert.Equal(ManifestValues.Tasks, Strings(model["task"].GetProperty("enum")));
        Assert.Equal(ManifestValues.Sources, Strings(model["source"].GetProperty("enum")));
        Assert.Equal(RiskTiers.Names, Strings(model["riskTier"].GetProperty("enum")));
        Assert.Equal(ManifestValues.ColumnTypes, Strings(columns.GetProperty("additionalProperties").GetProperty("enum")));
    }

    [Fact]
    public void EveryKeyOfTheSchema_HasADescription_AndEveryObjectIsClosed()
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        var problems = new List<string>();
        Walk(doc.RootElement, "#", problems);
        Assert.Empty(problems);
        Assert.Equal("http://json-schema.org/draft-07/schema#", doc.RootElement.GetProperty("$schema").GetString());
    }

    private static readonly HashSet<string> ConstraintKeywords = new() { "if", "then", "else", "not", "oneOf", "anyOf" };

    private static void Walk(JsonElement schema, string path, List<string> problems)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (schema.TryGetProperty("properties", out JsonElement properties))
        {
            if (!schema.TryGetProperty("additionalProperties", out JsonElement additional) || additional.ValueKind == JsonValueKind.True)
            {
                problems.Add(path + ": additionalProperties is not false");
            }

            foreach (JsonProperty property in properties.EnumerateObject())
            {
                if (!property.Value.TryGetProperty("description", out JsonElement description) || description.GetString()!.Length < 10)
                {
                    problems.Add($"{path}/properties/{property.Name}: no description");
                }
            }
        }

        foreach (JsonProperty child in schema.EnumerateObject())
        {
            if (ConstraintKeywords.Contains(child.Name))
            {
                continue; // if/then/else and friends constrain keys declared elsewhere; they declare none themselves
            }

            if (child.Value.ValueKind == JsonValueKind.Object)
            {
                Walk(child.Value, path + "/" + child.Name, problems);
            }
            else if (child.Value.ValueKind == JsonValueKind.Array)
            {
                int i = 0;
                foreach (JsonElement item in child.Value.EnumerateArray())
                {
                    Walk(item, $"{path}/{child.Name}/{i++}", problems);
                }
            }
        }
    }

    private static Dictionary<string, JsonElement> Properties(JsonElement schema) =>
        schema.GetProperty("properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value);

    private static void AssertSameKeys(IEnumerable<string> expected, JsonElement schema) =>
        Assert.Equal(expected.OrderBy(k => k, StringComparer.Ordinal), Properties(schema).Keys.OrderBy(k => k, StringComparer.Ordinal));

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();
}
