using AiFactory.Core.Fairness;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Gates.Kinds.Business
{
    /// <summary>
    /// The messages of the business gate: the cost per 1,000 decisions with thousands separators, the KPI it stands
    /// for, and — under a mode other than the point estimate — the interval and the mode.
    /// </summary>
    internal sealed class BusinessGateMessages : GateMessages
    {
        public override string Of(GateResult gate)
        {
            BusinessGateFacts facts = GateFacts.Of<BusinessGateFacts>(gate);
            string threshold = GateNumberFormat.GroupedThreshold(gate.Threshold);
            GateVerdict? verdict = gate.Verdict;
            if (facts.CostsMissing || verdict is null || !gate.Value.HasValue)
            {
                return $"the maximum cost {threshold} per 1,000 decisions set here cannot be checked because the manifest has no business.costs; add business.costs with the cost of each outcome (truePositive, falsePositive, trueNegative, falseNegative)";
            }

            double cost = gate.Value.Value;
            JudgingMode mode = facts.Mode;
            string named = string.IsNullOrWhiteSpace(facts.Kpi) ? "" : $" ({facts.Kpi})";
            string shown = verdict.PointPassed
                ? GateNumberFormat.PassingValue(cost, gate.Threshold, atLeast: false, minDecimals: 0, grouped: true)
                : GateNumberFormat.Value(cost, gate.Threshold, minDecimals: 0, grouped: true);
            string detail = mode == JudgingMode.PointEstimate
                ? ""
                : $" ({FairnessText.Interval(gate.Interval, gate.Threshold, verdict.FellBackToPoint(mode))}, {FairnessText.ModeWords(mode)})";
            string words = verdict.Passed
                ? verdict.PointPassed
                    ? $"is within the maximum {threshold}"
                    : $"is above the maximum {threshold}, but the interval reaches below it, so it passes on the benefit of the doubt"
                : verdict.PointPassed
                    ? $"is not shown to be within the maximum {threshold} set here: the interval reaches above it"
                    : $"is above the maximum {threshold} set here";
            return $"expected cost {shown} per 1,000 decisions{named}{detail} {words}";
        }
    }
}
