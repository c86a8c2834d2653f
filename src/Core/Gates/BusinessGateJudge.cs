using System.Collections.Generic;
using AiFactory.Core.Business;
using AiFactory.Core.Evaluation;
using AiFactory.Core.Fairness;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Gates
{
    /// <summary>
    /// Judges <c>gates.business.maxCostPer1000</c>: the expected cost of 1,000 decisions on the test set, with its
    /// interval and under <c>gates.business.judging</c>; on the point estimate (the default) with the messages of a gate
    /// without an interval.
    /// </summary>
    internal static class BusinessGateJudge
    {
        /// <summary>The metric name business gates and results use.</summary>
        public const string Metric = MetricNames.CostPer1000;

        public static void Judge(ModelManifest manifest, EvaluationRecord evaluation, IReadOnlyDictionary<MetricDescriptor, Interval> intervals, GateCollector collector)
        {
            JudgingMode mode = manifest.Gates.BusinessSettings.Judging;
            Bound? bound = manifest.Gates.MaxCostPer1000;
            if (bound is null)
            {
                return;
            }

            string threshold = GateNumberFormat.GroupedThreshold(bound.Value);
            var result = new GateResult
            {
                Id = "business.maxCostPer1000",
                Kind = GateKinds.Business,
                Metric = Metric,
                Threshold = bound.Value,
                Comparison = GateComparison.AtMostSymbol,
                Location = bound.Location,
                Judging = FairnessText.ModeName(mode),
            };

            CostMatrix? costs = manifest.Business?.Costs;
            if (costs is null)
            {
                result.Status = GateStatus.Failed;
                result.Code = DiagnosticIds.CostAboveMaximum;
                result.Message = $"the maximum cost {threshold} per 1,000 decisions set here cannot be checked because the manifest has no business.costs; add business.costs with the cost of each outcome (truePositive, falsePositive, trueNegative, falseNegative)";
                collector.Add(result);
                return;
            }

            double cost = ExpectedCost.Per1000(costs, evaluation.Metrics.Confusion);
            result.Value = cost;
            result.JudgedValue = cost;
            string? kpi = manifest.Business?.Kpi;
            string named = string.IsNullOrWhiteSpace(kpi) ? "" : $" ({kpi})";
            intervals.TryGetValue(MetricDescriptor.CostPer1000, out Interval? interval);
            result.Interval = interval;
            GateVerdict verdict = GateVerdict.Judge(cost, interval, bound.Value, isMinimum: false, mode);
            result.Status = verdict.Passed ? GateStatus.Passed : GateStatus.Failed;
            result.PassedOnInterval = verdict.PassedOnInterval;
            result.Code = verdict.Passed ? null : DiagnosticIds.CostAboveMaximum;
            string shown = verdict.PointPassed
                ? GateNumberFormat.PassingValue(cost, bound.Value, atLeast: false, minDecimals: 0, grouped: true)
                : GateNumberFormat.Value(cost, bound.Value, minDecimals: 0, grouped: true);
            string detail = mode == JudgingMode.PointEstimate
                ? ""
                : $" ({FairnessText.Interval(interval, bound.Value, verdict.FellBackToPoint(mode))}, {FairnessText.ModeWords(mode)})";
            string words = verdict.Passed
                ? verdict.PointPassed
                    ? $"is within the maximum {threshold}"
                    : $"is above the maximum {threshold}, but the interval reaches below it, so it passes on the benefit of the doubt"
                : verdict.PointPassed
                    ? $"is not shown to be within the maximum {threshold} set here: the interval reaches above it"
                    : $"is above the maximum {threshold} set here";
            result.Message = $"expected cost {shown} per 1,000 decisions{named}{detail} {words}";
            collector.Add(result);
        }
    }
}
