using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Json;

namespace AiFactory.Core.Baseline
{
    /// <summary>The overall metrics of an earlier model, read from the <c>metrics</c> of its results.json.</summary>
    public sealed class BaselineResults
    {
        /// <summary>The results.json version this code understands.</summary>
        public const int SupportedSchemaVersion = 1;

        /// <summary>Creates baseline results.</summary>
        public BaselineResults(
            string path,
            IReadOnlyDictionary<string, double> metrics,
            IReadOnlyList<string> undefinedMetrics,
            SourceLocation metricsLocation)
        {
            Path = path ?? throw new ArgumentNullException(nameof(path));
            Metrics = metrics ?? throw new ArgumentNullException(nameof(metrics));
            UndefinedMetrics = undefinedMetrics ?? throw new ArgumentNullException(nameof(undefinedMetrics));
            MetricsLocation = metricsLocation ?? throw new ArgumentNullException(nameof(metricsLocation));
        }

        /// <summary>The baseline file as given.</summary>
        public string Path { get; }

        /// <summary>The metrics that have a value in the baseline, by name.</summary>
        public IReadOnlyDictionary<string, double> Metrics { get; }

        /// <summary>Metrics present in the baseline as <c>null</c> (undefined when the baseline was evaluated).</summary>
        public IReadOnlyList<string> UndefinedMetrics { get; }

        /// <summary>Where the <c>metrics</c> object starts in the baseline file.</summary>
        public SourceLocation MetricsLocation { get; }

        /// <summary>The baseline's <c>testRows</c>: how many test rows it was measured on; null when not recorded (a hand-written baseline).</summary>
        public long? TestRows { get; set; }

        /// <summary>The baseline's <c>decisionThreshold</c>; null when not recorded or label-only.</summary>
        public double? DecisionThreshold { get; set; }

        /// <summary>Reads the metrics of a results.json.</summary>
        /// <param name="path">The baseline file.</param>
        /// <param name="referencedAt">Where the manifest names the file; a missing file is reported there.</param>
        /// <exception cref="DiagnosticException">
        /// <see cref="DiagnosticIds.BaselineInvalid"/> when the file is missing, unreadable, not JSON, of another schema
        /// version, or has no <c>metrics</c> object of numbers — at the place in the file where the problem is.
        /// </exception>
        public static BaselineResults Read(string path, SourceLocation? referencedAt)
        {
            if (path is null)
            {
                throw new ArgumentNullException(nameof(path));
            }

            var fileLocation = new SourceLocation(path, 0, 0);
            if (!File.Exists(path))
            {
                throw Invalid(
                    $"the baseline results file {path} does not exist; copy there the results.json of the model to compare with (from its aifactory output folder), or correct gates.baseline.results",
                    referencedAt ?? fileLocation);
            }

            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw Invalid($"the baseline results file cannot be read ({e.Message.TrimEnd('.')}); check that it is readable", fileLocation);
            }

            JsonNode root;
            try
            {
                root = JsonReader.Parse(text);
            }
            catch (JsonSyntaxException e)
            {
                throw Invalid(
                    $"the baseline results file is not valid JSON: {e.Message}; restore it from the results.json of the baseline model",
                    new SourceLocation(path, e.Line, e.Column));
            }

            if (!(root is JsonObject rootObject))
            {
                throw Invalid(
                    $"the baseline results file holds {root.KindName}, not a results.json object; use the results.json the baseline model's build wrote",
                    At(path, root));
            }

            JsonNode? version = rootObject["schemaVersion"];
            if (version != null && !(version is JsonNumber number && number.TryGetInt64(out long v) && v == SupportedSchemaVersion))
            {
                string found = version is JsonNumber n ? n.Text : version.KindName;
                throw Invalid(
                    $"the baseline has schemaVersion {found}, and this version of AiFactory.Build reads results.json version {SupportedSchemaVersion}; rebuild the baseline model with this version and use its results.json",
                    At(path, version));
            }

            JsonNode? metricsNode = rootObject["metrics"];
            if (!(metricsNode is JsonObject metrics))
            {
                string what = metricsNode is null ? "has no \"metrics\" object" : $"has \"metrics\" as {metricsNode.KindName}, not an object";
                throw Invalid(
                    $"the baseline results file {what}; a baseline is a results.json written by AiFactory.Build, with the overall metrics under \"metrics\"",
                    At(path, metricsNode ?? root));
            }

            var values = new Dictionary<string, double>(StringComparer.Ordinal);
            var undefined = new List<string>();
            foreach (JsonProperty property in metrics.Properties)
            {
                switch (property.Value)
                {
                    case JsonNumber value:
                        values[property.Name] = double.Parse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
                        undefined.Remove(property.Name);
                        break;
                    case JsonNull _:
                        values.Remove(property.Name);
                        if (!undefined.Contains(property.Name))
                        {
                            undefined.Add(property.Name);
                        }

                        break;
                    default:
                        throw Invalid(
                            $"the baseline metric \"{property.Name}\" is {property.Value.KindName}; metrics must be numbers (or null when undefined)",
                            At(path, property.Value));
                }
            }

            return new BaselineResults(path, values, undefined, At(path, metrics))
            {
                TestRows = rootObject["testRows"] is JsonNumber rows && rows.TryGetInt64(out long r) ? r : (long?)null,
                DecisionThreshold = rootObject["decisionThreshold"] is JsonNumber t
                    ? double.Parse(t.Text, NumberStyles.Float, CultureInfo.InvariantCulture)
                    : (double?)null,
            };
        }

        private static SourceLocation At(string path, JsonNode node) => new SourceLocation(path, node.Line, node.Column);

        private static DiagnosticException Invalid(string message, SourceLocation location) =>
            new DiagnosticException(DiagnosticIds.BaselineInvalid, message, location);
    }
}
