using System.Collections.Generic;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Policy;

namespace AiFactory.Manifest.Gates.Metrics
{
    /// <summary>
    /// Applies the policy's <c>gates.metrics</c> bounds: a metric the manifest does not gate is inherited, a bound both
    /// write keeps the manifest's unless it is looser (min: lower is looser; max: higher is looser).
    /// </summary>
    internal static class MetricGatesPolicy
    {
        public static void Apply(PolicyMerge merge)
        {
            ModelManifest manifest = merge.Manifest;
            bool labelOnly = manifest.Model.Source != ModelSource.MLNet && manifest.Data.Prediction != null && manifest.Data.Score == null;
            var gates = new List<MetricGate>(manifest.Gates.Metrics);
            foreach (MetricGate policyGate in merge.Policy.Gates.Metrics)
            {
                string path = "metrics." + policyGate.Metric;
                if (labelOnly && MetricNames.NeedsScores(policyGate.Metric))
                {
                    merge.NotApplicable(path, policyGate.Location!, "a label-only predictions file (data.prediction) has no scores");
                    continue;
                }

                MetricGate? gate = gates.Find(g => g.Metric == policyGate.Metric);
                if (gate == null)
                {
                    gates.Add(new MetricGate(policyGate.Metric) { Location = policyGate.Location, Min = policyGate.Min, Max = policyGate.Max });
                    continue;
                }

                gate.Min = merge.Bound(path + ".min", gate.Min, policyGate.Min, minimum: true);
                gate.Max = merge.Bound(path + ".max", gate.Max, policyGate.Max, minimum: false);
            }

            manifest.Gates.Metrics = gates;
        }
    }
}
