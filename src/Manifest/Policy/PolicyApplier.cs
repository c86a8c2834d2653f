using System;
using System.Collections.Generic;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Gates;
using AiFactory.Manifest.Model;

namespace AiFactory.Manifest.Policy
{
    /// <summary>
    /// Applies a policy to a validated manifest (docs/policy.md): the manifest's gates become the effective gates —
    /// the policy's where the manifest is silent, the manifest's where it is as tight or tighter — and every loosening,
    /// waiver and missing required gate is reported.
    /// </summary>
    internal static class PolicyApplier
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

        /// <summary>The policy's gates and settings against the manifest's, in place: each kind of <see cref="GateSections"/>.</summary>
        internal static void ApplyGates(PolicyMerge merge) => GateSections.MergePolicy(merge);
    }
}
