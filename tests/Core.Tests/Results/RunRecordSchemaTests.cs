using System.Reflection;
using System.Text.Json;
using AiFactory.Core.Fairness;
using AiFactory.Core.Gates;
using AiFactory.Core.Results;
using AiFactory.Core.Results.Record;
using AiFactory.Core.Tests.IO;
using JsonReader = AiFactory.Manifest.Json.JsonReader;

namespace AiFactory.Core.Tests.Results;

/// <summary>
/// The run record is the one shape of results.json: what it writes reads back to the same bytes, and it and
/// schema/results.schema.json describe the same keys, so neither can change without the other.
/// </summary>
public class RunRecordSchemaTests
{
    [Fact]
    public void The_realistic_case_round_trips_write_read_write_to_the_same_bytes()
    {
        using var temp = new TempFolder();
        string written = ResultsExample.ResultsJson(temp.Path);

        string again = RunRecordJson.Write(RunRecordJson.Read(JsonReader.Parse(written)));

        Assert.Equal(written, again);
    }

    [Fact]
    public void A_record_with_every_part_round_trips_and_is_valid_against_the_schema()
    {
        using var temp = new TempFolder();
        RunRecord record = RunRecordJson.Read(JsonReader.Parse(ResultsExample.ResultsJson(temp.Path)));
        // The parts the realistic case lacks: training data, a waiver, a policy with its waivers file.
        record.Data!.Train = new DataFileRecord { Path = "data/train.csv", Rows = 32561, Profile = record.Data.Test.Profile };
        record.Fingerprints!.Training = "5e0d1c2b3a4f5e6d7c8b9a0f1e2d3c4b5a6f7e8d9c0b1a2f3e4d5c6b7a8f9e0d";
        record.ModelHash = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";
        GateResultRecord gate = record.Gates![0];
        gate.Status = "waived";
        gate.Waiver = new WaiverRecord
        {
            Gate = "metrics.f1", Who = "jane.doe@contoso.com", Why = "Recalibration is under way.", Expires = "2027-03-31",
            Location = new LocationRecord { File = "../aifactory.waivers.json", Line = 4, Column = 5 },
        };
        var applied = new AppliedPolicyRecord { File = "../aifactory.policy.json", Name = "Contoso", Owners = new[] { "model-risk" }, WaiversFile = "../aifactory.waivers.json" };
        record.Policy = new PolicyRecord { File = applied.File, Name = applied.Name, Owners = applied.Owners, WaiversFile = applied.WaiversFile, Applied = new[] { applied } };

        string written = RunRecordJson.Write(record);
        string again = RunRecordJson.Write(RunRecordJson.Read(JsonReader.Parse(written)));

        Assert.Equal(written, again);
        Assert.Empty(SchemaValidation.Errors(written));
        Assert.EndsWith("}\n", written, StringComparison.Ordinal);
        Assert.Contains("\n  \"policy\": {\n    \"file\": \"../aifactory.policy.json\",", written, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hand_written_baseline_reads_with_only_its_metrics()
    {
        RunRecord record = RunRecordJson.Read(JsonReader.Parse("{ \"metrics\": { \"auc\": 0.82, \"f1\": null } }"));

        Assert.Equal(new[] { ("auc", (double?)0.82), ("f1", (double?)null) }, record.Metrics!.Select(m => (m.Name, m.Value)));
        Assert.Null(record.SchemaVersion);
        Assert.Null(record.Model);
        Assert.Null(record.Gates);
    }

    [Theory]
    [InlineData("{ \"schemaVersion\": 2 }", "schemaVersion", "2", 1, 20)]
    [InlineData("{\n  \"gates\": [{ \"id\": 7 }] }", "gates[0].id", "a number", 2, 21)]
    [InlineData("{ \"fairness\": { \"settings\": {}, \"overall\": { \"tpr\": \"x\" } } }", "fairness.overall.tpr", "a string", 1, 53)]
    [InlineData("{ \"data\": { \"leakage\": { \"columns\": [] } } }", "data.leakage", "an object the data report cannot read (data.leakage has no \"method\")", 1, 24)]
    public void A_value_of_another_kind_is_refused_at_its_place(string text, string path, string found, int line, int column)
    {
        var e = Assert.Throws<RunRecordFormatException>(() => RunRecordJson.Read(JsonReader.Parse(text)));

        Assert.Equal((path, found, line, column), (e.Path, e.Found, e.Line, e.Column));
    }

    [Fact]
    public void Every_property_of_the_record_is_described_in_the_schema_and_every_key_of_the_schema_is_in_the_record()
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(RepositoryLayout.Schema("results.schema.json")));
        var walk = new SchemaWalk(doc.RootElement);

        walk.Object(typeof(RunRecord), doc.RootElement, "#");

        Assert.Empty(walk.Problems);
        // The walk reached the deepest parts: a deciding group of a disparity to the reference group.
        Assert.Contains("#.fairness.groupings.*.disparateImpact.min.groups[].group", walk.Visited);
    }

    /// <summary>Walks a record type and its schema together; the data report's types are left to DataReportJson.</summary>
    private sealed class SchemaWalk
    {
        private readonly JsonElement _root;

        public SchemaWalk(JsonElement root) => _root = root;

        public List<string> Problems { get; } = new();

        public List<string> Visited { get; } = new();

        /// <summary>An object of the record (its auto-properties) against an object schema.</summary>
        public void Object(Type type, JsonElement schema, string path)
        {
            schema = Resolve(schema);
            var keys = schema.TryGetProperty("properties", out JsonElement properties)
                ? properties.EnumerateObject().ToDictionary(p => p.Name, p => p.Value)
                : new Dictionary<string, JsonElement>();
            var claimed = new HashSet<string>();
            var inline = new List<PropertyInfo>();
            foreach (PropertyInfo property in RecordProperties(type))
            {
                if (property.GetCustomAttribute<InlineKeysAttribute>() != null)
                {
                    inline.Add(property);
                    continue;
                }

                string key = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
                if (!keys.TryGetValue(key, out JsonElement child))
                {
                    Problems.Add($"{path}.{key}: {type.Name}.{property.Name} is not described in the schema");
                    continue;
                }

                claimed.Add(key);
                Value(property.PropertyType, child, $"{path}.{key}");
            }

            foreach ((string key, JsonElement child) in keys)
            {
                if (claimed.Contains(key)) continue;

                // A key of the schema that no property names is one of the named values written inline, if their type fits it.
                PropertyInfo? owner = inline.FirstOrDefault(p => Fits(NamedValueType(p.PropertyType)!, child, $"{path}.{key}"));
                if (owner is null)
                {
                    Problems.Add($"{path}.{key}: described in the schema, not in {type.Name}");
                }
                else
                {
                    Value(NamedValueType(owner.PropertyType)!, child, $"{path}.{key}");
                }
            }
        }

        private bool Fits(Type type, JsonElement schema, string path)
        {
            var trial = new SchemaWalk(_root);
            trial.Value(type, schema, path);
            return trial.Problems.Count == 0;
        }

        private void Value(Type type, JsonElement schema, string path)
        {
            Visited.Add(path);
            schema = Resolve(schema);
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type.IsPrimitive || type == typeof(string))
            {
                if (schema.TryGetProperty("properties", out _) || schema.TryGetProperty("items", out _))
                {
                    Problems.Add($"{path}: the record has a {type.Name}, the schema a structure");
                }

                return;
            }

            if (IsDataReportType(type))
            {
                return;
            }

            if (NamedValueType(type) is Type named)
            {
                if (schema.TryGetProperty("patternProperties", out JsonElement pattern))
                {
                    foreach (JsonProperty any in pattern.EnumerateObject()) Value(named, any.Value, path + ".*");
                }
                else if (schema.TryGetProperty("properties", out JsonElement keys))
                {
                    foreach (JsonProperty key in keys.EnumerateObject()) Value(named, key.Value, $"{path}.{key.Name}");
                }
                else
                {
                    Problems.Add($"{path}: the record has named values, the schema no keys");
                }

                return;
            }

            if (ListItemType(type) is Type item)
            {
                if (schema.TryGetProperty("items", out JsonElement items)) Value(item, items, path + "[]");
                else Problems.Add($"{path}: the record has a list, the schema no items");
                return;
            }

            Object(type, schema, path);
        }

        /// <summary>Follows $ref, and of a oneOf/anyOf with null the other option.</summary>
        private JsonElement Resolve(JsonElement schema)
        {
            while (true)
            {
                if (schema.TryGetProperty("$ref", out JsonElement reference))
                {
                    schema = _root.GetProperty("definitions").GetProperty(reference.GetString()!["#/definitions/".Length..]);
                }
                else if ((schema.TryGetProperty("oneOf", out JsonElement options) || schema.TryGetProperty("anyOf", out options)) &&
                         options.EnumerateArray().FirstOrDefault(o => !IsNull(o)) is { ValueKind: JsonValueKind.Object } option)
                {
                    schema = option;
                }
                else
                {
                    return schema;
                }
            }
        }

        private static bool IsNull(JsonElement option) =>
            option.TryGetProperty("type", out JsonElement type) && type.ValueKind == JsonValueKind.String && type.GetString() == "null";

        /// <summary>The properties that hold data: auto-properties (a computed one, such as Interval.HasBounds, is not written).</summary>
        private static IEnumerable<PropertyInfo> RecordProperties(Type type) =>
            type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.DeclaringType!.GetField($"<{p.Name}>k__BackingField", BindingFlags.NonPublic | BindingFlags.Instance) != null);

        private static bool IsDataReportType(Type type) =>
            type.Namespace is "AiFactory.Core.Profiling" or "AiFactory.Core.DataChecks"
            || (ListItemType(type) is Type item && IsDataReportType(item));

        private static Type? ListItemType(Type type) =>
            type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;

        private static Type? NamedValueType(Type type) =>
            ListItemType(type) is Type item && item.IsGenericType && item.GetGenericTypeDefinition() == typeof(NamedValue<>)
                ? item.GetGenericArguments()[0]
                : null;
    }
}
