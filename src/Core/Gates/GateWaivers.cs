using System;
using System.Collections.Generic;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Gates
{
    /// <summary>
    /// Marks the gates judged under a waived setting (docs/policy.md): each carries its waiver, and one that met its
    /// looser setting reports <see cref="GateStatus.Waived"/>, never <see cref="GateStatus.Passed"/>.
    /// </summary>
    internal static class GateWaivers
    {
        public static void Apply(ModelManifest manifest, IReadOnlyList<GateResult> gates)
        {
            FairnessGates? fairness = manifest.Gates.Fairness;
            foreach (GateResult gate in gates)
            {
                // Every gate is judged against a bound of the manifest (GateResult.Against), which carries its waiver.
                Waiver? waiver = gate.BoundWaiver;
                if (waiver == null && fairness != null && gate.Kind == GateKinds.Fairness)
                {
                    waiver = GateSettingsWaiver(fairness, gate.Id) ?? (fairness.SectionWaivers.Count > 0 ? fairness.SectionWaivers[0] : null);
                }

                // A waived setting of gates.metrics, gates.business or gates.data (judging, confidence, resamples) waives its gates.
                IList<Waiver> settings = gate.Kind == GateKinds.Metric ? manifest.Gates.MetricSettings.SectionWaivers
                    : gate.Kind == GateKinds.Business ? manifest.Gates.BusinessSettings.SectionWaivers
                    : gate.Kind == GateKinds.Data ? manifest.Gates.Data?.Settings.SectionWaivers ?? NoWaivers : NoWaivers;
                if (waiver == null && settings.Count > 0)
                {
                    waiver = settings[0];
                }

                if (waiver == null)
                {
                    continue;
                }

                gate.Waiver = waiver;
                if (gate.Status == GateStatus.Passed)
                {
                    gate.Status = GateStatus.Waived;
                    gate.Message += $" — waived: the policy's setting is tighter; {waiver.Who} waived it until {waiver.ExpiresText} ({waiver.Why})";
                }
            }
        }

        private static readonly Waiver[] NoWaivers = Array.Empty<Waiver>();

        private static Waiver? GateSettingsWaiver(FairnessGates fairness, string id)
        {
            foreach (FairnessGate gate in fairness.Disparities)
            {
                if (gate.Waiver != null && id.StartsWith("fairness." + gate.Metric + ".", System.StringComparison.Ordinal)) return gate.Waiver;
            }

            foreach (GroupMetricGate gate in fairness.EveryGroup)
            {
                if (gate.Waiver != null && id.StartsWith("fairness.everyGroup." + gate.Metric + ".", System.StringComparison.Ordinal)) return gate.Waiver;
            }

            return null;
        }
    }
}
