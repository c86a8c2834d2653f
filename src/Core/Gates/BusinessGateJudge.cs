using AiFactory.Core.Business;
using AiFactory.Core.Evaluation;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Gates
{
    /// <summary>Judges <c>gates.business.maxCostPer1000</c>: the expected cost of 1,000 decisions on the test set.</summary>
    internal static class BusinessGateJudge
    {
        /// <summary>The metric name business gates and results use.</summary>
        public const string Metric = MetricNames.CostPer1000;

        public static void Judge(ModelManifest manifest, EvaluationRecord evaluation, GateCollector collector)
        {
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
            if (GateComparison.AtMost(cost, bound.Value))
            {
                string shown = GateNumberFormat.PassingValue(cost, bound.Value, atLeast: false, minDecimals: 0, grouped: true);
                result.Status = GateStatus.Passed;
                result.Message = $"expected cost {shown} per 1,000 decisions{named} is within the maximum {threshold}";
            }
            else
            {
                string shown = GateNumberFormat.Value(cost, bound.Value, minDecimals: 0, grouped: true);
                result.Status = GateStatus.Failed;
                result.Code = DiagnosticIds.CostAboveMaximum;
                result.Message = $"expected cost {shown} per 1,000 decisions{named} is above the maximum {threshold} set here";
            }

            collector.Add(result);
        }
    }
}
