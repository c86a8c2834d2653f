using System;
using System.Collections.Generic;
using AiFactory.Manifest.Gates.Metrics;
using AiFactory.Manifest.Json;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Policy;
using AiFactory.Manifest.Reading;

namespace AiFactory.Manifest.Gates.Business
{
    /// <summary>
    /// <c>gates.business</c>: a bound on what the model's decisions cost per 1000, computed from the top-level
    /// <c>business.costs</c>, judged under <c>gates.metrics</c>' bootstrap with a judging of its own.
    /// </summary>
    internal sealed class BusinessGateSection : IGateSection
    {
        public string Key => "business";

        public string? ObjectHint => null;

        public string? PolicyRefusal => null;

        /// <summary>The cost's one threshold, where its metric descriptor says its gate is written.</summary>
        public IReadOnlyList<string> Thresholds { get; } = new[] { MetricDescriptor.CostPer1000.GatePath };

        public void Read(GateReading reading, JsonProperty property, JsonObject node, GatesSection section) =>
            BusinessGatesReader.Read(reading.Context, node, reading.HasCosts, section);

        public void CheckInPolicy(ReadContext context, GatesSection section)
        {
            // A policy may write everything gates.business holds.
        }

        public void MergePolicy(PolicyMerge merge, PolicyStage stage)
        {
            if (stage == PolicyStage.TestSetBounds)
            {
                BusinessGatesPolicy.Apply(merge);
            }
            else if (stage == PolicyStage.TestSetSettings)
            {
                MetricSettingsPolicy.Apply(merge, Key, merge.Manifest.Gates.BusinessSettings, merge.Policy.Gates.BusinessSettings);
            }
        }

        public bool Has(ModelManifest manifest, string threshold) =>
            manifest.Gates.MaxCostPer1000 != null && manifest.Business?.Costs != null;

        public string Example(string threshold) =>
            "\"business\": { \"costs\": { \"falsePositive\": 500, \"falseNegative\": 120 } } and \"gates\": { \"business\": { \"maxCostPer1000\": ... } }";

        public void AddKeyHomes(Action<IEnumerable<string>, string> add)
        {
            add(BusinessKeys.Section, "business");
            add(BusinessKeys.Costs, "business.costs");
            add(BusinessKeys.Gates, "gates.business");
        }
    }
}
