using System.Collections.Generic;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Json;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;

namespace AiFactory.Manifest.Gates.Metrics
{
    /// <summary>Reads and checks <c>gates.metrics</c>: its settings, then one gate per metric with inclusive bounds.</summary>
    internal static class MetricGatesReader
    {
        public static List<MetricGate> Read(ReadContext context, JsonObject node, bool labelOnly, out MetricGateSettings settings)
        {
            var metrics = new ObjectReader(context, node, "gates.metrics", null);
            settings = MetricSettingsReader.Read(context, metrics, MetricsKeys.Settings);
            var result = new List<MetricGate>();
            foreach (JsonProperty property in metrics.EffectiveProperties())
            {
                if (Contains(MetricsKeys.Settings, property.Name))
                {
                    continue;
                }

                string? setting = Suggestions.Closest(property.Name, MetricsKeys.Settings);
                if (!MetricNames.IsMetric(property.Name) && setting != null && Suggestions.Closest(property.Name, MetricNames.All) == null)
                {
                    context.Error(
                        DiagnosticIds.UnknownKey,
                        $"unknown key '{property.Name}' in gates.metrics; did you mean '{setting}'?",
                        context.At(property));
                    continue;
                }

                if (!MetricNames.IsMetric(property.Name))
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
                    MetricEntries.ReportNeedsScores(context, metric, property);
                }

                JsonObject? entry = MetricEntries.EntryObject(metrics, property, "min", "max", "a minimum or a maximum, both inclusive");
                if (entry == null)
                {
                    continue;
                }

                var bounds = new ObjectReader(context, entry, $"gates.metrics.{metric}", MetricsKeys.Bounds);
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

        private static bool Contains(IReadOnlyList<string> keys, string key)
        {
            foreach (string k in keys)
            {
                if (k == key) return true;
            }

            return false;
        }

        private static string Text(JsonObject entry, string key) => entry[key] is JsonNumber n ? n.Text : "";
    }
}
