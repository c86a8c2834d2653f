using System;
using System.Collections.Generic;
using System.Linq;
using AiFactory.Manifest.Json;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Policy;
using AiFactory.Manifest.Reading;

namespace AiFactory.Manifest.Gates.Metrics
{
    /// <summary><c>gates.metrics</c>: bounds on the metrics of the whole test set, and the settings they are judged under.</summary>
    internal sealed class MetricsGateSection : IGateSection
    {
        public string Key => "metrics";

        public string? ObjectHint => null;

        public string? PolicyRefusal => null;

        /// <summary>One threshold per overall metric: <c>metrics.auc</c>, ...</summary>
        public IReadOnlyList<string> Thresholds { get; } = MetricDescriptor.Overall.Select(m => m.GatePath).ToList();

        public void Read(GateReading reading, JsonProperty property, JsonObject node, GatesSection section)
        {
            section.Metrics = MetricGatesReader.Read(reading.Context, node, reading.LabelOnly, out MetricGateSettings settings);
            section.MetricSettings = settings;
        }

        public void CheckInPolicy(ReadContext context, GatesSection section) =>
            PolicySeed.Refuse(context, section.MetricSettings.SettingLocations, Key);

        public void MergePolicy(PolicyMerge merge, PolicyStage stage)
        {
            if (stage == PolicyStage.TestSetBounds)
            {
                MetricGatesPolicy.Apply(merge);
            }
            else if (stage == PolicyStage.TestSetSettings)
            {
                MetricSettingsPolicy.Apply(merge, Key, merge.Manifest.Gates.MetricSettings, merge.Policy.Gates.MetricSettings);
            }
        }

        public bool Has(ModelManifest manifest, string threshold)
        {
            string metric = threshold.Split('.')[1];
            return manifest.Gates.Metrics.Any(g => g.Metric == metric && (g.Min != null || g.Max != null));
        }

        public string Example(string threshold)
        {
            string metric = threshold.Split('.')[1];
            return $"\"gates\": {{ \"metrics\": {{ \"{metric}\": {{ \"{(MetricDescriptor.Named(metric).LowerIsBetter ? "max" : "min")}\": ... }} }} }}";
        }

        public void AddKeyHomes(Action<IEnumerable<string>, string> add)
        {
            add(MetricNames.All, "gates.metrics");
            add(MetricsKeys.Bounds, "an entry of gates.metrics");
        }
    }
}
