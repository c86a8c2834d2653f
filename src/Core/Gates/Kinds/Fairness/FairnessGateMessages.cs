using System.Collections.Generic;
using System.Linq;
using AiFactory.Core.Fairness;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Gates.Kinds.Fairness
{
    /// <summary>
    /// The messages of fairness gates: the gate, the groups that decided it with their values, the interval, the
    /// judging mode and the threshold; and of the small-groups notice.
    /// </summary>
    internal sealed class FairnessGateMessages : GateMessages
    {
        public override string Of(GateResult gate)
        {
            FairnessGateFacts facts = GateFacts.Of<FairnessGateFacts>(gate);
            return facts.Disparity is null ? EveryGroup(gate, facts) : Disparity(gate, facts, facts.Disparity);
        }

        public override string Of(GateNotice notice)
        {
            FairnessGateFacts facts = GateFacts.Of<FairnessGateFacts>(notice);
            string key = facts.Grouping.Key;
            List<string> named = facts.SmallGroups.Select(g => $"'{g.Name}' ({g.Adequacy.Reason})").ToList();
            bool one = named.Count == 1;
            string which = one ? $"group {named[0]} of {key} is" : $"groups {FairnessText.List(named)} of {key} are";
            return $"{which} insufficient evidence: too small to decide a disparity, so the fairness gates leave {(one ? "it" : "them")} out; " +
                   $"add test rows for {(one ? "it" : "them")} to judge {(one ? "it" : "them")}, or lower gates.fairness.minGroupSize or minClassSize";
        }

        private static string Disparity(GateResult gate, FairnessGateFacts facts, Disparity d)
        {
            GroupingReport grouping = facts.Grouping;
            DisparityReport disparity = facts.DisparityReport!;
            string subject = $"{d.Metric.Words} by {grouping.Key}";
            string threshold = GateNumberFormat.Threshold(gate);
            string bar = gate.IsMinimum ? "minimum" : "maximum";
            switch (facts.Finding)
            {
                case FairnessFinding.ReferenceGroupNotFound:
                    return $"the reference group '{grouping.ReferenceGroup}' of {grouping.Key} is not in the test data, so disparate impact cannot be measured; " +
                           $"its groups are {FairnessText.List(grouping.Groups.Select(g => "'" + g.Name + "'").ToList())}: name one of them in referenceGroup";
                case FairnessFinding.InsufficientData:
                    return Insufficient(facts, subject, bar, threshold);
            }

            string decision = DecisionText(grouping, disparity, facts.AgainstReferenceGroup);
            GateVerdict? verdict = gate.Verdict;
            if (facts.Finding == FairnessFinding.Undefined || verdict is null || !gate.Value.HasValue)
            {
                return $"{subject} is undefined ({decision}): {UndefinedReason(d, grouping)}, so the {bar} {threshold} set here cannot be met";
            }

            double value = gate.Value.Value;
            string detail = $"({decision}; {FairnessText.Interval(disparity.Interval, gate.Threshold, verdict.FellBackToPoint(facts.Mode))}, {FairnessText.ModeWords(facts.Mode)})";
            return $"{subject} {VerdictWords.Shown(value, gate.Threshold, gate.IsMinimum, verdict)} {detail} {VerdictWords.Verdict(verdict, facts.Mode, gate.IsMinimum, threshold)}";
        }

        private static string EveryGroup(GateResult gate, FairnessGateFacts facts)
        {
            GroupingReport grouping = facts.Grouping;
            bool isMinimum = gate.IsMinimum;
            string metric = gate.Metric;
            string subject = $"{metric} of every {grouping.Key} group";
            string threshold = GateNumberFormat.Threshold(gate);
            string bar = isMinimum ? "minimum" : "maximum";
            GroupReport? group = facts.Group;
            GateVerdict? verdict = gate.Verdict;
            if (facts.Finding == FairnessFinding.InsufficientData || group is null)
            {
                return Insufficient(facts, subject, bar, threshold);
            }

            if (facts.Finding == FairnessFinding.Undefined || verdict is null || !gate.Value.HasValue)
            {
                return facts.ScoresMissing
                    ? $"{metric} of {grouping.Key} group '{group.Name}' is undefined because the predictions have no scores, so the {bar} {threshold} set here for every group cannot be met"
                    : $"{metric} of {grouping.Key} group '{group.Name}' is undefined (its denominator is empty), so the {bar} {threshold} set here for every group cannot be met";
            }

            double value = gate.Value.Value;
            string detail = $"({FairnessText.Interval(gate.Interval, gate.Threshold, verdict.FellBackToPoint(facts.Mode))}, {FairnessText.ModeWords(facts.Mode)})";
            string shown = VerdictWords.Shown(value, gate.Threshold, isMinimum, verdict);
            return verdict.Passed
                ? $"{subject} meets the {bar} {threshold}: the {(isMinimum ? "lowest" : "highest")}, {group.Name}, is {shown} {detail}" + PassedOnDoubt(verdict, isMinimum)
                : $"{metric} of {grouping.Key} group '{group.Name}' {shown} {detail} {VerdictWords.Verdict(verdict, facts.Mode, isMinimum, threshold)} for every group";
        }

        private static string Insufficient(FairnessGateFacts facts, string subject, string bar, string threshold)
        {
            GroupingReport grouping = facts.Grouping;
            var groups = new List<string>();
            foreach (GroupReport group in grouping.Groups)
            {
                bool adequate = facts.UsesLabel ? group.Adequacy.ForLabel : group.Adequacy.ForSelection;
                groups.Add(adequate ? $"{group.Name} {GateNumberFormat.Rows(group.Counts.Total)}" : $"{group.Name} {group.Adequacy.Reason}");
            }

            string need = facts.ReferenceTooSmall
                ? $"the reference group '{grouping.ReferenceGroup}' has too little data"
                : facts.GroupsNeeded == 1 ? "no group has enough data" : "fewer than two groups have enough data";
            string consequence = facts.OnInsufficientData == InsufficientDataAction.Fail
                ? "; add test data for the small groups, lower gates.fairness.minGroupSize or minClassSize, or set onInsufficientData to \"warn\""
                : "";
            return $"{subject} cannot be judged against the {bar} {threshold}: {need} ({string.Join("; ", groups)}){consequence}";
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

        private static string UndefinedReason(Disparity d, GroupingReport grouping)
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

        private static string PassedOnDoubt(GateVerdict verdict, bool isMinimum) =>
            verdict.PointPassed ? "" : $"; its value is {(isMinimum ? "below" : "above")} the bound, but the interval reaches past it, so it passes on the benefit of the doubt";
    }
}
