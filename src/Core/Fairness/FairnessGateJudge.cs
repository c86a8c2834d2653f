using System.Collections.Generic;
using System.Linq;
using AiFactory.Core.Gates;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Fairness
{
    /// <summary>
    /// Judges <c>gates.fairness</c>: every disparity gate and every <c>everyGroup</c> bound, on each grouping (each
    /// sensitive attribute, and the intersection when asked), each its own gate result. A failure names the gate, the
    /// groups that decided it with their values, the interval, the judging mode and the threshold, at the number that
    /// set it. Groups too small to decide are named in a warning; a gate left without enough of them is
    /// insufficient-data, which fails, warns or is only recorded as onInsufficientData says.
    /// </summary>
    internal static class FairnessGateJudge
    {
        public static void Judge(ModelManifest manifest, FairnessReport report, GateCollector collector)
        {
            FairnessGates? gates = manifest.Gates.Fairness;
            if (gates is null || (gates.Disparities.Count == 0 && gates.EveryGroup.Count == 0))
            {
                return;
            }

            ReportSmallGroups(manifest, gates, report, collector);
            foreach (FairnessGate gate in gates.Disparities)
            {
                foreach (GroupingReport grouping in report.Groupings)
                {
                    if (gate.Min != null) JudgeDisparity(gates, gate, gate.Min, true, grouping, collector);
                    if (gate.Max != null) JudgeDisparity(gates, gate, gate.Max, false, grouping, collector);
                }
            }

            foreach (GroupMetricGate gate in gates.EveryGroup)
            {
                foreach (GroupingReport grouping in report.Groupings)
                {
                    if (gate.Min != null) JudgeEveryGroup(gates, gate, gate.Min, true, grouping, collector);
                    if (gate.Max != null) JudgeEveryGroup(gates, gate, gate.Max, false, grouping, collector);
                }
            }
        }

        private static void JudgeDisparity(FairnessGates gates, FairnessGate gate, Bound bound, bool isMinimum, GroupingReport grouping, GateCollector collector)
        {
            JudgingMode mode = gate.Judging ?? gates.Judging;
            Disparity d = Disparity.Judged(gate.Metric, gate.RelativeTo ?? gates.RelativeTo, maximum: !isMinimum);
            bool disparateImpact = d.Reference == DisparityReference.ReferenceGroup;
            DisparityReport disparity = grouping.Disparities[d];
            string subject = $"{d.Metric.Words} by {grouping.Key}";
            string threshold = GateNumberFormat.Threshold(bound);
            string bar = isMinimum ? "minimum" : "maximum";
            string code = d.Metric.Code;
            var result = new GateResult
            {
                Id = $"fairness.{gate.Metric}.{grouping.Key}.{(isMinimum ? "min" : "max")}",
                Kind = GateKinds.Fairness,
                Metric = d.Key,
                Threshold = bound.Value,
                Comparison = isMinimum ? GateComparison.AtLeastSymbol : GateComparison.AtMostSymbol,
                Location = bound.Location,
                Attribute = grouping.Key,
                Judging = FairnessText.ModeName(mode),
                Interval = disparity.Interval,
            };

            if (disparateImpact && grouping.ReferenceGroup != null && grouping.ReferenceIndex < 0)
            {
                result.Status = GateStatus.Failed;
                result.Code = DiagnosticIds.ReferenceGroupNotFound;
                result.Message = $"the reference group '{grouping.ReferenceGroup}' of {grouping.Key} is not in the test data, so disparate impact cannot be measured; " +
                                 $"its groups are {FairnessText.List(grouping.Groups.Select(g => "'" + g.Name + "'").ToList())}: name one of them in referenceGroup";
                collector.Add(result, gate.ReferenceGroupLocation ?? bound.Location);
                return;
            }

            if (!disparity.Computable)
            {
                Insufficient(gates, result, subject, d.UsesLabel, disparateImpact ? grouping : null, grouping, bar, threshold, collector);
                return;
            }

            result.DecidingGroups = Deciding(grouping, disparity.Decision);
            string decision = DecisionText(grouping, disparity, disparateImpact);
            if (disparity.Value is null)
            {
                result.Status = GateStatus.Failed;
                result.Code = code;
                result.Message = $"{subject} is undefined ({decision}): {UndefinedReason(d, grouping, disparity)}, so the {bar} {threshold} set here cannot be met";
                collector.Add(result);
                return;
            }

            double value = disparity.Value.Value;
            result.Value = value;
            result.JudgedValue = value;
            GateVerdict verdict = GateVerdict.Judge(value, disparity.Interval, bound.Value, isMinimum, mode);
            string detail = $"({decision}; {FairnessText.Interval(disparity.Interval, bound.Value, verdict.FellBackToPoint(mode))}, {FairnessText.ModeWords(mode)})";
            result.Status = verdict.Passed ? GateStatus.Passed : GateStatus.Failed;
            result.PassedOnInterval = verdict.PassedOnInterval;
            result.Code = verdict.Passed ? null : code;
            result.Message = $"{subject} {Shown(value, bound.Value, isMinimum, verdict)} {detail} {Verdict(verdict, mode, isMinimum, threshold)}";
            collector.Add(result);
        }

        private static void JudgeEveryGroup(FairnessGates gates, GroupMetricGate gate, Bound bound, bool isMinimum, GroupingReport grouping, GateCollector collector)
        {
            JudgingMode mode = gate.Judging ?? gates.Judging;
            string threshold = GateNumberFormat.Threshold(bound);
            string bar = isMinimum ? "minimum" : "maximum";
            var result = new GateResult
            {
                Id = $"fairness.everyGroup.{gate.Metric}.{grouping.Key}.{(isMinimum ? "min" : "max")}",
                Kind = GateKinds.Fairness,
                Metric = gate.Metric,
                Threshold = bound.Value,
                Comparison = isMinimum ? GateComparison.AtLeastSymbol : GateComparison.AtMostSymbol,
                Location = bound.Location,
                Attribute = grouping.Key,
                Judging = FairnessText.ModeName(mode),
            };

            List<GroupReport> adequate = grouping.Groups.Where(g => g.IsAdequateFor(gate.Metric)).ToList();
            string subject = $"{gate.Metric} of every {grouping.Key} group";
            if (adequate.Count == 0)
            {
                Insufficient(gates, result, subject, GroupRate.Named(gate.Metric).Conditioning != Conditioning.AllRows,
                    null, grouping, bar, threshold, collector, needed: 1);
                return;
            }

            GroupReport? undefined = adequate.FirstOrDefault(g => g.Value(gate.Metric) is null);
            if (undefined != null)
            {
                result.Status = GateStatus.Failed;
                result.Code = isMinimum ? DiagnosticIds.GroupMetricBelowFloor : DiagnosticIds.GroupMetricAboveCeiling;
                result.DecidingGroups = new[] { new DecidingGroup(undefined.Name, gate.Metric, null) };
                result.Message = gate.Metric == FairnessMetricNames.Auc && undefined.Auc is null && undefined.Counts.Positives > 0 && undefined.Counts.Negatives > 0
                    ? $"{gate.Metric} of {grouping.Key} group '{undefined.Name}' is undefined because the predictions have no scores, so the {bar} {threshold} set here for every group cannot be met"
                    : $"{gate.Metric} of {grouping.Key} group '{undefined.Name}' is undefined (its denominator is empty), so the {bar} {threshold} set here for every group cannot be met";
                collector.Add(result);
                return;
            }

            // The group that decides: the worst on the end of its interval the mode looks at (the value itself without one).
            GroupReport worst = adequate[0];
            double worstKey = Key(worst, gate.Metric, isMinimum, mode);
            foreach (GroupReport group in adequate.Skip(1))
            {
                double key = Key(group, gate.Metric, isMinimum, mode);
                if (isMinimum ? key < worstKey : key > worstKey)
                {
                    worst = group;
                    worstKey = key;
                }
            }

            double value = worst.Value(gate.Metric)!.Value;
            Interval? interval = worst.IntervalOf(gate.Metric);
            GateVerdict verdict = GateVerdict.Judge(value, interval, bound.Value, isMinimum, mode);
            result.Value = value;
            result.JudgedValue = value;
            result.Interval = interval;
            result.DecidingGroups = new[] { new DecidingGroup(worst.Name, gate.Metric, value) };
            result.Status = verdict.Passed ? GateStatus.Passed : GateStatus.Failed;
            result.PassedOnInterval = verdict.PassedOnInterval;
            result.Code = verdict.Passed ? null : isMinimum ? DiagnosticIds.GroupMetricBelowFloor : DiagnosticIds.GroupMetricAboveCeiling;
            string detail = $"({FairnessText.Interval(interval, bound.Value, verdict.FellBackToPoint(mode))}, {FairnessText.ModeWords(mode)})";
            string shown = Shown(value, bound.Value, isMinimum, verdict);
            result.Message = verdict.Passed
                ? $"{subject} meets the {bar} {threshold}: the {(isMinimum ? "lowest" : "highest")}, {worst.Name}, is {shown} {detail}" + PassedOnDoubt(verdict, isMinimum)
                : $"{gate.Metric} of {grouping.Key} group '{worst.Name}' {shown} {detail} {Verdict(verdict, mode, isMinimum, threshold)} for every group";
            collector.Add(result);
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

        private static void Insufficient(FairnessGates gates, GateResult result, string subject, bool usesLabel, GroupingReport? disparateImpact,
            GroupingReport grouping, string bar, string threshold, GateCollector collector, int needed = 2)
        {
            result.Status = GateStatus.InsufficientData;
            result.Code = DiagnosticIds.FairnessInsufficientData;
            var groups = new List<string>();
            foreach (GroupReport group in grouping.Groups)
            {
                bool adequate = usesLabel ? group.Adequacy.ForLabel : group.Adequacy.ForSelection;
                groups.Add(adequate ? $"{group.Name} {GateNumberFormat.Rows(group.Counts.Total)}" : $"{group.Name} {group.Adequacy.Reason}");
            }

            string need = disparateImpact != null && disparateImpact.ReferenceIndex >= 0 && !disparateImpact.Groups[disparateImpact.ReferenceIndex].Adequacy.ForSelection
                ? $"the reference group '{disparateImpact.ReferenceGroup}' has too little data"
                : needed == 1 ? "no group has enough data" : "fewer than two groups have enough data";
            string consequence = gates.OnInsufficientData == InsufficientDataAction.Fail
                ? "; add test data for the small groups, lower gates.fairness.minGroupSize or minClassSize, or set onInsufficientData to \"warn\""
                : "";
            result.Message = $"{subject} cannot be judged against the {bar} {threshold}: {need} ({string.Join("; ", groups)}){consequence}";
            collector.Add(result);
            switch (gates.OnInsufficientData)
            {
                case InsufficientDataAction.Fail:
                    collector.Report(Diagnostic.Error(DiagnosticIds.FairnessInsufficientData, result.Message, result.Location));
                    break;
                case InsufficientDataAction.Warn:
                    collector.Report(Diagnostic.Warning(DiagnosticIds.FairnessInsufficientData, result.Message, result.Location));
                    break;
            }
        }

        /// <summary>One warning per grouping naming the groups too small to decide the gates in use.</summary>
        private static void ReportSmallGroups(ModelManifest manifest, FairnessGates gates, FairnessReport report, GateCollector collector)
        {
            var used = new HashSet<Conditioning>();
            foreach (FairnessGate gate in gates.Disparities) used.Add(FairnessMetric.Named(gate.Metric).Conditioning);
            foreach (GroupMetricGate gate in gates.EveryGroup) used.Add(GroupRate.Named(gate.Metric).Conditioning);

            foreach (GroupingReport grouping in report.Groupings)
            {
                var named = new List<string>();
                foreach (GroupReport group in grouping.Groups)
                {
                    GroupAdequacy a = group.Adequacy;
                    if (used.Any(conditioning => !a.IsAdequateFor(conditioning)))
                    {
                        named.Add($"'{group.Name}' ({a.Reason})");
                    }
                }

                if (named.Count == 0) continue;
                bool one = named.Count == 1;
                string which = one ? $"group {named[0]} of {grouping.Key} is" : $"groups {FairnessText.List(named)} of {grouping.Key} are";
                string message = $"{which} insufficient evidence: too small to decide a disparity, so the fairness gates leave {(one ? "it" : "them")} out; " +
                                 $"add test rows for {(one ? "it" : "them")} to judge {(one ? "it" : "them")}, or lower gates.fairness.minGroupSize or minClassSize";
                collector.Report(Diagnostic.Warning(DiagnosticIds.GroupInsufficientEvidence, message, LocationOf(manifest, grouping, gates)));
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

        /// <summary>"Female 0.078 vs Male 0.162"; with the rate named when it is not the selection rate; "(reference)" for disparate impact.</summary>
        private static string DecisionText(GroupingReport grouping, DisparityReport disparity, bool disparateImpact)
        {
            DisparityDecision? decision = disparity.Decision;
            if (decision is null) return "no deciding groups";
            string first = $"{grouping.NameOf(decision.First)} {FairnessText.Rate(grouping.RateOf(decision.First, decision.Rate))}";
            string second = $"{grouping.NameOf(decision.Second)} {FairnessText.Rate(grouping.RateOf(decision.Second, decision.Rate))}";
            string prefix = decision.Rate == GroupRate.SelectionRate ? "" : decision.Rate.Words + " ";
            return $"{prefix}{first} vs {second}{(disparateImpact ? " (reference)" : "")}";
        }

        private static string UndefinedReason(Disparity d, GroupingReport grouping, DisparityReport disparity)
        {
            if (d.Reference == DisparityReference.ReferenceGroup)
            {
                return $"the reference group '{grouping.ReferenceGroup}' has no row predicted positive, so every ratio to it is 0 ÷ 0";
            }

            if (d.Reference == DisparityReference.Overall)
            {
                return "the overall rate the groups are divided by is 0 (a ratio of 0 ÷ 0) or a group's rate has an empty denominator";
            }

            return d.UsesLabel
                ? "the highest rate among the groups is 0, so the ratio is 0 ÷ 0"
                : "no group has a row predicted positive, so the ratio of selection rates is 0 ÷ 0";
        }

        private static string Shown(double value, double threshold, bool isMinimum, GateVerdict verdict) =>
            VerdictWords.Shown(value, threshold, isMinimum, verdict);

        private static string Verdict(GateVerdict verdict, JudgingMode mode, bool isMinimum, string threshold) =>
            VerdictWords.Verdict(verdict, mode, isMinimum, threshold);

        private static string PassedOnDoubt(GateVerdict verdict, bool isMinimum) =>
            verdict.PointPassed ? "" : $"; its value is {(isMinimum ? "below" : "above")} the bound, but the interval reaches past it, so it passes on the benefit of the doubt";

        private static double? NullIfNaN(double value) => double.IsNaN(value) ? (double?)null : value;
    }
}
