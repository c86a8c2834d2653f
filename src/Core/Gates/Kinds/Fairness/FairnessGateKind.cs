using System.Collections.Generic;
using System.Linq;
using AiFactory.Core.Fairness;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Gates.Kinds.Fairness
{
    /// <summary>
    /// Judges <c>gates.fairness</c>: every disparity gate and every <c>everyGroup</c> bound, on each grouping (each
    /// sensitive attribute, and the intersection when asked), each its own gate result, on the figures and intervals of
    /// the <see cref="FairnessReport"/>. Groups too small to decide are a notice; a gate left without enough of them is
    /// insufficient-data, which fails, warns or is only recorded as onInsufficientData says.
    /// </summary>
    internal sealed class FairnessGateKind : IIntervalGateKind
    {
        public string Name => GateKinds.Fairness;

        public string PassedOnIntervalCode => DiagnosticIds.FairnessPassedOnInterval;

        public GateMessages Messages { get; } = new FairnessGateMessages();

        public GateOutcomes Judge(GateContext context)
        {
            var outcomes = new GateOutcomes();
            FairnessGates? gates = context.Manifest.Gates.Fairness;
            FairnessReport? report = context.Fairness;
            if (report is null || gates is null || (gates.Disparities.Count == 0 && gates.EveryGroup.Count == 0))
            {
                return outcomes;
            }

            ReportSmallGroups(context.Manifest, gates, report, outcomes);
            foreach (FairnessGate gate in gates.Disparities)
            {
                foreach (GroupingReport grouping in report.Groupings)
                {
                    if (gate.Min != null) JudgeDisparity(gates, gate, gate.Min, true, grouping, outcomes);
                    if (gate.Max != null) JudgeDisparity(gates, gate, gate.Max, false, grouping, outcomes);
                }
            }

            foreach (GroupMetricGate gate in gates.EveryGroup)
            {
                foreach (GroupingReport grouping in report.Groupings)
                {
                    if (gate.Min != null) JudgeEveryGroup(gates, gate, gate.Min, true, grouping, outcomes);
                    if (gate.Max != null) JudgeEveryGroup(gates, gate, gate.Max, false, grouping, outcomes);
                }
            }

            return outcomes;
        }

        private static void JudgeDisparity(FairnessGates gates, FairnessGate gate, Bound bound, bool isMinimum, GroupingReport grouping, GateOutcomes outcomes)
        {
            JudgingMode mode = gate.Judging ?? gates.Judging;
            Disparity d = Disparity.Judged(gate.Metric, gate.RelativeTo ?? gates.RelativeTo, maximum: !isMinimum);
            bool disparateImpact = d.Reference == DisparityReference.ReferenceGroup;
            DisparityReport disparity = grouping.Disparities[d];
            GateResult result = GateResult.Against(bound, $"fairness.{gate.Metric}.{grouping.Key}.{(isMinimum ? "min" : "max")}", d.Key, isMinimum);
            result.Attribute = grouping.Key;
            result.Judging = FairnessText.ModeName(mode);
            result.Interval = disparity.Interval;
            var facts = new FairnessGateFacts(FairnessFinding.Judged, grouping, mode)
            {
                Disparity = d,
                DisparityReport = disparity,
                AgainstReferenceGroup = disparateImpact,
                UsesLabel = d.UsesLabel,
            };
            result.Facts = facts;

            if (disparateImpact && grouping.ReferenceGroup != null && grouping.ReferenceIndex < 0)
            {
                facts.Finding = FairnessFinding.ReferenceGroupNotFound;
                result.Fail(DiagnosticIds.ReferenceGroupNotFound);
                outcomes.Add(result, gate.ReferenceGroupLocation ?? bound.Location);
                return;
            }

            if (!disparity.Computable)
            {
                facts.ReferenceTooSmall = disparateImpact && grouping.ReferenceIndex >= 0 && !grouping.Groups[grouping.ReferenceIndex].Adequacy.ForSelection;
                Insufficient(gates, result, facts, outcomes);
                return;
            }

            result.DecidingGroups = Deciding(grouping, disparity.Decision);
            if (disparity.Value is null)
            {
                facts.Finding = FairnessFinding.Undefined;
                result.Fail(d.Metric.Code);
                outcomes.Add(result);
                return;
            }

            double value = disparity.Value.Value;
            result.Value = value;
            result.JudgedValue = value;
            result.Decide(GateVerdict.Judge(value, disparity.Interval, bound.Value, isMinimum, mode), d.Metric.Code);
            outcomes.Add(result);
        }

        private static void JudgeEveryGroup(FairnessGates gates, GroupMetricGate gate, Bound bound, bool isMinimum, GroupingReport grouping, GateOutcomes outcomes)
        {
            JudgingMode mode = gate.Judging ?? gates.Judging;
            string metric = gate.Metric;
            GateResult result = GateResult.Against(bound, $"fairness.everyGroup.{metric}.{grouping.Key}.{(isMinimum ? "min" : "max")}", metric, isMinimum);
            result.Attribute = grouping.Key;
            result.Judging = FairnessText.ModeName(mode);
            var facts = new FairnessGateFacts(FairnessFinding.Judged, grouping, mode)
            {
                UsesLabel = GroupRate.Named(metric).Conditioning != Conditioning.AllRows,
                GroupsNeeded = 1,
            };
            result.Facts = facts;
            string failCode = isMinimum ? DiagnosticIds.GroupMetricBelowFloor : DiagnosticIds.GroupMetricAboveCeiling;

            List<GroupReport> adequate = grouping.Groups.Where(g => g.IsAdequateFor(metric)).ToList();
            if (adequate.Count == 0)
            {
                Insufficient(gates, result, facts, outcomes);
                return;
            }

            GroupReport? undefined = adequate.FirstOrDefault(g => g.Value(metric) is null);
            if (undefined != null)
            {
                facts.Finding = FairnessFinding.Undefined;
                facts.Group = undefined;
                facts.ScoresMissing = metric == FairnessMetricNames.Auc && undefined.Auc is null && undefined.Counts.Positives > 0 && undefined.Counts.Negatives > 0;
                result.Fail(failCode);
                result.DecidingGroups = new[] { new DecidingGroup(undefined.Name, metric, null) };
                outcomes.Add(result);
                return;
            }

            // The group that decides: the worst on the end of its interval the mode looks at (the value itself without one).
            GroupReport worst = adequate[0];
            double worstKey = Key(worst, metric, isMinimum, mode);
            foreach (GroupReport group in adequate.Skip(1))
            {
                double key = Key(group, metric, isMinimum, mode);
                if (isMinimum ? key < worstKey : key > worstKey)
                {
                    worst = group;
                    worstKey = key;
                }
            }

            double value = worst.Value(metric)!.Value;
            Interval? interval = worst.IntervalOf(metric);
            facts.Group = worst;
            result.Value = value;
            result.JudgedValue = value;
            result.Interval = interval;
            result.DecidingGroups = new[] { new DecidingGroup(worst.Name, metric, value) };
            result.Decide(GateVerdict.Judge(value, interval, bound.Value, isMinimum, mode), failCode);
            outcomes.Add(result);
        }

        /// <summary>The end of a group's interval a mode looks at; the value when there is no interval or the mode ignores it.</summary>
        private static double Key(GroupReport group, string metric, bool isMinimum, JudgingMode mode)
        {
            double value = group.Value(metric)!.Value;
            Interval? interval = group.IntervalOf(metric);
            if (mode == JudgingMode.PointEstimate || interval is null || !interval.HasBounds) return value;
            bool lowerEnd = mode == JudgingMode.BurdenOfProof ? isMinimum : !isMinimum;
            return lowerEnd ? interval.Lower!.Value : interval.Upper!.Value;
        }

        /// <summary>An insufficient-data gate, reported as an error or a warning, or only recorded, as onInsufficientData says.</summary>
        private static void Insufficient(FairnessGates gates, GateResult result, FairnessGateFacts facts, GateOutcomes outcomes)
        {
            facts.Finding = FairnessFinding.InsufficientData;
            facts.OnInsufficientData = gates.OnInsufficientData;
            result.Status = GateStatus.InsufficientData;
            result.Code = DiagnosticIds.FairnessInsufficientData;
            DiagnosticSeverity? reportAs = gates.OnInsufficientData == InsufficientDataAction.Fail ? DiagnosticSeverity.Error
                : gates.OnInsufficientData == InsufficientDataAction.Warn ? DiagnosticSeverity.Warning : (DiagnosticSeverity?)null;
            outcomes.Add(result, alsoReportAs: reportAs);
        }

        /// <summary>One notice per grouping naming the groups too small to decide the gates in use.</summary>
        private static void ReportSmallGroups(ModelManifest manifest, FairnessGates gates, FairnessReport report, GateOutcomes outcomes)
        {
            var used = new HashSet<Conditioning>();
            foreach (FairnessGate gate in gates.Disparities) used.Add(FairnessMetric.Named(gate.Metric).Conditioning);
            foreach (GroupMetricGate gate in gates.EveryGroup) used.Add(GroupRate.Named(gate.Metric).Conditioning);

            foreach (GroupingReport grouping in report.Groupings)
            {
                List<GroupReport> small = grouping.Groups.Where(g => used.Any(conditioning => !g.Adequacy.IsAdequateFor(conditioning))).ToList();
                if (small.Count == 0) continue;
                var facts = new FairnessGateFacts(FairnessFinding.SmallGroups, grouping, gates.Judging) { SmallGroups = small };
                outcomes.Add(new GateNotice(DiagnosticSeverity.Warning, DiagnosticIds.GroupInsufficientEvidence, LocationOf(manifest, grouping, gates), facts));
            }
        }

        private static SourceLocation? LocationOf(ModelManifest manifest, GroupingReport grouping, FairnessGates gates)
        {
            if (!grouping.IsIntersection)
            {
                DataSection data = manifest.Data;
                for (int i = 0; i < data.Sensitive.Count && i < data.SensitiveLocations.Count; i++)
                {
                    if (data.Sensitive[i] == grouping.Attributes[0]) return data.SensitiveLocations[i];
                }
            }

            return gates.MinGroupSizeLocation ?? gates.Location;
        }

        private static IReadOnlyList<DecidingGroup>? Deciding(GroupingReport grouping, DisparityDecision? decision)
        {
            if (decision is null) return null;
            string metric = decision.Rate.Name;
            return new[]
            {
                new DecidingGroup(grouping.NameOf(decision.First), metric, NullIfNaN(grouping.RateOf(decision.First, decision.Rate))),
                new DecidingGroup(grouping.NameOf(decision.Second), metric, NullIfNaN(grouping.RateOf(decision.Second, decision.Rate))),
            };
        }

        private static double? NullIfNaN(double value) => double.IsNaN(value) ? (double?)null : value;
    }
}
