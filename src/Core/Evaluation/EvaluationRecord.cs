using System;
using System.Globalization;
using System.IO;
using AiFactory.Core.Fairness;
using AiFactory.Core.IO;
using AiFactory.Core.Json;
using AiFactory.Core.Metrics;
using AiFactory.Core.Profiling;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Json;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Evaluation
{
    /// <summary>
    /// What the out-of-process evaluation writes (obj/…/evaluation.json) and the in-MSBuild check stage reads: the
    /// fingerprints of the inputs it was computed from, the data sizes and the metrics on the test set.
    /// </summary>
    /// <remarks>
    /// An internal file between two stages of one build, not a public contract (results.json is): any other schema
    /// version is simply stale and is recomputed. Doubles are written so that they read back bit for bit, so the
    /// check judges exactly the numbers the evaluation computed.
    /// </remarks>
    internal sealed class EvaluationRecord
    {
        /// <summary>The format version this code writes and reads.</summary>
        public const int CurrentSchemaVersion = 2;

        /// <summary>Fingerprint of the training inputs; empty when nothing was trained (predictions mode).</summary>
        public string TrainingFingerprint { get; set; } = "";

        /// <summary>Fingerprint of the evaluation inputs (model, test data, evaluation settings).</summary>
        public string EvaluationFingerprint { get; set; } = "";

        /// <summary>Hash of the model file, or null when there is no model (predictions mode).</summary>
        public string? ModelHash { get; set; }

        /// <summary>Where predictions came from: <c>"mlnet"</c> or <c>"predictions"</c>.</summary>
        public string Source { get; set; } = "mlnet";

        /// <summary>Absolute path of the test data.</summary>
        public string TestDataPath { get; set; } = "";

        /// <summary>Rows of the test data that were evaluated.</summary>
        public int TestRows { get; set; }

        /// <summary>Absolute path of the training data, or null.</summary>
        public string? TrainDataPath { get; set; }

        /// <summary>Rows of the training data, or null.</summary>
        public int? TrainRows { get; set; }

        /// <summary>The metrics on the test set.</summary>
        public BinaryMetrics Metrics { get; set; } = null!;

        /// <summary>What the evaluation found in the training and test data (profile, overlap, leakage, proxies); null when not inspected.</summary>
        public DataReport? Data { get; set; }

        /// <summary>Each sensitive group's counts and AUC (with DeLong's variance); null when the manifest names no sensitive attribute.</summary>
        public GroupedCounts? Groups { get; set; }

        /// <summary>Writes the record as JSON, atomically (readers never see half a file), and only when it changed.</summary>
        public void WriteTo(string path)
        {
            if (Metrics is null)
            {
                throw new InvalidOperationException("An evaluation record needs its metrics before it is written.");
            }

            AtomicFile.WriteAllTextIfChanged(path, ToJson());
        }

        /// <summary>The record as JSON text.</summary>
        public string ToJson()
        {
            var w = new JsonTextWriter();
            w.StartObject();
            w.Property("schemaVersion", (long)CurrentSchemaVersion);
            w.Property("trainingFingerprint", TrainingFingerprint);
            w.Property("evaluationFingerprint", EvaluationFingerprint);
            w.Property("modelHash", ModelHash);
            w.Property("source", Source);
            w.Property("testDataPath", TestDataPath);
            w.Property("testRows", (long)TestRows);
            w.Property("trainDataPath", TrainDataPath);
            w.Property("trainRows", (long?)TrainRows);
            w.PropertyName("metrics");
            w.StartObject();
            w.Property("threshold", double.IsNaN(Metrics.Threshold) ? (double?)null : Metrics.Threshold);
            w.Property("hasScores", Metrics.HasScores);
            foreach (MetricDescriptor metric in MetricDescriptor.Overall)
            {
                w.Property(metric.Name, Metrics.Get(metric));
            }

            w.Property("aucVariance", Metrics.AucVariance);
            w.EndObject();
            w.PropertyName("confusion");
            w.StartObject();
            w.Property("truePositives", Metrics.Confusion.TruePositives);
            w.Property("falsePositives", Metrics.Confusion.FalsePositives);
            w.Property("trueNegatives", Metrics.Confusion.TrueNegatives);
            w.Property("falseNegatives", Metrics.Confusion.FalseNegatives);
            w.EndObject();
            w.PropertyName("scoreCells");
            if (Metrics.ScoreCells is null)
            {
                w.Null();
            }
            else
            {
                Metrics.ScoreCells.Write(w);
            }

            w.PropertyName("data");
            if (Data is null)
            {
                w.Null();
            }
            else
            {
                DataReportJson.Write(w, Data);
            }

            w.PropertyName("groups");
            if (Groups is null)
            {
                w.Null();
            }
            else
            {
                Groups.Write(w);
            }

            w.EndObject();
            return w.ToString();
        }

        /// <summary>Reads a record written by <see cref="WriteTo"/>.</summary>
        /// <exception cref="DiagnosticException">
        /// <see cref="DiagnosticIds.StaleResults"/> at the file when it is missing, unreadable, malformed, or of another
        /// schema version: the evaluation must run again.
        /// </exception>
        public static EvaluationRecord ReadFrom(string path)
        {
            if (path is null)
            {
                throw new ArgumentNullException(nameof(path));
            }

            if (!File.Exists(path))
            {
                throw Stale(path, "does not exist");
            }

            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException || e is ArgumentException)
            {
                throw Stale(path, $"cannot be read ({e.Message.TrimEnd('.')})");
            }

            JsonObject root;
            try
            {
                root = JsonReader.Parse(text) as JsonObject ?? throw Stale(path, "does not hold a JSON object");
            }
            catch (JsonSyntaxException e)
            {
                throw Stale(path, $"is not valid JSON at line {e.Line}, column {e.Column} ({e.Message})");
            }

            var reader = new FieldReader(path);
            long version = reader.Integer(root, "schemaVersion");
            if (version != CurrentSchemaVersion)
            {
                throw Stale(path, $"has schema version {version}, and this version of AiFactory.Build reads version {CurrentSchemaVersion}");
            }

            JsonObject metrics = reader.Object(root, "metrics");
            JsonObject confusion = reader.Object(root, "confusion");
            var counts = new ConfusionCounts(
                reader.Count(confusion, "truePositives"),
                reader.Count(confusion, "falsePositives"),
                reader.Count(confusion, "trueNegatives"),
                reader.Count(confusion, "falseNegatives"));

            long testRows = reader.Count(root, "testRows");
            long? trainRows = reader.OptionalCount(root, "trainRows");
            if (testRows > int.MaxValue || trainRows > int.MaxValue)
            {
                throw Stale(path, "has a row count too large to be real");
            }

            DataReport? data = null;
            JsonNode? dataNode = root["data"];
            if (dataNode != null && dataNode.Kind != JsonKind.Null)
            {
                try
                {
                    data = DataReportJson.Read(dataNode);
                }
                catch (FormatException e)
                {
                    throw Stale(path, $"has a data profile that cannot be read ({e.Message.TrimEnd('.')})");
                }
            }

            var binary = new BinaryMetrics(
                counts,
                reader.OptionalNumber(metrics, "threshold") ?? double.NaN,
                reader.Boolean(metrics, "hasScores"),
                reader.Number(metrics, "accuracy"),
                reader.OptionalNumber(metrics, "precision"),
                reader.OptionalNumber(metrics, "recall"),
                reader.OptionalNumber(metrics, "f1"),
                reader.OptionalNumber(metrics, "auc"),
                reader.OptionalNumber(metrics, "logLoss"),
                reader.OptionalNumber(metrics, "brier"),
                reader.OptionalNumber(metrics, "ece"))
            {
                AucVariance = reader.OptionalNumber(metrics, "aucVariance"),
                ScoreCells = root["scoreCells"] is JsonObject cells ? ScoreCells.Read(cells, problem => Stale(path, problem)) : null,
            };

            return new EvaluationRecord
            {
                Data = data,
                TrainingFingerprint = reader.String(root, "trainingFingerprint"),
                EvaluationFingerprint = reader.String(root, "evaluationFingerprint"),
                ModelHash = reader.OptionalString(root, "modelHash"),
                Source = reader.String(root, "source"),
                TestDataPath = reader.String(root, "testDataPath"),
                TestRows = (int)testRows,
                TrainDataPath = reader.OptionalString(root, "trainDataPath"),
                TrainRows = (int?)trainRows,
                Metrics = binary,
                Groups = root["groups"] is JsonObject groups ? GroupedCounts.Read(groups, problem => Stale(path, problem)) : null,
            };
        }

        private static DiagnosticException Stale(string path, string problem) =>
            new DiagnosticException(
                DiagnosticIds.StaleResults,
                $"this evaluation results file {problem}; rebuild with 'dotnet build --no-incremental' so that the evaluation runs again",
                new SourceLocation(path, 0, 0));

        /// <summary>Reads typed fields, turning every shape problem into the same stale-results diagnostic.</summary>
        private sealed class FieldReader
        {
            private readonly string _path;

            public FieldReader(string path)
            {
                _path = path;
            }

            public JsonObject Object(JsonObject parent, string name) =>
                Required(parent, name) as JsonObject ?? throw Wrong(name, "an object");

            public string String(JsonObject parent, string name) =>
                (Required(parent, name) as JsonString)?.Value ?? throw Wrong(name, "a string");

            public string? OptionalString(JsonObject parent, string name)
            {
                JsonNode? node = parent[name];
                if (node is null || node.Kind == JsonKind.Null)
                {
                    return null;
                }

                return (node as JsonString)?.Value ?? throw Wrong(name, "a string or null");
            }

            public bool Boolean(JsonObject parent, string name) =>
                (Required(parent, name) as JsonBoolean)?.Value ?? throw Wrong(name, "true or false");

            public double Number(JsonObject parent, string name) =>
                OptionalNumber(parent, name) ?? throw Wrong(name, "a number");

            public double? OptionalNumber(JsonObject parent, string name)
            {
                JsonNode? node = parent[name];
                if (node is null || node.Kind == JsonKind.Null)
                {
                    return null;
                }

                // Parsed from the text, not through another type, so that the bits written come back unchanged.
                return node is JsonNumber number
                    ? double.Parse(number.Text, NumberStyles.Float, CultureInfo.InvariantCulture)
                    : throw Wrong(name, "a number or null");
            }

            public long Integer(JsonObject parent, string name) =>
                Required(parent, name) is JsonNumber number && number.TryGetInt64(out long value) ? value : throw Wrong(name, "an integer");

            public long Count(JsonObject parent, string name)
            {
                long value = Integer(parent, name);
                return value >= 0 ? value : throw Wrong(name, "a count (zero or more)");
            }

            public long? OptionalCount(JsonObject parent, string name)
            {
                JsonNode? node = parent[name];
                return node is null || node.Kind == JsonKind.Null ? (long?)null : Count(parent, name);
            }

            private JsonNode Required(JsonObject parent, string name) =>
                parent[name] ?? throw Stale(_path, $"has no \"{name}\"");

            private DiagnosticException Wrong(string name, string expected) =>
                Stale(_path, $"has a \"{name}\" that is not {expected}");
        }
    }
}
