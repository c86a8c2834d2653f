using System.Collections.Generic;
using System.IO;
using System.Linq;
using AiFactory.Manifest.Json;

namespace AiFactory.Testing
{
    /// <summary>What a governed model's build recorded in results.json, as far as tests need it (docs/results.md).</summary>
    public sealed class ModelResults
    {
        /// <summary>The results.json version this library reads.</summary>
        public const int SupportedSchemaVersion = 1;

        private ModelResults(string path, string modelName, bool passed, string gateSeverity, IReadOnlyList<GateRecord> gates)
        {
            Path = path;
            ModelName = modelName;
            Passed = passed;
            GateSeverity = gateSeverity;
            Gates = gates;
        }

        /// <summary>The file read.</summary>
        public string Path { get; }

        /// <summary><c>model.name</c>.</summary>
        public string ModelName { get; }

        /// <summary>True when no gate failed.</summary>
        public bool Passed { get; }

        /// <summary>How the build reported failed gates: <c>error</c> or <c>warning</c>.</summary>
        public string GateSeverity { get; }

        /// <summary>Every gate, in manifest order.</summary>
        public IReadOnlyList<GateRecord> Gates { get; }

        /// <summary>The gate with this id, or null.</summary>
        public GateRecord? Find(string gateId) => Gates.FirstOrDefault(g => g.Id == gateId);

        /// <summary>
        /// Reads a results.json. Locations are made absolute against <paramref name="manifestDirectory"/> (results.json
        /// writes them relative to the manifest's folder).
        /// </summary>
        /// <exception cref="GovernedModelException">The file is missing, not JSON, of another schema version, or not results.</exception>
        public static ModelResults Read(string path, string manifestDirectory)
        {
            if (!File.Exists(path))
            {
                throw new GovernedModelException(
                    $"there is no results.json at {path}: build the model project first (dotnet build or dotnet test builds it); " +
                    "a build that stops before its check stage (an invalid manifest, unreadable data) writes none");
            }

            try
            {
                var root = (JsonObject)JsonReader.Parse(File.ReadAllText(path));
                var version = root["schemaVersion"] as JsonNumber;
                if (version is null || version.Value != SupportedSchemaVersion)
                {
                    throw new GovernedModelException(
                        $"{path} has schemaVersion {version?.Text ?? "(none)"}, and this AiFactory.Testing reads version {SupportedSchemaVersion}: " +
                        "use the AiFactory.Testing version that matches the model project's AiFactory.Build");
                }

                var model = (JsonObject)root["model"]!;
                var settings = root["settings"] as JsonObject;
                var gates = ((JsonArray)root["gates"]!).Items
                    .Select(g => ReadGate((JsonObject)g, manifestDirectory))
                    .ToList();
                return new ModelResults(
                    path,
                    ((JsonString)model["name"]!).Value,
                    root["passed"] is JsonBoolean passed && passed.Value,
                    (settings?["gateSeverity"] as JsonString)?.Value ?? "error",
                    gates);
            }
            catch (System.Exception e) when (e is JsonSyntaxException || e is System.InvalidCastException || e is System.NullReferenceException || e is IOException)
            {
                throw new GovernedModelException($"{path} cannot be read as results.json ({e.Message}); build the model project again", e);
            }
        }

        private static GateRecord ReadGate(JsonObject gate, string manifestDirectory)
        {
            GateLocation? location = null;
            if (gate["location"] is JsonObject at && at["file"] is JsonString file)
            {
                location = new GateLocation(
                    System.IO.Path.GetFullPath(System.IO.Path.Combine(manifestDirectory, file.Value)),
                    (int)((at["line"] as JsonNumber)?.Value ?? 0),
                    (int)((at["column"] as JsonNumber)?.Value ?? 0));
            }

            return new GateRecord(
                Text(gate, "id") ?? "",
                Text(gate, "kind") ?? "",
                Text(gate, "metric") ?? "",
                Number(gate, "value"),
                Number(gate, "judgedValue"),
                Number(gate, "threshold"),
                Text(gate, "comparison") ?? "",
                Text(gate, "status") ?? "",
                location,
                Text(gate, "code"),
                Text(gate, "message") ?? "");
        }

        private static string? Text(JsonObject obj, string key) => (obj[key] as JsonString)?.Value;

        private static double? Number(JsonObject obj, string key) => (obj[key] as JsonNumber)?.Value;
    }
}
