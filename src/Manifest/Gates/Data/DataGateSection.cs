using System;
using System.Collections.Generic;
using System.Linq;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Json;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Policy;
using AiFactory.Manifest.Reading;

namespace AiFactory.Manifest.Gates.Data
{
    /// <summary><c>gates.data</c>: bounds on the training and test data themselves, judged before the model is.</summary>
    internal sealed class DataGateSection : IGateSection
    {
        public string Key => "data";

        public string? ObjectHint => "write { \"maxMissingRate\": 0.05, \"minRows\": 1000 }";

        public string? PolicyRefusal => null;

        /// <summary>One threshold per key of gates.data: <c>data.minRows</c>, ...</summary>
        public IReadOnlyList<string> Thresholds { get; } = DataKeys.Gates.Select(gate => "data." + gate).ToList();

        public void Read(GateReading reading, JsonProperty property, JsonObject node, GatesSection section) =>
            section.Data = DataGatesReader.Read(reading.Context, node, reading.Data);

        public void CheckInPolicy(ReadContext context, GatesSection section)
        {
            PolicySeed.Refuse(context, section.Data?.Settings.SettingLocations, Key);
            if (section.Data != null && section.Data.MaxMissingRateColumns.Count > 0)
            {
                context.Error(DiagnosticIds.UnknownKey,
                    "a policy cannot bound single columns: column names belong to each model's data. " +
                    "Use gates.data.maxMissingRate.eachColumn for a bound on every column",
                    section.Data.MaxMissingRateColumns[0].Bound.Location);
            }
        }

        public void MergePolicy(PolicyMerge merge, PolicyStage stage)
        {
            if (stage == PolicyStage.Section)
            {
                DataGatesPolicy.Apply(merge);
            }
        }

        public bool Has(ModelManifest manifest, string threshold)
        {
            DataGates? data = manifest.Gates.Data;
            if (data == null)
            {
                return false;
            }

            bool hasSensitive = manifest.Data.Sensitive.Count > 0;
            switch (threshold.Split('.')[1])
            {
                case "minRows": return data.MinRowsTest != null || data.MinRowsTrain != null;
                case "maxMissingRate": return data.MaxMissingRate != null || data.MaxMissingRateEachColumn != null || data.MaxMissingRateColumns.Count > 0;
                case "maxDuplicateRate": return data.MaxDuplicateRate != null;
                case "maxOverlapRate": return data.MaxOverlapRate != null;
                case "minMinorityShare": return data.MinMinorityShare != null;
                case "minGroupRows": return data.MinGroupRows != null && hasSensitive;
                case "maxLeakageAuc": return data.MaxLeakageAuc != null;
                case "maxProxyStrength": return data.MaxProxyStrength != null && hasSensitive;
                default: return false;
            }
        }

        public string Example(string threshold) => $"\"gates\": {{ \"data\": {{ \"{threshold.Split('.')[1]}\": ... }} }}";

        public void AddKeyHomes(Action<IEnumerable<string>, string> add)
        {
            add(DataKeys.Gates, "gates.data");
            add(DataKeys.MissingRateBounds, "gates.data.maxMissingRate");
        }
    }
}
