using System.Collections.Generic;
using System.IO;
using System.Linq;
using AiFactory.Core.Results.Record;
using AiFactory.Manifest.Json;

namespace AiFactory.Testing
{
    /// <summary>What a governed model's build recorded in results.json, as far as tests need it (docs/results.md).</summary>
    public sealed class ModelResults
    {
        /// <summary>The results.json version this library reads.</summary>
        public const int SupportedSchemaVersion = RunRecord.CurrentSchemaVersion;

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

            RunRecord record;
            try
            {
                record = RunRecordJson.Read(JsonReader.Parse(File.ReadAllText(path)));
            }
            catch (RunRecordFormatException e) when (e.Path == "schemaVersion")
            {
                throw VersionRefused(path, e.Found);
            }
            catch (System.Exception e) when (e is JsonSyntaxException || e is RunRecordFormatException || e is IOException)
            {
                throw Unreadable(path, e.Message, e);
            }

            if (record.SchemaVersion is null)
            {
                throw VersionRefused(path, "(none)");
            }

            if (record.Model is null || record.Gates is null)
            {
                throw Unreadable(path, record.Model is null ? "it has no \"model\"" : "it has no \"gates\"", null);
            }

            return new ModelResults(
                path,
                record.Model.Name,
                record.Passed == true,
                record.Settings?.GateSeverity ?? "error",
                record.Gates.Select(g => Gate(g, manifestDirectory)).ToList());
        }

        private static GovernedModelException VersionRefused(string path, string found) => new GovernedModelException(
            $"{path} has schemaVersion {found}, and this AiFactory.Testing reads version {SupportedSchemaVersion}: " +
            "use the AiFactory.Testing version that matches the model project's AiFactory.Build");

        private static GovernedModelException Unreadable(string path, string problem, System.Exception? cause)
        {
            string message = $"{path} cannot be read as results.json ({problem}); build the model project again";
            return cause is null ? new GovernedModelException(message) : new GovernedModelException(message, cause);
        }

        private static GateRecord Gate(GateResultRecord gate, string manifestDirectory)
        {
            LocationRecord? at = gate.Location;
            GateLocation? location = at is null || at.File.Length == 0
                ? null
                : new GateLocation(System.IO.Path.GetFullPath(System.IO.Path.Combine(manifestDirectory, at.File)), (int)at.Line, (int)at.Column);
            return new GateRecord(gate.Id, gate.Kind, gate.Metric, gate.Value, gate.JudgedValue, gate.Threshold,
                gate.Comparison, gate.Status, location, gate.Code, gate.Message);
        }
    }
}
