using System.Collections.Generic;
using System.Globalization;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Policy;

namespace AiFactory.Manifest.Gates.Fairness
{
    /// <summary>Applies the policy's <c>gates.fairness</c>: its settings, disparity gates and everyGroup floors and ceilings.</summary>
    internal static class FairnessGatesPolicy
    {
        public static void Apply(PolicyMerge merge)
        {
            FairnessGates? policy = merge.Policy.Gates.Fairness;
            if (policy == null)
            {
                return;
            }

            ModelManifest manifest = merge.Manifest;
            if (manifest.Data.Sensitive.Count == 0)
            {
                const string reason = "data.sensitive names no sensitive attribute to form groups";
                foreach (FairnessGate gate in policy.Disparities)
                {
                    merge.NotApplicable("fairness." + gate.Metric, gate.Location ?? policy.Location!, reason);
                }

                foreach (GroupMetricGate gate in policy.EveryGroup)
                {
                    merge.NotApplicable("fairness.everyGroup." + gate.Metric, gate.Location ?? policy.Location!, reason);
                }

                return;
            }

            FairnessGates mine = manifest.Gates.Fairness ?? new FairnessGates { Location = policy.Location };
            Dictionary<string, SourceLocation> inherited = ApplySettings(merge, mine, policy, manifest.Data.Sensitive.Count);
            ApplyDisparities(merge, mine, policy);
            ApplyEveryGroup(merge, mine, policy);

            // Inherited settings count, from here on, as written where the policy wrote them: a policy further up
            // compares with them as with the model's own.
            foreach (KeyValuePair<string, SourceLocation> setting in inherited)
            {
                mine.SettingLocations[setting.Key] = setting.Value;
            }

            if (manifest.Gates.Fairness == null && (mine.Disparities.Count > 0 || mine.EveryGroup.Count > 0 || mine.SettingLocations.Count > 0))
            {
                manifest.Gates.Fairness = mine;
            }
        }

        private static Dictionary<string, SourceLocation> ApplySettings(PolicyMerge merge, FairnessGates mine, FairnessGates policy, int attributes)
        {
            var inherited = new Dictionary<string, SourceLocation>();
            foreach (KeyValuePair<string, SourceLocation> setting in policy.SettingLocations)
            {
                if (!mine.SettingLocations.ContainsKey(setting.Key) && (setting.Key != "intersections" || attributes >= 2))
                {
                    inherited[setting.Key] = setting.Value;
                }
            }

            IList<Waiver> waivers = mine.SectionWaivers;
            if (Written(policy, "minGroupSize", out SourceLocation? at))
            {
                if (!merge.Setting("fairness.minGroupSize", mine.MinGroupSize, Written(mine, "minGroupSize"), policy.MinGroupSize, at!,
                        v => TighterThan.MinimumSize(v), Number, waivers))
                {
                    mine.MinGroupSize = policy.MinGroupSize;
                    mine.MinGroupSizeLocation = at;
                }
            }

            if (Written(policy, "minClassSize", out at)
                && !merge.Setting("fairness.minClassSize", mine.MinClassSize, Written(mine, "minClassSize"), policy.MinClassSize, at!,
                    v => TighterThan.MinimumSize(v), Number, waivers))
            {
                mine.MinClassSize = policy.MinClassSize;
            }

            if (Written(policy, "judging", out at)
                && !merge.Setting("fairness.judging", mine.Judging, Written(mine, "judging"), policy.Judging, at!,
                    TighterThan.Judging, TighterThan.Name, waivers))
            {
                mine.Judging = policy.Judging;
            }

            if (Written(policy, "confidence", out at))
            {
                mine.Confidence = merge.Confidence("fairness.confidence", mine.Confidence, Written(mine, "confidence"), mine.Judging,
                    policy.Confidence, at!, policy.Judging, waivers);
            }

            if (Written(policy, "resamples", out at)
                && !merge.Setting("fairness.resamples", mine.Resamples, Written(mine, "resamples"), policy.Resamples, at!,
                    v => TighterThan.Resamples(v), Number, waivers))
            {
                mine.Resamples = policy.Resamples;
            }

            if (Written(policy, "onInsufficientData", out at)
                && !merge.Setting("fairness.onInsufficientData", mine.OnInsufficientData, Written(mine, "onInsufficientData"), policy.OnInsufficientData, at!,
                    TighterThan.OnInsufficientData, TighterThan.Name, waivers))
            {
                mine.OnInsufficientData = policy.OnInsufficientData;
            }

            if (Written(policy, "relativeTo", out at)
                && !merge.Setting("fairness.relativeTo", mine.RelativeTo, Written(mine, "relativeTo"), policy.RelativeTo, at!,
                    TighterThan.RelativeTo, TighterThan.Name, waivers))
            {
                mine.RelativeTo = policy.RelativeTo;
            }

            // With one attribute there is nothing to intersect: the policy's intersections asks nothing of the model.
            if (Written(policy, "intersections", out at) && attributes >= 2
                && !merge.Setting("fairness.intersections", mine.Intersections, Written(mine, "intersections"), policy.Intersections, at!,
                    TighterThan.Intersections, v => v ? "true" : "false", waivers))
            {
                mine.Intersections = policy.Intersections;
            }

            return inherited;
        }

        private static void ApplyDisparities(PolicyMerge merge, FairnessGates mine, FairnessGates policy)
        {
            var gates = new List<FairnessGate>(mine.Disparities);
            foreach (FairnessGate policyGate in policy.Disparities)
            {
                string path = "fairness." + policyGate.Metric;
                FairnessGate? gate = Find(gates, policyGate.Metric);
                if (gate == null)
                {
                    if (policyGate.Metric == FairnessMetricNames.DisparateImpact)
                    {
                        // Only the model knows its groups: the policy's disparate impact needs the model's reference group.
                        merge.NotApplicable(path, policyGate.Location ?? policy.Location!,
                            "disparate impact compares every group with a reference group that only the model can name " +
                            "(gates.fairness.disparateImpact.referenceGroup)");
                        continue;
                    }

                    gates.Add(new FairnessGate(policyGate.Metric)
                    {
                        Location = policyGate.Location,
                        Min = policyGate.Min,
                        Max = policyGate.Max,
                        Judging = policyGate.Judging,
                        RelativeTo = policyGate.RelativeTo,
                    });
                    continue;
                }

                gate.Min = merge.Bound(path + ".min", gate.Min, policyGate.Min, minimum: true);
                gate.Max = merge.Bound(path + ".max", gate.Max, policyGate.Max, minimum: false);
                gate.Judging = GateJudging(merge, path, gate.Judging, gate.Location, policyGate.Judging, policyGate.Location, mine, policy, w => gate.Waiver = w);
                if (policyGate.RelativeTo != null)
                {
                    if (gate.RelativeTo == null && Written(mine, "relativeTo") == null)
                    {
                        gate.RelativeTo = policyGate.RelativeTo;
                    }
                    else
                    {
                        FairnessReference effective = gate.RelativeTo ?? mine.RelativeTo;
                        var waivers = new List<Waiver>();
                        merge.Setting(path + ".relativeTo", effective, gate.Location, policyGate.RelativeTo.Value, policyGate.Location!,
                            TighterThan.RelativeTo, TighterThan.Name, waivers);
                        gate.Waiver = gate.Waiver ?? (waivers.Count > 0 ? waivers[0] : null);
                    }
                }
            }

            // The policy's default judging binds the gates it does not name too.
            foreach (FairnessGate gate in gates)
            {
                if (Find(policy.Disparities, gate.Metric) == null && gate.Judging != null)
                {
                    FairnessGate current = gate;
                    GateJudging(merge, "fairness." + gate.Metric, gate.Judging, gate.Location, null, null, mine, policy, w => current.Waiver = w);
                }
            }

            mine.Disparities = gates;
        }

        private static void ApplyEveryGroup(PolicyMerge merge, FairnessGates mine, FairnessGates policy)
        {
            var gates = new List<GroupMetricGate>(mine.EveryGroup);
            foreach (GroupMetricGate policyGate in policy.EveryGroup)
            {
                string path = "fairness.everyGroup." + policyGate.Metric;
                GroupMetricGate? gate = null;
                foreach (GroupMetricGate candidate in gates)
                {
                    if (candidate.Metric == policyGate.Metric) gate = candidate;
                }

                if (gate == null)
                {
                    if (policyGate.Metric == FairnessMetricNames.Auc && merge.Manifest.Data.Prediction != null && merge.Manifest.Data.Score == null)
                    {
                        merge.NotApplicable(path, policyGate.Location ?? policy.Location!, "a label-only predictions file (data.prediction) has no scores");
                        continue;
                    }

                    gates.Add(new GroupMetricGate(policyGate.Metric)
                    {
                        Location = policyGate.Location, Min = policyGate.Min, Max = policyGate.Max, Judging = policyGate.Judging,
                    });
                    continue;
                }

                gate.Min = merge.Bound(path + ".min", gate.Min, policyGate.Min, minimum: true);
                gate.Max = merge.Bound(path + ".max", gate.Max, policyGate.Max, minimum: false);
                GroupMetricGate current = gate;
                gate.Judging = GateJudging(merge, path, gate.Judging, gate.Location, policyGate.Judging, policyGate.Location, mine, policy, w => current.Waiver = w);
            }

            mine.EveryGroup = gates;
        }

        /// <summary>
        /// A gate's own judging against the policy's for that gate (or the policy's section default): returns the
        /// judging the gate keeps (the policy's gate judging is inherited when the manifest sets none).
        /// </summary>
        private static JudgingMode? GateJudging(PolicyMerge merge, string path, JudgingMode? mine, SourceLocation? mineAt,
            JudgingMode? policyGate, SourceLocation? policyGateAt, FairnessGates mineSection, FairnessGates policySection,
            System.Action<Waiver> waive)
        {
            JudgingMode? policys = policyGate;
            SourceLocation? policyAt = policyGateAt;
            if (policys == null && Written(policySection, "judging", out SourceLocation? sectionAt))
            {
                policys = policySection.Judging;
                policyAt = sectionAt;
            }

            if (policys == null)
            {
                return mine;
            }

            SourceLocation? compareAt = mineAt;
            JudgingMode compared;
            if (mine != null)
            {
                compared = mine.Value;
            }
            else if (policyGate == null)
            {
                // Section against section was compared with the settings.
                return null;
            }
            else if (Written(mineSection, "judging", out SourceLocation? mineSectionAt))
            {
                compared = mineSection.Judging;
                compareAt = mineSectionAt;
            }
            else
            {
                return policyGate;
            }

            var waivers = new List<Waiver>();
            merge.Setting(path + ".judging", compared, compareAt ?? merge.ManifestStart, policys.Value, policyAt!,
                TighterThan.Judging, TighterThan.Name, waivers);
            if (waivers.Count > 0)
            {
                waive(waivers[0]);
            }

            return mine;
        }

        private static FairnessGate? Find(IEnumerable<FairnessGate> gates, string metric)
        {
            foreach (FairnessGate gate in gates)
            {
                if (gate.Metric == metric) return gate;
            }

            return null;
        }

        private static SourceLocation? Written(FairnessGates section, string key) =>
            section.SettingLocations.TryGetValue(key, out SourceLocation? at) ? at : null;

        private static bool Written(FairnessGates section, string key, out SourceLocation? at) =>
            section.SettingLocations.TryGetValue(key, out at);

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
