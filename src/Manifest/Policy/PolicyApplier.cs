using System;
using System.Collections.Generic;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Manifest.Policy
{
    /// <summary>
    /// Applies a policy to a validated manifest (docs/policy.md): the manifest's gates become the effective gates —
    /// the policy's where the manifest is silent, the manifest's where it is as tight or tighter — and every loosening,
    /// waiver and missing required gate is reported.
    /// </summary>
    public static class PolicyApplier
    {
        /// <summary>
        /// Changes <paramref name="manifest"/>'s gates in place into the effective gates and returns the diagnostics:
        /// AIF2023 (loosened), AIF2024 (required gate missing), AIF2025 (policy gate not applicable, warning),
        /// AIF6001 (waived, warning) and AIF6002 (waiver expired).
        /// </summary>
        /// <param name="manifest">A manifest read without errors.</param>
        /// <param name="policy">The policy above it, with its waivers.</param>
        /// <param name="today">The date waivers are judged on (UTC).</param>
        public static IReadOnlyList<Diagnostic> Apply(ModelManifest manifest, GovernancePolicy policy, DateTime today)
        {
            if (manifest is null)
            {
                throw new ArgumentNullException(nameof(manifest));
            }

            if (policy is null)
            {
                throw new ArgumentNullException(nameof(policy));
            }

            var merge = new PolicyMerge(manifest, policy, today);
            ApplyGates(merge);
            RequiredGates.Check(merge);
            manifest.Policy = manifest.Policy ?? policy;
            manifest.Policies.Add(policy);
            return merge.Diagnostics;
        }

        /// <summary>True for the diagnostics that depend on the date (waivers), which a build re-checks even when nothing changed.</summary>
        public static bool IsWaiverDiagnostic(Diagnostic diagnostic) =>
            diagnostic.Code == DiagnosticIds.GateWaived || diagnostic.Code == DiagnosticIds.WaiverExpired;

        /// <summary>The policy's gates and settings against the manifest's, in place: metrics, business, data, fairness.</summary>
        internal static void ApplyGates(PolicyMerge merge)
        {
            ApplyMetrics(merge);
            ApplyBusiness(merge);
            MetricSettingsPolicy.Apply(merge);
            DataGatesPolicy.Apply(merge);
            FairnessPolicy.Apply(merge);
        }

        private static void ApplyMetrics(PolicyMerge merge)
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

        private static void ApplyBusiness(PolicyMerge merge)
        {
            Bound? policy = merge.Policy.Gates.MaxCostPer1000;
            if (policy == null)
            {
                return;
            }

            if (merge.Manifest.Business?.Costs == null)
            {
                merge.NotApplicable("business.maxCostPer1000", policy.Location, "the manifest states no business.costs to compute a cost from");
                return;
            }

            merge.Manifest.Gates.MaxCostPer1000 = merge.Bound("business.maxCostPer1000", merge.Manifest.Gates.MaxCostPer1000, policy, minimum: false);
        }
    }
}
