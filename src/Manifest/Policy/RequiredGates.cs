using System.Linq;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Manifest.Policy
{
    /// <summary>Checks the policy's <c>required</c> against the effective gates: each missing one is AIF2024.</summary>
    internal static class RequiredGates
    {
        public static void Check(PolicyMerge merge)
        {
            foreach (RequiredGate required in merge.Policy.Required)
            {
                if (Present(merge.Manifest, required.Path))
                {
                    continue;
                }

                string reason = merge.WhyNotApplicable(required.Path) ?? "its aifactory.json sets none and the policy gives no threshold to inherit";
                merge.Diagnostics.Add(Diagnostic.Error(DiagnosticIds.RequiredGateMissing,
                    $"the policy requires the gate {required.Path} of every model ({required.Location}), but model '{merge.Manifest.Model.Name}' " +
                    $"cannot have it: {reason}. Add it to aifactory.json, e.g. {Example(required.Path)}",
                    merge.ManifestStart));
            }
        }

        private static bool Present(ModelManifest manifest, string path)
        {
            GatesSection gates = manifest.Gates;
            string[] parts = path.Split('.');
            switch (parts[0])
            {
                case "metrics":
                    return gates.Metrics.Any(g => g.Metric == parts[1] && (g.Min != null || g.Max != null));
                case "business":
                    return gates.MaxCostPer1000 != null && manifest.Business?.Costs != null;
                case "data":
                    return DataGatePresent(gates.Data, parts[1], manifest.Data.Sensitive.Count > 0);
                case "fairness":
                    if (manifest.Data.Sensitive.Count == 0 || gates.Fairness == null)
                    {
                        return false;
                    }

                    return parts[1] == "everyGroup"
                        ? gates.Fairness.EveryGroup.Any(g => g.Metric == parts[2])
                        : gates.Fairness.Disparities.Any(g => g.Metric == parts[1]);
                default:
                    return false;
            }
        }

        private static bool DataGatePresent(DataGates? data, string gate, bool hasSensitive)
        {
            if (data == null)
            {
                return false;
            }

            switch (gate)
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

        private static string Example(string path)
        {
            string[] parts = path.Split('.');
            switch (parts[0])
            {
                case "metrics": return $"\"gates\": {{ \"metrics\": {{ \"{parts[1]}\": {{ \"{(MetricDescriptor.Named(parts[1]).LowerIsBetter ? "max" : "min")}\": ... }} }} }}";
                case "business": return "\"business\": { \"costs\": { \"falsePositive\": 500, \"falseNegative\": 120 } } and \"gates\": { \"business\": { \"maxCostPer1000\": ... } }";
                case "data": return $"\"gates\": {{ \"data\": {{ \"{parts[1]}\": ... }} }}";
                default:
                    return parts[1] == "everyGroup"
                        ? $"\"data\": {{ \"sensitive\": [\"...\"] }} and \"gates\": {{ \"fairness\": {{ \"everyGroup\": {{ \"{parts[2]}\": {{ \"min\": ... }} }} }} }}"
                        : $"\"data\": {{ \"sensitive\": [\"...\"] }} and \"gates\": {{ \"fairness\": {{ \"{parts[1]}\": {{ ... }} }} }}";
            }
        }
    }
}
