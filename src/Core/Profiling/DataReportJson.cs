using System;
using System.Collections.Generic;
using System.Globalization;
using AiFactory.Core.Data;
using AiFactory.Core.DataChecks;
using AiFactory.Core.Json;
using AiFactory.Manifest.Json;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Profiling
{
    /// <summary>
    /// The JSON form of a <see cref="DataReport"/>: the parts results.json publishes under <c>data</c>
    /// (docs/results.md), and the whole report as the evaluation record keeps it between the build's stages. Numbers
    /// are written in their shortest round-trip form and read back from their text, so they come back bit for bit.
    /// </summary>
    internal static class DataReportJson
    {
        /// <summary>
        /// Writes the whole report as one object: <c>train</c>, <c>test</c>, <c>overlap</c>, <c>leakage</c>, <c>proxies</c>,
        /// with the evidence of the leakage and proxy intervals (each AUC's DeLong variance, each Cramér's V's table)
        /// that results.json leaves out.
        /// </summary>
        public static void Write(JsonTextWriter w, DataReport report)
        {
            if (w is null) throw new ArgumentNullException(nameof(w));
            if (report is null) throw new ArgumentNullException(nameof(report));
            w.StartObject();
            w.PropertyName("train");
            WriteProfile(w, report.Train);
            w.PropertyName("test");
            WriteProfile(w, report.Test);
            w.PropertyName("overlap");
            WriteOverlap(w, report.Overlap);
            w.PropertyName("leakage");
            WriteLeakage(w, report.Leakage, evidence: true);
            w.PropertyName("proxies");
            WriteProxies(w, report.Proxies, evidence: true);
            w.EndObject();
        }

        /// <summary>Writes a file's profile, or null.</summary>
        public static void WriteProfile(JsonTextWriter w, DataFileProfile? profile)
        {
            if (w is null) throw new ArgumentNullException(nameof(w));
            if (profile is null)
            {
                w.Null();
                return;
            }

            w.StartObject();
            w.Property("rows", (long)profile.Rows);
            w.Property("missingCells", profile.MissingCells);
            w.Property("missingRate", profile.MissingRate);
            w.PropertyName("columns");
            w.StartArray();
            foreach (ColumnProfile column in profile.Columns) WriteColumn(w, column);
            w.EndArray();

            LabelProfile label = profile.Label;
            w.PropertyName("label");
            w.StartObject();
            w.Property("column", label.Column);
            w.Property("positive", label.Positive);
            w.Property("negative", label.Negative);
            w.Property("positives", (long)label.Positives);
            w.Property("negatives", (long)label.Negatives);
            w.Property("positiveRate", label.PositiveRate);
            w.Property("minorityShare", label.MinorityShare);
            w.EndObject();

            w.PropertyName("groups");
            w.StartArray();
            foreach (GroupProfile attribute in profile.Groups)
            {
                w.StartObject();
                w.Property("attribute", attribute.Attribute);
                w.Property("groupedBy", attribute.GroupedBy);
                w.PropertyName("groups");
                w.StartArray();
                foreach (GroupCount group in attribute.Groups)
                {
                    w.StartObject();
                    w.Property("group", group.Group);
                    w.Property("rows", (long)group.Rows);
                    w.Property("positives", (long)group.Positives);
                    w.Property("negatives", (long)group.Negatives);
                    w.Property("positiveRate", group.PositiveRate);
                    w.EndObject();
                }

                w.EndArray();
                w.EndObject();
            }

            w.EndArray();

            DuplicateSummary duplicates = profile.Duplicates;
            w.PropertyName("duplicates");
            w.StartObject();
            w.Property("duplicateRows", (long)duplicates.DuplicateRows);
            w.Property("rate", duplicates.Rate);
            w.PropertyName("first");
            WriteMatches(w, duplicates.First, "duplicateOf");
            w.EndObject();

            w.PropertyName("skippedRows");
            w.StartObject();
            w.Property("count", (long)profile.Skipped.Count);
            w.PropertyName("first");
            w.StartArray();
            foreach (SkippedRow row in profile.Skipped.First)
            {
                w.StartObject();
                w.Property("line", (long)row.Line);
                w.Property("reason", row.Reason);
                w.EndObject();
            }

            w.EndArray();
            w.EndObject();
            w.EndObject();
        }

        /// <summary>Writes the train/test overlap, or null.</summary>
        public static void WriteOverlap(JsonTextWriter w, OverlapSummary? overlap)
        {
            if (w is null) throw new ArgumentNullException(nameof(w));
            if (overlap is null)
            {
                w.Null();
                return;
            }

            w.StartObject();
            w.Property("testRows", (long)overlap.TestRows);
            w.Property("inTraining", (long)overlap.InTraining);
            w.Property("rate", overlap.Rate);
            w.Property("columns", overlap.Columns);
            w.PropertyName("first");
            WriteMatches(w, overlap.First, "trainLine");
            w.EndObject();
        }

        /// <summary>Writes the leakage measures, or null; with <paramref name="evidence"/>, each AUC's <c>variance</c> too.</summary>
        public static void WriteLeakage(JsonTextWriter w, LeakageReport? leakage, bool evidence = false)
        {
            if (w is null) throw new ArgumentNullException(nameof(w));
            if (leakage is null)
            {
                w.Null();
                return;
            }

            w.StartObject();
            w.Property("method", leakage.Method);
            w.PropertyName("columns");
            w.StartArray();
            foreach (ColumnAuc column in leakage.Columns)
            {
                w.StartObject();
                w.Property("column", column.Column);
                w.Property("auc", column.Auc);
                if (evidence) w.Property("variance", column.Variance);
                w.EndObject();
            }

            w.EndArray();
            w.EndObject();
        }

        /// <summary>Writes the proxy measures, or null; with <paramref name="evidence"/>, each AUC's <c>aucVariance</c> and each Cramér's V's <c>table</c> too.</summary>
        public static void WriteProxies(JsonTextWriter w, IReadOnlyList<ProxyReport>? proxies, bool evidence = false)
        {
            if (w is null) throw new ArgumentNullException(nameof(w));
            if (proxies is null)
            {
                w.Null();
                return;
            }

            w.StartArray();
            foreach (ProxyReport proxy in proxies)
            {
                w.StartObject();
                w.Property("attribute", proxy.Attribute);
                w.Property("groups", (long)proxy.Groups);
                w.Property("measure", proxy.Measure);
                w.Property("method", proxy.Method);
                w.PropertyName("columns");
                w.StartArray();
                foreach (ProxyColumn column in proxy.Columns)
                {
                    w.StartObject();
                    w.Property("column", column.Column);
                    w.Property("auc", column.Auc);
                    w.Property("cramersV", column.CramersV);
                    w.Property("strength", column.Strength);
                    if (evidence) WriteEvidence(w, column);
                    w.EndObject();
                }

                w.EndArray();
                w.EndObject();
            }

            w.EndArray();
        }

        /// <summary>Reads a report written by <see cref="Write"/>.</summary>
        /// <exception cref="FormatException">The JSON is not such a report; the message says which field is wrong.</exception>
        public static DataReport Read(JsonNode node)
        {
            JsonObject root = Object(node, "data");
            JsonNode? train = root["train"];
            JsonNode? overlap = root["overlap"];
            return new DataReport
            {
                Train = train is null || train.Kind == JsonKind.Null ? null : ReadProfile(train, "data.train"),
                Test = ReadProfile(Required(root, "test", "data"), "data.test"),
                Overlap = overlap is null || overlap.Kind == JsonKind.Null ? null : ReadOverlap(overlap),
                Leakage = ReadLeakage(Required(root, "leakage", "data")),
                Proxies = ReadProxies(Required(root, "proxies", "data")),
            };
        }

        private static void WriteColumn(JsonTextWriter w, ColumnProfile column)
        {
            w.StartObject();
            w.Property("name", column.Name);
            w.Property("type", column.Type == ColumnType.Number ? "number" : "category");
            w.Property("typeSource", column.TypeSource);
            w.Property("missing", (long)column.Missing);
            w.Property("missingRate", column.MissingRate);
            w.Property("distinct", (long)column.Distinct);
            w.PropertyName("numbers");
            NumericSummary? numbers = column.Numbers;
            if (numbers is null)
            {
                w.Null();
            }
            else
            {
                w.StartObject();
                w.Property("min", numbers.Min);
                w.Property("max", numbers.Max);
                w.Property("mean", numbers.Mean);
                w.Property("std", numbers.StandardDeviation);
                w.Property("p5", numbers.P5);
                w.Property("p25", numbers.P25);
                w.Property("p50", numbers.P50);
                w.Property("p75", numbers.P75);
                w.Property("p95", numbers.P95);
                w.EndObject();
            }

            w.PropertyName("top");
            if (column.Top is null)
            {
                w.Null();
            }
            else
            {
                w.StartArray();
                foreach (CategoryCount category in column.Top)
                {
                    w.StartObject();
                    w.Property("value", category.Value);
                    w.Property("count", (long)category.Count);
                    w.EndObject();
                }

                w.EndArray();
            }

            w.EndObject();
        }

        private static void WriteMatches(JsonTextWriter w, IReadOnlyList<RowMatch> matches, string matchName)
        {
            w.StartArray();
            foreach (RowMatch match in matches)
            {
                w.StartObject();
                w.Property("line", (long)match.Line);
                w.Property(matchName, (long)match.MatchLine);
                w.EndObject();
            }

            w.EndArray();
        }

        /// <summary>Reads a file's profile written by <see cref="WriteProfile"/>; <paramref name="path"/> names it in errors.</summary>
        /// <exception cref="FormatException">The JSON is not such a profile; the message says which field is wrong.</exception>
        public static DataFileProfile ReadProfile(JsonNode node, string path)
        {
            JsonObject profile = Object(node, path);
            var columns = new List<ColumnProfile>();
            foreach (JsonNode item in Array(Required(profile, "columns", path), path + ".columns").Items)
            {
                columns.Add(ReadColumn(Object(item, path + ".columns[]"), path + ".columns[]"));
            }

            JsonObject label = Object(Required(profile, "label", path), path + ".label");
            var groups = new List<GroupProfile>();
            foreach (JsonNode item in Array(Required(profile, "groups", path), path + ".groups").Items)
            {
                JsonObject attribute = Object(item, path + ".groups[]");
                var counts = new List<GroupCount>();
                foreach (JsonNode group in Array(Required(attribute, "groups", path + ".groups[]"), path + ".groups[].groups").Items)
                {
                    JsonObject g = Object(group, path + ".groups[].groups[]");
                    counts.Add(new GroupCount(Text(g, "group", path), Count(g, "rows", path), Count(g, "positives", path)));
                }

                groups.Add(new GroupProfile { Attribute = Text(attribute, "attribute", path), GroupedBy = Text(attribute, "groupedBy", path), Groups = counts });
            }

            JsonObject duplicates = Object(Required(profile, "duplicates", path), path + ".duplicates");
            JsonObject skipped = Object(Required(profile, "skippedRows", path), path + ".skippedRows");
            var skippedFirst = new List<SkippedRow>();
            foreach (JsonNode item in Array(Required(skipped, "first", path), path + ".skippedRows.first").Items)
            {
                JsonObject row = Object(item, path + ".skippedRows.first[]");
                skippedFirst.Add(new SkippedRow(Count(row, "line", path), Text(row, "reason", path)));
            }

            int rows = Count(profile, "rows", path);
            int skippedCount = Count(skipped, "count", path);
            return new DataFileProfile
            {
                Rows = rows,
                Columns = columns,
                MissingCells = Long(profile, "missingCells", path),
                Label = new LabelProfile
                {
                    Column = Text(label, "column", path),
                    Positive = Text(label, "positive", path),
                    Negative = OptionalText(label, "negative", path),
                    Positives = Count(label, "positives", path),
                    Negatives = Count(label, "negatives", path),
                },
                Groups = groups,
                Duplicates = new DuplicateSummary
                {
                    Rows = rows,
                    DuplicateRows = Count(duplicates, "duplicateRows", path),
                    First = ReadMatches(duplicates, "duplicateOf", path + ".duplicates"),
                },
                Skipped = skippedCount == 0 ? SkippedRows.None : new SkippedRows(skippedCount, skippedFirst),
            };
        }

        private static ColumnProfile ReadColumn(JsonObject column, string path)
        {
            string type = Text(column, "type", path);
            if (type != "number" && type != "category") throw Wrong(path + ".type", "\"number\" or \"category\"");
            var profile = new ColumnProfile
            {
                Name = Text(column, "name", path),
                Type = type == "number" ? ColumnType.Number : ColumnType.Category,
                TypeSource = Text(column, "typeSource", path),
                Missing = Count(column, "missing", path),
                MissingRate = Number(column, "missingRate", path),
                Distinct = Count(column, "distinct", path),
            };

            JsonNode? numbers = column["numbers"];
            if (numbers != null && numbers.Kind != JsonKind.Null)
            {
                JsonObject n = Object(numbers, path + ".numbers");
                profile.Numbers = new NumericSummary
                {
                    Min = Number(n, "min", path),
                    Max = Number(n, "max", path),
                    Mean = Number(n, "mean", path),
                    StandardDeviation = OptionalNumber(n, "std", path),
                    P5 = Number(n, "p5", path),
                    P25 = Number(n, "p25", path),
                    P50 = Number(n, "p50", path),
                    P75 = Number(n, "p75", path),
                    P95 = Number(n, "p95", path),
                };
            }

            JsonNode? top = column["top"];
            if (top != null && top.Kind != JsonKind.Null)
            {
                var counts = new List<CategoryCount>();
                foreach (JsonNode item in Array(top, path + ".top").Items)
                {
                    JsonObject c = Object(item, path + ".top[]");
                    counts.Add(new CategoryCount(Text(c, "value", path), Count(c, "count", path)));
                }

                profile.Top = counts;
            }

            return profile;
        }

        /// <summary>Reads the train/test overlap written by <see cref="WriteOverlap"/>.</summary>
        /// <exception cref="FormatException">The JSON is not such an overlap; the message says which field is wrong.</exception>
        public static OverlapSummary ReadOverlap(JsonNode node)
        {
            const string path = "data.overlap";
            JsonObject overlap = Object(node, path);
            var columns = new List<string>();
            foreach (JsonNode item in Array(Required(overlap, "columns", path), path + ".columns").Items)
            {
                columns.Add((item as JsonString)?.Value ?? throw Wrong(path + ".columns[]", "a string"));
            }

            return new OverlapSummary
            {
                TestRows = Count(overlap, "testRows", path),
                InTraining = Count(overlap, "inTraining", path),
                Columns = columns,
                First = ReadMatches(overlap, "trainLine", path),
            };
        }

        /// <summary><c>aucVariance</c>, and <c>table</c>: <c>{ "rows", "columns", "counts" }</c> or null.</summary>
        private static void WriteEvidence(JsonTextWriter w, ProxyColumn column)
        {
            w.Property("aucVariance", column.AucVariance);
            w.PropertyName("table");
            ContingencyTable? table = column.Table;
            if (table is null)
            {
                w.Null();
                return;
            }

            w.StartObject();
            w.Property("rows", (long)table.Rows);
            w.Property("columns", (long)table.Columns);
            w.PropertyName("counts");
            w.StartArray();
            foreach (long count in table.Counts) w.Number(count);
            w.EndArray();
            w.EndObject();
        }

        private static ContingencyTable? ReadTable(JsonObject column, string path)
        {
            JsonNode? node = column["table"];
            if (node is null || node.Kind == JsonKind.Null) return null;
            JsonObject table = Object(node, path + ".table");
            var counts = new List<long>();
            foreach (JsonNode count in Array(Required(table, "counts", path + ".table"), path + ".table.counts").Items)
            {
                counts.Add(count is JsonNumber number && number.TryGetInt64(out long value) && value >= 0 ? value : throw Wrong(path + ".table.counts[]", "a count"));
            }

            int rows = Count(table, "rows", path + ".table"), columns = Count(table, "columns", path + ".table");
            if ((long)rows * columns != counts.Count) throw Wrong(path + ".table", $"a table of {rows} × {columns} counts");
            return new ContingencyTable(counts.ToArray(), rows, columns);
        }


        /// <summary>Reads the leakage measures written by <see cref="WriteLeakage"/>.</summary>
        /// <exception cref="FormatException">The JSON is not such measures; the message says which field is wrong.</exception>
        public static LeakageReport ReadLeakage(JsonNode node)
        {
            const string path = "data.leakage";
            JsonObject leakage = Object(node, path);
            var columns = new List<ColumnAuc>();
            foreach (JsonNode item in Array(Required(leakage, "columns", path), path + ".columns").Items)
            {
                JsonObject c = Object(item, path + ".columns[]");
                columns.Add(new ColumnAuc(Text(c, "column", path), OptionalNumber(c, "auc", path), OptionalNumber(c, "variance", path)));
            }

            return new LeakageReport { Method = Text(leakage, "method", path), Columns = columns };
        }

        /// <summary>Reads the proxy measures written by <see cref="WriteProxies"/>.</summary>
        /// <exception cref="FormatException">The JSON is not such measures; the message says which field is wrong.</exception>
        public static IReadOnlyList<ProxyReport> ReadProxies(JsonNode node)
        {
            const string path = "data.proxies[]";
            JsonArray proxies = Array(node, "data.proxies");
            var reports = new List<ProxyReport>();
            foreach (JsonNode item in proxies.Items)
            {
                JsonObject proxy = Object(item, path);
                var columns = new List<ProxyColumn>();
                foreach (JsonNode column in Array(Required(proxy, "columns", path), path + ".columns").Items)
                {
                    JsonObject c = Object(column, path + ".columns[]");
                    columns.Add(new ProxyColumn
                    {
                        Column = Text(c, "column", path),
                        Auc = OptionalNumber(c, "auc", path),
                        CramersV = OptionalNumber(c, "cramersV", path),
                        Strength = OptionalNumber(c, "strength", path),
                        AucVariance = OptionalNumber(c, "aucVariance", path),
                        Table = ReadTable(c, path + ".columns[]"),
                    });
                }

                reports.Add(new ProxyReport
                {
                    Attribute = Text(proxy, "attribute", path),
                    Groups = Count(proxy, "groups", path),
                    Measure = Text(proxy, "measure", path),
                    Method = Text(proxy, "method", path),
                    Columns = columns,
                });
            }

            return reports;
        }

        private static List<RowMatch> ReadMatches(JsonObject parent, string matchName, string path)
        {
            var matches = new List<RowMatch>();
            foreach (JsonNode item in Array(Required(parent, "first", path), path + ".first").Items)
            {
                JsonObject match = Object(item, path + ".first[]");
                matches.Add(new RowMatch(Count(match, "line", path), Count(match, matchName, path)));
            }

            return matches;
        }

        private static JsonNode Required(JsonObject parent, string name, string path) =>
            parent[name] ?? throw new FormatException($"{path} has no \"{name}\".");

        private static JsonObject Object(JsonNode node, string path) => node as JsonObject ?? throw Wrong(path, "an object");

        private static JsonArray Array(JsonNode node, string path) => node as JsonArray ?? throw Wrong(path, "an array");

        private static string Text(JsonObject parent, string name, string path) =>
            (Required(parent, name, path) as JsonString)?.Value ?? throw Wrong(path + "." + name, "a string");

        private static string? OptionalText(JsonObject parent, string name, string path)
        {
            JsonNode? node = parent[name];
            if (node is null || node.Kind == JsonKind.Null) return null;
            return (node as JsonString)?.Value ?? throw Wrong(path + "." + name, "a string or null");
        }

        private static double Number(JsonObject parent, string name, string path) =>
            OptionalNumber(parent, name, path) ?? throw Wrong(path + "." + name, "a number");

        private static double? OptionalNumber(JsonObject parent, string name, string path)
        {
            JsonNode? node = parent[name];
            if (node is null || node.Kind == JsonKind.Null) return null;
            return node is JsonNumber number
                ? double.Parse(number.Text, NumberStyles.Float, CultureInfo.InvariantCulture)
                : throw Wrong(path + "." + name, "a number or null");
        }

        private static long Long(JsonObject parent, string name, string path) =>
            Required(parent, name, path) is JsonNumber number && number.TryGetInt64(out long value) && value >= 0
                ? value
                : throw Wrong(path + "." + name, "a count");

        private static int Count(JsonObject parent, string name, string path)
        {
            long value = Long(parent, name, path);
            return value <= int.MaxValue ? (int)value : throw Wrong(path + "." + name, "a count below 2^31");
        }

        private static FormatException Wrong(string path, string expected) => new FormatException($"{path} is not {expected}.");
    }
}
