using System.Collections.Generic;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Json;
using AiFactory.Manifest.Model;

namespace AiFactory.Manifest.Reading
{
    /// <summary>Reads and checks the <c>gates</c> section: metric, baseline, business and fairness gates (data gates have their own reader).</summary>
    internal static class GatesSectionReader
    {
        /// <param name="context">The reading.</param>
        /// <param name="node">The gates object.</param>
        /// <param name="paths">Resolves gates.baseline.results with the manifest's allowed roots.</param>
        /// <param name="labelOnly">The predictions file has predicted labels only (data.prediction): no scores.</param>
        /// <param name="hasCosts">business.costs is present, so a cost can be computed.</param>
        /// <param name="data">The data section as read (fairness gates need its sensitive attributes), or null when absent.</param>
        public static GatesSection Read(ReadContext context, JsonObject node, DataPaths paths, bool labelOnly, bool hasCosts, DataSection? data = null)
        {
            var gates = new ObjectReader(context, node, "gates", ManifestKeys.Gates);
            var section = new GatesSection();

            JsonObject? metrics = gates.Object("metrics");
            if (metrics != null)
            {
                section.Metrics = ReadMetrics(context, metrics, labelOnly, out MetricGateSettings settings);
                section.MetricSettings = settings;
            }

            JsonObject? baseline = gates.Object("baseline");
            if (baseline != null)
            {
                section.Baseline = ReadBaseline(context, baseline, paths, labelOnly);
            }

            JsonObject? business = gates.Object("business");
            if (business != null)
            {
                var reader = new ObjectReader(context, business, "gates.business", Concat(ManifestKeys.BusinessGates, ManifestKeys.BusinessSettings));
                section.MaxCostPer1000 = reader.Number("maxCostPer1000", NumberRange.AnyFinite);
                section.BusinessSettings = MetricSettingsReader.Read(context, reader, ManifestKeys.BusinessSettings);
                JsonProperty? maxCost = reader.Property("maxCostPer1000");
                if (maxCost != null && !hasCosts)
                {
                    context.Error(
                        DiagnosticIds.MissingKey,
                        "gates.business.maxCostPer1000 needs business.costs to compute a cost; add it at the top level, e.g. " +
                        "\"business\": { \"costs\": { \"falsePositive\": 500, \"falseNegative\": 120 } }",
                        context.At(maxCost));
                }
            }

            JsonObject? dataGates = gates.Object("data", hint: "write { \"maxMissingRate\": 0.05, \"minRows\": 1000 }");
            if (dataGates != null)
            {
                section.Data = DataGatesSectionReader.Read(context, dataGates, data);
            }

            JsonProperty? fairness = gates.Property("fairness");
            JsonObject? fairnessNode = gates.Object("fairness", hint: "write { \"demographicParityRatio\": { \"min\": 0.80 } }");
            if (fairness != null && fairnessNode != null)
            {
                section.Fairness = FairnessSectionReader.Read(context, fairness, fairnessNode, data, labelOnly);
            }

            foreach (string key in ManifestKeys.GatesNotSupportedYet)
            {
                JsonProperty? property = gates.Property(key);
                if (property != null)
                {
                    context.Error(
                        DiagnosticIds.NotSupportedYet,
                        $"gates.{key} is not supported yet: {key} gates arrive in a later release of AiFactory.Build. " +
                        $"Remove gates.{key} for now; it would not be enforced, and a gate that cannot fail must not look like one",
                        context.At(property));
                }
            }

            return section;
        }

        private static List<MetricGate> ReadMetrics(ReadContext context, JsonObject node, bool labelOnly, out MetricGateSettings settings)
        {
            var metrics = new ObjectReader(context, node, "gates.metrics", null);
            settings = MetricSettingsReader.Read(context, metrics, ManifestKeys.MetricSettings);
            var result = new List<MetricGate>();
            foreach (JsonProperty property in metrics.EffectiveProperties())
            {
                if (Contains(ManifestKeys.MetricSettings, property.Name))
                {
                    continue;
                }

                string? setting = Suggestions.Closest(property.Name, ManifestKeys.MetricSettings);
                if (!IsMetric(property.Name) && setting != null && Suggestions.Closest(property.Name, MetricNames.All) == null)
                {
                    context.Error(
                        DiagnosticIds.UnknownKey,
                        $"unknown key '{property.Name}' in gates.metrics; did you mean '{setting}'?",
                        context.At(property));
                    continue;
                }

                if (!IsMetric(property.Name))
                {
                    context.Error(
                        DiagnosticIds.UnknownMetric,
                        $"unknown metric '{property.Name}' in gates.metrics; {Suggestions.DidYouMeanOrList(property.Name, MetricNames.All, "metrics")}",
                        context.At(property));
                    continue;
                }

                string metric = property.Name;
                if (labelOnly)
                {
                    ReportNeedsScores(context, metric, property);
                }

                JsonObject? entry = EntryObject(metrics, property, "min", "max", "a minimum or a maximum, both inclusive");
                if (entry == null)
                {
                    continue;
                }

                var bounds = new ObjectReader(context, entry, $"gates.metrics.{metric}", ManifestKeys.MetricBounds);
                NumberRange range = NumberRange.ForMetric(metric);
                var gate = new MetricGate(metric)
                {
                    Min = bounds.Number("min", range),
                    Max = bounds.Number("max", range),
                    Location = context.At(property),
                };

                // An entry holding only unknown keys already has its AIF2002 ("did you mean 'min'?"); one more error
                // for the same slip would be noise.
                if (entry.Properties.Count == 0)
                {
                    context.Error(
                        DiagnosticIds.MissingKey,
                        $"gates.metrics.{metric} sets no bound; add \"min\" or \"max\" (both inclusive), e.g. {{ \"min\": 0.8 }}",
                        context.At(entry));
                    continue;
                }

                if (gate.Min != null && gate.Max != null && gate.Min.Value > gate.Max.Value)
                {
                    context.Error(
                        DiagnosticIds.ConflictingKeys,
                        $"gates.metrics.{metric} min {Text(entry, "min")} is above its max {Text(entry, "max")}, so the gate can never pass; lower min or raise max",
                        gate.Min.Location);
                    continue;
                }

                result.Add(gate);
            }

            return result;
        }

        private static BaselineGates ReadBaseline(ReadContext context, JsonObject node, DataPaths paths, bool labelOnly)
        {
            var baseline = new ObjectReader(context, node, "gates.baseline", null);
            var section = new BaselineGates();

            JsonString? results = baseline.String(ManifestKeys.BaselineResults, requiredExample: "\"results\": \"baseline/results.json\"");
            if (results != null)
            {
                section.ResultsPath = paths.ResolveFile("gates.baseline.results", results) ?? "";
                section.ResultsLocation = context.At(results);
            }

            var candidates = new List<string> { ManifestKeys.BaselineResults };
            candidates.AddRange(MetricNames.All);
            var gates = new List<BaselineMetricGate>();
            foreach (JsonProperty property in baseline.EffectiveProperties())
            {
                if (property.Name == ManifestKeys.BaselineResults)
                {
                    continue;
                }

                if (!IsMetric(property.Name))
                {
                    string? closest = Suggestions.Closest(property.Name, candidates);
                    bool meantResults = closest == ManifestKeys.BaselineResults;
                    string advice = closest != null
                        ? $"did you mean '{closest}'?"
                        : $"gates.baseline holds 'results' and metric names: {Suggestions.List(MetricNames.All)}";
                    context.Error(
                        meantResults ? DiagnosticIds.UnknownKey : DiagnosticIds.UnknownMetric,
                        meantResults
                            ? $"unknown key '{property.Name}' in gates.baseline; {advice}"
                            : $"unknown metric '{property.Name}' in gates.baseline; {advice}",
                        context.At(property));
                    continue;
                }

                string metric = property.Name;
                if (labelOnly)
                {
                    ReportNeedsScores(context, metric, property);
                }

                JsonObject? entry = EntryObject(baseline, property, "maxDrop", "minGain", "the largest allowed drop or the smallest required gain");
                if (entry == null)
                {
                    continue;
                }

                var bounds = new ObjectReader(context, entry, $"gates.baseline.{metric}", ManifestKeys.BaselineBounds);
                NumberRange range = NumberRange.ForMetric(metric);
                var gate = new BaselineMetricGate(metric)
                {
                    MaxDrop = bounds.Number("maxDrop", range),
                    MinGain = bounds.Number("minGain", range),
                    Location = context.At(property),
                };

                if (entry.Properties.Count == 0)
                {
                    context.Error(
                        DiagnosticIds.MissingKey,
                        $"gates.baseline.{metric} sets no comparison; add \"maxDrop\" (how much worse than the baseline it may be) " +
                        "or \"minGain\" (how much better it must be), e.g. { \"maxDrop\": 0.01 }",
                        context.At(entry));
                    continue;
                }

                gates.Add(gate);
            }

            section.Metrics = gates;
            return section;
        }

        /// <summary>The entry's object, or AIF2004 with the object form of a bare number ("auc": 0.8).</summary>
        private static JsonObject? EntryObject(ObjectReader parent, JsonProperty property, string firstKey, string secondKey, string meanings)
        {
            if (property.Value is JsonObject entry)
            {
                return entry;
            }

            string hint = property.Value is JsonNumber number
                ? $"write {{ \"{firstKey}\": {number.Text} }} or {{ \"{secondKey}\": {number.Text} }} ({meanings})"
                : $"write an object with \"{firstKey}\" or \"{secondKey}\" ({meanings})";
            parent.WrongType(parent.KeyPath(property.Name), "an object", property.Value, hint);
            return null;
        }

        private static void ReportNeedsScores(ReadContext context, string metric, JsonProperty property)
        {
            if (MetricNames.NeedsScores(metric))
            {
                context.Error(
                    DiagnosticIds.ConflictingKeys,
                    $"{metric} needs scores; a label-only predictions file has none (data.prediction). " +
                    $"Remove this {metric} gate, or export the model's probabilities and name that column with data.score",
                    context.At(property));
            }
        }

        private static bool IsMetric(string name) => MetricNames.IsMetric(name);

        private static bool Contains(IReadOnlyList<string> keys, string key)
        {
            foreach (string k in keys)
            {
                if (k == key) return true;
            }

            return false;
        }

        private static List<string> Concat(IReadOnlyList<string> first, IReadOnlyList<string> second)
        {
            var all = new List<string>(first);
            all.AddRange(second);
            return all;
        }

        private static string Text(JsonObject entry, string key) => entry[key] is JsonNumber n ? n.Text : "";
    }
}
