using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using AiFactory.Core.IO;
using AiFactory.Core.Json;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Json;

namespace AiFactory.Core.Fairness
{
    /// <summary>
    /// What the uncertainty stage writes (obj/…/uncertainty.json) and the check reads: the bootstrap intervals of every
    /// grouping, with the fingerprint of the evaluation and settings they were drawn from. The check judges on them
    /// only when that fingerprint is the current one — a stale interval never judges a gate.
    /// </summary>
    /// <remarks>An internal file between two stages of one build; any other schema version is stale. Doubles read back bit for bit.</remarks>
    internal sealed class UncertaintyRecord
    {
        /// <summary>The format version this code writes and reads.</summary>
        public const int CurrentSchemaVersion = 1;

        /// <summary>The uncertainty fingerprint (<see cref="FairnessSettings.Fingerprint"/>).</summary>
        public string Fingerprint { get; set; } = "";

        /// <summary>The evaluation fingerprint of the counts resampled.</summary>
        public string EvaluationFingerprint { get; set; } = "";

        /// <summary>The confidence level.</summary>
        public double Level { get; set; }

        /// <summary>Resamples drawn per grouping.</summary>
        public int Resamples { get; set; }

        /// <summary>The seed.</summary>
        public int Seed { get; set; }

        /// <summary>The intervals of each grouping judged.</summary>
        public IReadOnlyList<GroupingIntervals> Groupings { get; set; } = Array.Empty<GroupingIntervals>();

        /// <summary>The grouping with this key, or null.</summary>
        public GroupingIntervals? Find(string key)
        {
            foreach (GroupingIntervals grouping in Groupings)
            {
                if (grouping.Key == key) return grouping;
            }

            return null;
        }

        /// <summary>Writes the record atomically, only when it changed.</summary>
        public void WriteTo(string path) => AtomicFile.WriteAllTextIfChanged(path, ToJson());

        /// <summary>The record as JSON.</summary>
        public string ToJson()
        {
            var w = new JsonTextWriter();
            w.StartObject();
            w.Property("schemaVersion", (long)CurrentSchemaVersion);
            w.Property("fingerprint", Fingerprint);
            w.Property("evaluationFingerprint", EvaluationFingerprint);
            w.Property("level", Level);
            w.Property("resamples", (long)Resamples);
            w.Property("seed", (long)Seed);
            w.PropertyName("groupings");
            w.StartArray();
            foreach (GroupingIntervals grouping in Groupings)
            {
                w.StartObject();
                w.Property("attributes", grouping.Attributes);
                w.PropertyName("groups");
                w.StartArray();
                for (int g = 0; g < grouping.GroupNames.Count; g++)
                {
                    w.StartObject();
                    w.Property("name", grouping.GroupNames[g]);
                    w.PropertyName("rates");
                    WriteIntervals(w, grouping.GroupRateIntervals[g]);
                    w.EndObject();
                }

                w.EndArray();
                w.PropertyName("overall");
                WriteIntervals(w, grouping.OverallRates);
                w.PropertyName("disparities");
                w.StartObject();
                foreach (Disparity d in Disparity.All())
                {
                    if (grouping.Disparities.TryGetValue(d, out Interval? interval))
                    {
                        w.PropertyName(d.Key);
                        WriteInterval(w, interval);
                    }
                }

                w.EndObject();
                w.EndObject();
            }

            w.EndArray();
            w.EndObject();
            return w.ToString();
        }

        private static void WriteIntervals(JsonTextWriter w, Interval[] intervals)
        {
            w.StartArray();
            foreach (Interval interval in intervals) WriteInterval(w, interval);
            w.EndArray();
        }

        // [lower, upper, undefined resamples]: compact, as a grouping of many groups has many.
        private static void WriteInterval(JsonTextWriter w, Interval interval)
        {
            w.StartArray();
            w.Number(interval.Lower);
            w.Number(interval.Upper);
            w.Number((long?)interval.UndefinedResamples);
            w.EndArray();
        }

        /// <summary>Reads a record written by <see cref="WriteTo"/>.</summary>
        /// <exception cref="DiagnosticException">AIF4007 at the file when it is missing, unreadable, malformed or of another version.</exception>
        public static UncertaintyRecord ReadFrom(string path)
        {
            if (path is null) throw new ArgumentNullException(nameof(path));
            if (!File.Exists(path)) throw Stale(path, "does not exist");
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

            Exception Problem(string problem) => Stale(path, problem);
            if (!(root["schemaVersion"] is JsonNumber version) || !version.TryGetInt64(out long v) || v != CurrentSchemaVersion)
            {
                throw Stale(path, $"is not of schema version {CurrentSchemaVersion}");
            }

            var record = new UncertaintyRecord
            {
                Fingerprint = (root["fingerprint"] as JsonString)?.Value ?? throw Problem("has no \"fingerprint\""),
                EvaluationFingerprint = (root["evaluationFingerprint"] as JsonString)?.Value ?? throw Problem("has no \"evaluationFingerprint\""),
                Level = Number(root["level"], Problem) ?? throw Problem("has no \"level\""),
                Resamples = (int)Integer(root["resamples"], Problem),
                Seed = (int)Integer(root["seed"], Problem),
            };

            if (!(root["groupings"] is JsonArray groupings)) throw Problem("has no \"groupings\" array");
            var list = new List<GroupingIntervals>();
            foreach (JsonNode item in groupings.Items)
            {
                if (!(item is JsonObject grouping) || !(grouping["attributes"] is JsonArray attributesNode) ||
                    !(grouping["groups"] is JsonArray groupsNode) || !(grouping["disparities"] is JsonObject disparitiesNode))
                {
                    throw Problem("has a grouping without attributes, groups and disparities");
                }

                var attributes = new List<string>();
                foreach (JsonNode a in attributesNode.Items) attributes.Add((a as JsonString)?.Value ?? throw Problem("has an attribute that is not a string"));
                var names = new List<string>();
                var rates = new List<Interval[]>();
                foreach (JsonNode g in groupsNode.Items)
                {
                    if (!(g is JsonObject group) || !(group["name"] is JsonString name)) throw Problem("has a group without a name");
                    names.Add(name.Value);
                    rates.Add(ReadIntervals(group["rates"], record, Problem));
                }

                var disparities = new Dictionary<Disparity, Interval>();
                foreach (Disparity d in Disparity.All())
                {
                    JsonNode? node = disparitiesNode[d.Key];
                    if (node != null) disparities[d] = ReadInterval(node, record, Problem);
                }

                list.Add(new GroupingIntervals(attributes, names, rates.ToArray(), ReadIntervals(grouping["overall"], record, Problem), disparities));
            }

            record.Groupings = list;
            return record;
        }

        private static Interval[] ReadIntervals(JsonNode? node, UncertaintyRecord record, Func<string, Exception> problem)
        {
            if (!(node is JsonArray array) || array.Items.Count != GroupRates.Count) throw problem($"has a list of rates that is not {GroupRates.Count} intervals");
            var intervals = new Interval[array.Items.Count];
            for (int i = 0; i < intervals.Length; i++) intervals[i] = ReadInterval(array.Items[i], record, problem);
            return intervals;
        }

        private static Interval ReadInterval(JsonNode node, UncertaintyRecord record, Func<string, Exception> problem)
        {
            if (!(node is JsonArray array) || array.Items.Count != 3) throw problem("has an interval that is not [lower, upper, undefined]");
            double? lower = Number(array.Items[0], problem), upper = Number(array.Items[1], problem);
            if (lower.HasValue != upper.HasValue || lower > upper) throw problem("has an interval with ends out of order");
            return new Interval(lower, upper, record.Level, Interval.BiasCorrectedMethod, record.Resamples, (int)Integer(array.Items[2], problem));
        }

        private static double? Number(JsonNode? node, Func<string, Exception> problem)
        {
            if (node is null || node.Kind == JsonKind.Null) return null;
            return node is JsonNumber number
                ? double.Parse(number.Text, NumberStyles.Float, CultureInfo.InvariantCulture)
                : throw problem("has a value that is not a number");
        }

        private static long Integer(JsonNode? node, Func<string, Exception> problem) =>
            node is JsonNumber number && number.TryGetInt64(out long value) && value >= 0 && value <= int.MaxValue
                ? value
                : throw problem("has a count that is not an integer");

        private static DiagnosticException Stale(string path, string problem) =>
            new DiagnosticException(
                DiagnosticIds.StaleResults,
                $"this uncertainty record {problem}; rebuild with 'dotnet build --no-incremental' so that the intervals are estimated again",
                new SourceLocation(path, 0, 0));
    }
}
