using System;
using System.Collections.Generic;
using AiFactory.Manifest.Json;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Policy;
using AiFactory.Manifest.Reading;

namespace AiFactory.Manifest.Gates.Baseline
{
    /// <summary><c>gates.baseline</c>: comparison with an earlier model's results.json. A model's own: no policy sets it.</summary>
    internal sealed class BaselineGateSection : IGateSection
    {
        public string Key => "baseline";

        public string? ObjectHint => null;

        public string? PolicyRefusal =>
            "a policy cannot set baseline gates: each model compares with its own earlier results.json. " +
            "Remove gates.baseline here; a model sets it in its aifactory.json";

        public IReadOnlyList<string> Thresholds { get; } = Array.Empty<string>();

        public void Read(GateReading reading, JsonProperty property, JsonObject node, GatesSection section) =>
            section.Baseline = BaselineGatesReader.Read(reading.Context, node, reading.Paths, reading.LabelOnly);

        public void CheckInPolicy(ReadContext context, GatesSection section)
        {
            // A policy's gates.baseline is refused before its gates are read.
        }

        public void MergePolicy(PolicyMerge merge, PolicyStage stage)
        {
            // No policy has baseline gates to merge.
        }

        public bool Has(ModelManifest manifest, string threshold) => false;

        public string Example(string threshold) => "";

        public void AddKeyHomes(Action<IEnumerable<string>, string> add)
        {
            add(new[] { BaselineKeys.Results }, "gates.baseline");
            add(BaselineKeys.Bounds, "an entry of gates.baseline");
        }
    }
}
