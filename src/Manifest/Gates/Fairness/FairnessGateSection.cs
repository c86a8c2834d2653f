using System;
using System.Collections.Generic;
using System.Linq;
using AiFactory.Manifest.Json;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Policy;
using AiFactory.Manifest.Reading;

namespace AiFactory.Manifest.Gates.Fairness
{
    /// <summary><c>gates.fairness</c>: disparities between the groups of the sensitive attributes, and per-group floors and ceilings.</summary>
    internal sealed class FairnessGateSection : IGateSection
    {
        public string Key => "fairness";

        public string? ObjectHint => "write { \"demographicParityRatio\": { \"min\": 0.80 } }";

        public string? PolicyRefusal => null;

        /// <summary>One threshold per disparity (<c>fairness.demographicParityRatio</c>), then per group metric (<c>fairness.everyGroup.fpr</c>).</summary>
        public IReadOnlyList<string> Thresholds { get; } =
            FairnessMetricNames.Disparities.Select(d => "fairness." + d)
                .Concat(FairnessMetricNames.GroupMetrics.Select(m => "fairness.everyGroup." + m))
                .ToList();

        public void Read(GateReading reading, JsonProperty property, JsonObject node, GatesSection section) =>
            section.Fairness = FairnessGatesReader.Read(reading.Context, property, node, reading.Data, reading.LabelOnly);

        public void CheckInPolicy(ReadContext context, GatesSection section) =>
            PolicySeed.Refuse(context, section.Fairness?.SettingLocations, Key);

        public void MergePolicy(PolicyMerge merge, PolicyStage stage)
        {
            if (stage == PolicyStage.Section)
            {
                FairnessGatesPolicy.Apply(merge);
            }
        }

        public bool Has(ModelManifest manifest, string threshold)
        {
            FairnessGates? fairness = manifest.Gates.Fairness;
            if (manifest.Data.Sensitive.Count == 0 || fairness == null)
            {
                return false;
            }

            string[] parts = threshold.Split('.');
            return parts[1] == "everyGroup"
                ? fairness.EveryGroup.Any(g => g.Metric == parts[2])
                : fairness.Disparities.Any(g => g.Metric == parts[1]);
        }

        public string Example(string threshold)
        {
            string[] parts = threshold.Split('.');
            return parts[1] == "everyGroup"
                ? $"\"data\": {{ \"sensitive\": [\"...\"] }} and \"gates\": {{ \"fairness\": {{ \"everyGroup\": {{ \"{parts[2]}\": {{ \"min\": ... }} }} }} }}"
                : $"\"data\": {{ \"sensitive\": [\"...\"] }} and \"gates\": {{ \"fairness\": {{ \"{parts[1]}\": {{ ... }} }} }}";
        }

        public void AddKeyHomes(Action<IEnumerable<string>, string> add)
        {
            // "seed" stays model's: a seed misplaced elsewhere most likely meant the model's.
            add(FairnessKeys.Section.Except(ManifestKeys.Model), "gates.fairness");
        }
    }
}
