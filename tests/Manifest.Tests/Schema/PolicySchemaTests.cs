using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;
using AiFactory.Manifest.Tests.TestSupport;
using NJsonSchema;
using NJsonSchema.Validation;
using Newtonsoft.Json.Linq;

namespace AiFactory.Manifest.Tests.Schema;

/// <summary>
/// schema/aifactory.policy.schema.json and schema/aifactory.waivers.schema.json agree with PolicyReader, and the policy's
/// gates are the manifest schema's gates less what a policy may not set, so the two schemas cannot drift apart.
/// </summary>
public class PolicySchemaTests
{
    private const string PolicySchema = "aifactory.policy.schema.json";
    private const string WaiversSchema = "aifactory.waivers.schema.json";
    private const string PolicyExample = "contoso.aifactory.policy.json";
    private const string WaiversExample = "aifactory.waivers.json";

    /// <summary>What docs/policy.md says a policy's gates lack, as paths under the manifest schema's <c>gates</c>.</summary>
    private static readonly string[][] RemovedFromPolicyGates =
    {
        new[] { "properties", "baseline" },
        new[] { "properties", "data", "properties", "maxMissingRate", "oneOf", "1", "properties", "columns" },
        new[] { "properties", "fairness", "properties", "seed" },
        new[] { "properties", "metrics", "properties", "seed" },
        new[] { "properties", "data", "properties", "seed" },
        new[] { "properties", "fairness", "properties", "disparateImpact", "properties", "referenceGroup" },
        new[] { "properties", "fairness", "properties", "disparateImpact", "required" },
    };

    /// <summary>Sub-schemas whose description speaks of a removed key in the manifest, and so is worded for a policy.</summary>
    private static readonly string[][] RewordedForPolicy =
    {
        Array.Empty<string>(),
        new[] { "properties", "data", "properties", "maxMissingRate" },
        new[] { "properties", "data", "properties", "maxMissingRate", "oneOf", "1", "properties", "eachColumn" },
        new[] { "properties", "fairness", "properties", "disparateImpact" },
        new[] { "properties", "metrics" },
    };

    public static TheoryData<string> Schemas => new() { PolicySchema, WaiversSchema };

    private static string SchemaText(string name) => File.ReadAllText(RepositoryFiles.PathOf("schema/" + name));

    private static string ExampleText(string name) => File.ReadAllText(RepositoryFiles.PathOf("schema/examples/" + name));

    private static JsonObject SchemaNode(string name) => JsonNode.Parse(SchemaText(name))!.AsObject();

    /// <summary>Validates JSONC text: comments are skipped when the token is loaded, as SchemaTests does.</summary>
    private static async Task<ICollection<ValidationError>> Validate(string schemaName, string text)
    {
        JsonSchema schema = await JsonSchema.FromJsonAsync(SchemaText(schemaName));
        return schema.Validate(JToken.Parse(text, new JsonLoadSettings { CommentHandling = CommentHandling.Ignore }));
    }

    /// <summary>Reads a policy and a waivers file from disk the way the build does: side by side in one folder.</summary>
    private static PolicyReadResult ReadFromFolder(string policy, string waivers)
    {
        using var folder = new TempFolder();
        string policyPath = folder.File(PolicyKeys.PolicyFileName, policy);
        folder.File(PolicyKeys.WaiversFileName, waivers);
        return PolicyReader.ReadFile(policyPath);
    }

    [Theory]
    [InlineData(PolicySchema, PolicyExample)]
    [InlineData(WaiversSchema, WaiversExample)]
    public async Task Example_IsValidAgainstItsSchema_CommentsAndTrailingCommasIncluded(string schema, string example)
    {
        string text = ExampleText(example);
        Assert.Contains("//", text);
        Assert.Matches(",\\s*[}\\]]", text);

        ICollection<ValidationError> errors = await Validate(schema, text);

        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
    }

    [Fact]
    public void PolicyExample_IsReadWithoutDiagnostics_WithEverySection()
    {
        PolicyReadResult read = PolicyReader.Read(RepositoryFiles.PathOf("schema/examples/" + PolicyExample), ExampleText(PolicyExample));

        Assert.Empty(read.Diagnostics.Select(d => d.ToString()));
        GovernancePolicy policy = read.Policy!;
        Assert.Equal("Contoso model risk policy", policy.Name);
        Assert.Equal(new[] { "metrics.auc", "business.maxCostPer1000", "fairness.demographicParityRatio" }, policy.Required.Select(r => r.Path));
        Assert.Equal((BuildPermission.Allowed, BuildPermission.LocalOnly, BuildPermission.Never), (policy.DemoteGates, policy.SkipTraining, policy.OptOut));
        Assert.Equal(new[] { "auc", "logLoss" }, policy.Gates.Metrics.Select(g => g.Metric));
        Assert.NotNull(policy.Gates.MaxCostPer1000);
        Assert.NotNull(policy.Gates.Data);
        Assert.Contains(policy.Gates.Fairness!.Disparities, g => g.Metric == FairnessMetricNames.DisparateImpact);
    }

    [Fact]
    public void WaiversExample_IsReadWithoutDiagnostics_BesideThePolicyExample()
    {
        PolicyReadResult read = ReadFromFolder(ExampleText(PolicyExample), ExampleText(WaiversExample));

        Assert.Empty(read.Diagnostics.Select(d => d.ToString()));
        IReadOnlyList<Waiver> waivers = read.Policy!.Waivers;
        Assert.Equal(new[] { ("LoanApproval", "metrics.auc", "2027-03-31"), ("Recidivism", "fairness.minGroupSize", "2027-01-15") },
            waivers.Select(w => (w.Model, w.Gate, w.ExpiresText)));
        Assert.All(waivers, w => Assert.False(string.IsNullOrWhiteSpace(w.Who) || string.IsNullOrWhiteSpace(w.Why)));
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void EveryPropertyOfTheSchema_HasADescription_AndEveryObjectForbidsUnknownKeys(string name)
    {
        JsonObject schema = SchemaNode(name);
        var problems = new List<string>();
        foreach ((string path, JsonObject node) in SubSchemas(schema, "#"))
        {
            bool isObject = node["properties"] != null || node["type"]?.GetValue<string>() == "object";
            if (isObject && node["additionalProperties"]?.GetValueKind() != JsonValueKind.False)
            {
                problems.Add(path + ": additionalProperties is not false");
            }

            foreach ((string key, JsonNode? property) in node["properties"]?.AsObject() ?? new JsonObject())
            {
                if ((property?["description"]?.GetValue<string>() ?? "").Length < 10)
                {
                    problems.Add($"{path}/properties/{key}: no description");
                }
            }
        }

        Assert.Empty(problems);
        Assert.Equal("http://json-schema.org/draft-07/schema#", schema["$schema"]!.GetValue<string>());
        Assert.Equal("https://github.com/aifactory-build/aifactory-build/blob/main/schema/" + name, schema["$id"]!.GetValue<string>());
    }

    [Fact]
    public void PolicyGates_AreTheManifestsGates_LessWhatAPolicyCannotSet()
    {
        JsonObject expected = SchemaNode("aifactory.schema.json")["properties"]!["gates"]!.DeepClone().AsObject();
        JsonObject actual = SchemaNode(PolicySchema)["properties"]!["gates"]!.DeepClone().AsObject();
        foreach (string[] removed in RemovedFromPolicyGates)
        {
            JsonObject parent = At(expected, removed[..^1]).AsObject();
            Assert.True(parent.Remove(removed[^1]), "the manifest schema has no " + string.Join("/", removed) + " to remove");
        }

        foreach (string[] reworded in RewordedForPolicy)
        {
            JsonObject fromManifest = At(expected, reworded).AsObject();
            JsonObject forPolicy = At(actual, reworded).AsObject();
            // A rewording that no longer differs is stale: drop it from the list so the wording is compared again.
            Assert.NotEqual(fromManifest["description"]!.GetValue<string>(), forPolicy["description"]!.GetValue<string>());
            fromManifest.Remove("description");
            forPolicy.Remove("description");
        }

        Assert.Equal(expected.ToJsonString(), actual.ToJsonString());
    }

    [Fact]
    public void PolicyDefinitions_AreTheManifestsDefinitions_ThePolicyUses()
    {
        JsonObject manifest = SchemaNode("aifactory.schema.json")["definitions"]!.AsObject();
        JsonObject policy = SchemaNode(PolicySchema);
        JsonObject definitions = policy["definitions"]!.AsObject();

        // Exactly the definitions the policy refers to: none missing, none carried over unused.
        Assert.Equal(References(policy).Order(StringComparer.Ordinal), definitions.Select(d => d.Key).Order(StringComparer.Ordinal));

        foreach ((string name, JsonNode? definition) in definitions.Where(d => manifest.ContainsKey(d.Key)))
        {
            Assert.True(JsonNode.DeepEquals(manifest[name], definition), $"definitions/{name} differs from the manifest schema's");
        }

        // Only the build permission is the policy's own; every gate's definition comes from the manifest schema.
        Assert.Equal(new[] { "buildPermission" }, definitions.Select(d => d.Key).Where(name => !manifest.ContainsKey(name)));
        Assert.Equal(PolicyKeys.Permissions, Strings(definitions["buildPermission"]!["enum"]!));
    }

    [Fact]
    public void SchemaKeys_AreExactlyPolicyKeys_LevelByLevel()
    {
        JsonObject policy = SchemaNode(PolicySchema);
        JsonObject waivers = SchemaNode(WaiversSchema);
        JsonObject waiver = waivers["definitions"]!["waiver"]!.AsObject();

        AssertSameKeys(PolicyKeys.Root, policy);
        AssertSameKeys(PolicyKeys.About, policy["properties"]!["policy"]!);
        AssertSameKeys(PolicyKeys.Gates, policy["properties"]!["gates"]!);
        AssertSameKeys(PolicyKeys.Build, policy["properties"]!["build"]!);
        AssertSameKeys(PolicyKeys.WaiversRoot, waivers);
        AssertSameKeys(PolicyKeys.Waiver, waiver);
        Assert.Equal(PolicyKeys.Waiver, Strings(waiver["required"]!)); // the reader requires every key of a waiver
    }

    [Fact]
    public void RequiredEnum_IsPolicyKeysRequirablePaths()
    {
        JsonNode required = SchemaNode(PolicySchema)["properties"]!["required"]!;

        Assert.Equal(PolicyKeys.RequirablePaths, Strings(required["items"]!["enum"]!));
    }

    [Fact]
    public void WaiverGatePattern_AcceptsTheWaivableSections_AndNothingElse()
    {
        var pattern = new Regex(SchemaNode(WaiversSchema)["definitions"]!["waiver"]!["properties"]!["gate"]!["pattern"]!.GetValue<string>());

        Assert.All(PolicyKeys.WaivableSections, section => Assert.Matches(pattern, section + ".x"));
        Assert.All(PolicyKeys.RequirablePaths, path => Assert.Matches(pattern, path));
        Assert.DoesNotMatch(pattern, "model.threshold");
        Assert.DoesNotMatch(pattern, "baseline.auc");
        Assert.DoesNotMatch(pattern, "metricsx.auc");
    }

    [Theory]
    [InlineData(PolicyExample, "\"skipTraining\": \"localOnly\",", "\"skipTraining\": \"sometimes\",", ValidationErrorKind.NotInEnumeration, DiagnosticIds.InvalidValue)]
    [InlineData(PolicyExample, "\"demoteGates\": \"allowed\",", "\"demoteGates\": \"allowed\", \"skipTrainig\": \"never\",", ValidationErrorKind.NoAdditionalPropertiesAllowed, DiagnosticIds.UnknownKey)]
    [InlineData(PolicyExample, "\"policy\": { \"name\"", "\"policy\": { \"owner\": \"x\", \"name\"", ValidationErrorKind.NoAdditionalPropertiesAllowed, DiagnosticIds.UnknownKey)]
    [InlineData(PolicyExample, "\"business.maxCostPer1000\",", "\"business.maxCost\",", ValidationErrorKind.NotInEnumeration, DiagnosticIds.InvalidValue)]
    [InlineData(PolicyExample, "\"minGroupSize\": 30,", "\"minGroupSize\": 30, \"seed\": 7,", ValidationErrorKind.NoAdditionalPropertiesAllowed, DiagnosticIds.UnknownKey)]
    [InlineData(PolicyExample, "\"disparateImpact\": { \"min\": 0.80 }", "\"disparateImpact\": { \"min\": 0.80, \"referenceGroup\": \"Male\" }", ValidationErrorKind.NoAdditionalPropertiesAllowed, DiagnosticIds.UnknownKey)]
    [InlineData(PolicyExample, "\"eachColumn\": 0.30 }", "\"eachColumn\": 0.30, \"columns\": { \"Income\": 0.2 } }", ValidationErrorKind.NotOneOf, DiagnosticIds.UnknownKey)]
    [InlineData(PolicyExample, "\"business\": {", "\"baseline\": { \"results\": \"b.json\" }, \"business\": {", ValidationErrorKind.NoAdditionalPropertiesAllowed, DiagnosticIds.UnknownKey)]
    [InlineData(WaiversExample, "\"expires\": \"2027-03-31\",", "\"expires\": \"31/03/2027\",", ValidationErrorKind.PatternMismatch, DiagnosticIds.InvalidWaiver)]
    [InlineData(WaiversExample, "\"expires\": \"2027-03-31\",", "\"expires\": \"2027-13-01\",", ValidationErrorKind.PatternMismatch, DiagnosticIds.InvalidWaiver)]
    [InlineData(WaiversExample, "\"gate\": \"metrics.auc\",", "\"gate\": \"model.threshold\",", ValidationErrorKind.PatternMismatch, DiagnosticIds.InvalidWaiver)]
    [InlineData(WaiversExample, "\"who\": \"jane.doe@contoso.com\",", "\"who\": \"  \",", ValidationErrorKind.PatternMismatch, DiagnosticIds.InvalidWaiver)]
    [InlineData(WaiversExample, "\"who\": \"jane.doe@contoso.com\",", "", ValidationErrorKind.PropertyRequired, DiagnosticIds.InvalidWaiver)]
    [InlineData(WaiversExample, "\"who\": \"jane.doe@contoso.com\",", "\"who\": \"jane.doe@contoso.com\", \"approved\": true,", ValidationErrorKind.NoAdditionalPropertiesAllowed, DiagnosticIds.UnknownKey)]
    public async Task Schema_RejectsWhatTheReaderRejects(string example, string original, string replacement, ValidationErrorKind kind, string code)
    {
        string text = ExampleText(example);
        Assert.Contains(original, text);
        text = text.Replace(original, replacement);

        ICollection<ValidationError> errors = await Validate(example == PolicyExample ? PolicySchema : WaiversSchema, text);
        Assert.Contains(kind, Flatten(errors).Select(e => e.Kind));

        // Read from disk as the build does, the other file being its valid example.
        PolicyReadResult read = example == PolicyExample
            ? ReadFromFolder(text, ExampleText(WaiversExample))
            : ReadFromFolder(ExampleText(PolicyExample), text);
        Assert.Equal(code, Assert.Single(read.Diagnostics).Code);
    }

    /// <summary>Every sub-schema with its JSON pointer, the root included.</summary>
    private static IEnumerable<(string Path, JsonObject Schema)> SubSchemas(JsonNode? node, string path)
    {
        if (node is not JsonObject schema)
        {
            yield break;
        }

        yield return (path, schema);
        foreach ((string key, JsonNode? child) in schema)
        {
            // properties and definitions map names to schemas; allOf, oneOf and friends list schemas; enum and required
            // list strings, which hold no schema.
            IEnumerable<(string, JsonNode?)> nested = key is "properties" or "definitions"
                ? child!.AsObject().Select(entry => ($"{path}/{key}/{entry.Key}", entry.Value))
                : child is JsonArray list ? list.Select((item, i) => ($"{path}/{key}/{i}", item)) : new[] { ($"{path}/{key}", child) };
            foreach ((string childPath, JsonNode? value) in nested)
            {
                foreach ((string Path, JsonObject Schema) found in SubSchemas(value, childPath))
                {
                    yield return found;
                }
            }
        }
    }

    /// <summary>The names of the definitions a schema refers to (#/definitions/name).</summary>
    private static IEnumerable<string> References(JsonObject schema) =>
        SubSchemas(schema, "#")
            .Select(s => s.Schema["$ref"]?.GetValue<string>())
            .OfType<string>()
            .Select(reference => reference.Substring(reference.LastIndexOf('/') + 1))
            .Distinct();

    private static JsonNode At(JsonNode node, IEnumerable<string> path) =>
        path.Aggregate(node, (current, key) => (current is JsonArray array ? array[int.Parse(key)] : current[key]) ?? throw new KeyNotFoundException(key));

    /// <summary>NJsonSchema reports the errors inside a failed oneOf branch as children of one NotOneOf error.</summary>
    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => new[] { e }.Concat(e is ChildSchemaValidationError child ? Flatten(child.Errors.SelectMany(c => c.Value)) : Enumerable.Empty<ValidationError>()));

    private static void AssertSameKeys(IEnumerable<string> expected, JsonNode schema) =>
        Assert.Equal(expected.OrderBy(k => k, StringComparer.Ordinal), schema["properties"]!.AsObject().Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal));

    private static string[] Strings(JsonNode array) => array.AsArray().Select(item => item!.GetValue<string>()).ToArray();
}
