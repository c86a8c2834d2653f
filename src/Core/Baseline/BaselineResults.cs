using System;
using System.Collections.Generic;
using System.IO;
using AiFactory.Core.Results.Record;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Json;

namespace AiFactory.Core.Baseline
{
    /// <summary>The overall metrics of an earlier model, read from the <c>metrics</c> of its results.json.</summary>
    internal sealed class BaselineResults
    {
        /// <summary>The results.json version this code understands.</summary>
        public const int SupportedSchemaVersion = RunRecord.CurrentSchemaVersion;

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

            RunRecord record;
            try
            {
                record = RunRecordJson.Read(root);
            }
            catch (RunRecordFormatException e)
            {
                throw Invalid(Problem(e), new SourceLocation(path, e.Line, e.Column));
            }

            JsonNode? metricsNode = rootObject["metrics"];
            if (record.Metrics is null)
            {
                string what = metricsNode is null ? "has no \"metrics\" object" : $"has \"metrics\" as {metricsNode.KindName}, not an object";
                throw Invalid(
                    $"the baseline results file {what}; a baseline is a results.json written by AiFactory.Build, with the overall metrics under \"metrics\"",
                    At(path, metricsNode ?? root));
            }

            var values = new Dictionary<string, double>(StringComparer.Ordinal);
            var undefined = new List<string>();
            foreach (NamedValue<double?> metric in record.Metrics)
            {
                if (metric.Value is double value)
                {
                    values[metric.Name] = value;
                    undefined.Remove(metric.Name);
                }
                else
                {
                    values.Remove(metric.Name);
                    if (!undefined.Contains(metric.Name))
                    {
                        undefined.Add(metric.Name);
                    }
                }
            }

            return new BaselineResults(path, values, undefined, At(path, metricsNode!))
            {
                TestRows = record.TestRows,
                DecisionThreshold = record.DecisionThreshold,
            };
        }

        /// <summary>What is wrong with a baseline whose run record cannot be read, and what to do.</summary>
        private static string Problem(RunRecordFormatException e)
        {
            const string metricsPrefix = "metrics.";
            if (e.Path == "schemaVersion")
            {
                return $"the baseline has schemaVersion {e.Found}, and this version of AiFactory.Build reads results.json version {SupportedSchemaVersion}; " +
                    "rebuild the baseline model with this version and use its results.json";
            }

            if (e.Path == "metrics")
            {
                return $"the baseline results file has \"metrics\" as {e.Found}, not an object; " +
                    "a baseline is a results.json written by AiFactory.Build, with the overall metrics under \"metrics\"";
            }

            if (e.Path.StartsWith(metricsPrefix, StringComparison.Ordinal))
            {
                return $"the baseline metric \"{e.Path.Substring(metricsPrefix.Length)}\" is {e.Found}; metrics must be numbers (or null when undefined)";
            }

            return $"the baseline results file has {e.Path} as {e.Found}, where results.json has {e.Expected}; " +
                "use the results.json the baseline model's build wrote, or correct the value";
        }

        private static SourceLocation At(string path, JsonNode node) => new SourceLocation(path, node.Line, node.Column);

        private static DiagnosticException Invalid(string message, SourceLocation location) =>
            new DiagnosticException(DiagnosticIds.BaselineInvalid, message, location);
    }
}
