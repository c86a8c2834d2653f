using System.Collections.Generic;
using System.IO;
using System.Linq;
using AiFactory.Core.IO;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Json;
using AiFactory.Manifest.Model;
using CoreJson = AiFactory.Core.Json;

namespace AiFactory.Training
{
    /// <summary>
    /// What training records next to <c>model.zip</c> (<c>model.json</c>): the training fingerprint the model was
    /// trained under, its hash, and the column types it was trained on, so that evaluation reads the test set
    /// the same way and the build can tell a current model from a stale one.
    /// </summary>
    internal sealed class TrainedModelInfo
    {
        /// <summary>The training fingerprint the model was trained under.</summary>
        public string TrainingFingerprint { get; set; } = "";

        /// <summary>SHA-256 of the normalized model.zip.</summary>
        public string ModelHash { get; set; } = "";

        /// <summary>Rows in the training data.</summary>
        public int TrainRows { get; set; }

        /// <summary>The seed training used.</summary>
        public int Seed { get; set; }

        /// <summary>The type of every column but the label, as trained.</summary>
        public IReadOnlyDictionary<string, ColumnType> ColumnTypes { get; set; } = new Dictionary<string, ColumnType>();

        /// <summary>Writes the record atomically.</summary>
        public void WriteTo(string path)
        {
            var json = new CoreJson.JsonTextWriter();
            json.StartObject();
            json.Property("schemaVersion", 1L);
            json.Property("trainingFingerprint", TrainingFingerprint);
            json.Property("modelHash", ModelHash);
            json.Property("trainRows", (long)TrainRows);
            json.Property("seed", (long)Seed);
            json.PropertyName("columns");
            json.StartObject();
            foreach (var pair in ColumnTypes.OrderBy(p => p.Key, System.StringComparer.Ordinal))
            {
                json.Property(pair.Key, pair.Value == ColumnType.Number ? "number" : "category");
            }

            json.EndObject();
            json.EndObject();
            AtomicFile.WriteAllTextIfChanged(path, json.ToString());
        }

        /// <summary>Reads a record; a damaged one is reported as a stale model to retrain.</summary>
        public static TrainedModelInfo ReadFrom(string path)
        {
            try
            {
                var root = (JsonObject)JsonReader.Parse(File.ReadAllText(path));
                var columns = (JsonObject)root["columns"]!;
                return new TrainedModelInfo
                {
                    TrainingFingerprint = ((JsonString)root["trainingFingerprint"]!).Value,
                    ModelHash = ((JsonString)root["modelHash"]!).Value,
                    TrainRows = (int)((JsonNumber)root["trainRows"]!).Value,
                    Seed = (int)((JsonNumber)root["seed"]!).Value,
                    ColumnTypes = columns.Properties.ToDictionary(
                        p => p.Name, p => ((JsonString)p.Value).Value == "number" ? ColumnType.Number : ColumnType.Category),
                };
            }
            catch (System.Exception e) when (e is JsonSyntaxException || e is System.InvalidCastException || e is System.NullReferenceException || e is IOException)
            {
                throw new DiagnosticException(DiagnosticIds.StaleResults,
                    $"the model record {path} cannot be read ({e.Message}); rebuild to train the model again",
                    new SourceLocation(path, 0, 0));
            }
        }
    }
}
