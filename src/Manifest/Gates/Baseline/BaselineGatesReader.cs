using System.Collections.Generic;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Gates.Metrics;
using AiFactory.Manifest.Json;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;

namespace AiFactory.Manifest.Gates.Baseline
{
    /// <summary>
    /// Reads and checks <c>gates.baseline</c>: the earlier results.json, the settings the paired difference is judged
    /// under (as <c>gates.metrics</c> spells them), and per metric how it must compare.
    /// </summary>
    internal static class BaselineGatesReader
    {
        public static BaselineGates Read(ReadContext context, JsonObject node, DataPaths paths, bool labelOnly)
        {
            var baseline = new ObjectReader(context, node, "gates.baseline", null);
            var section = new BaselineGates();

            JsonString? results = baseline.String(BaselineKeys.Results, requiredExample: "\"results\": \"baseline/results.json\"");
            if (results != null)
            {
                section.ResultsPath = paths.ResolveFile("gates.baseline.results", results) ?? "";
                section.ResultsLocation = context.At(results);
            }

            section.Settings = MetricSettingsReader.Read(context, baseline, BaselineKeys.Settings);
            var fixedKeys = new List<string> { BaselineKeys.Results };
            fixedKeys.AddRange(BaselineKeys.Settings);
            var candidates = new List<string>(fixedKeys);
            candidates.AddRange(MetricNames.All);
            var gates = new List<BaselineMetricGate>();
            foreach (JsonProperty property in baseline.EffectiveProperties())
            {
                if (fixedKeys.Contains(property.Name))
                {
                    continue;
                }

                if (!MetricNames.IsMetric(property.Name))
                {
                    string? closest = Suggestions.Closest(property.Name, candidates);
                    bool meantKey = closest != null && fixedKeys.Contains(closest);
                    string advice = closest != null
                        ? $"did you mean '{closest}'?"
                        : $"gates.baseline holds 'results', the settings {Suggestions.List(BaselineKeys.Settings)}, and metric names: {Suggestions.List(MetricNames.All)}";
                    context.Error(
                        meantKey ? DiagnosticIds.UnknownKey : DiagnosticIds.UnknownMetric,
                        meantKey
                            ? $"unknown key '{property.Name}' in gates.baseline; {advice}"
                            : $"unknown metric '{property.Name}' in gates.baseline; {advice}",
                        context.At(property));
                    continue;
                }

                string metric = property.Name;
                if (labelOnly)
                {
                    MetricEntries.ReportNeedsScores(context, metric, property);
                }

                JsonObject? entry = MetricEntries.EntryObject(baseline, property, "maxDrop", "minGain", "the largest allowed drop or the smallest required gain");
                if (entry == null)
                {
                    continue;
                }

                var bounds = new ObjectReader(context, entry, $"gates.baseline.{metric}", BaselineKeys.Bounds);
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
    }
}
