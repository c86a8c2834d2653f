using AiFactory.Core.Business;
using AiFactory.Core.Fairness;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Gates.Kinds.Business
{
    /// <summary>
    /// Judges <c>gates.business.maxCostPer1000</c>: the expected cost of 1,000 decisions on the test set, with its
    /// interval and under <c>gates.business.judging</c> (<see cref="GateVerdict"/>).
    /// </summary>
    internal sealed class BusinessGateKind : IIntervalGateKind
    {
        /// <summary>The metric name business gates and results use.</summary>
        public const string Metric = MetricNames.CostPer1000;

        public string Name => GateKinds.Business;

        public string PassedOnIntervalCode => DiagnosticIds.MetricPassedOnInterval;

        public GateMessages Messages { get; } = new BusinessGateMessages();

        public GateOutcomes Judge(GateContext context)
        {
            var outcomes = new GateOutcomes();
            ModelManifest manifest = context.Manifest;
            Bound? bound = manifest.Gates.MaxCostPer1000;
            if (bound is null)
            {
                return outcomes;
            }

            JudgingMode mode = manifest.Gates.BusinessSettings.Judging;
            CostMatrix? costs = manifest.Business?.Costs;
            GateResult result = GateResult.Against(bound, "business.maxCostPer1000", Metric, isMinimum: false);
            result.Judging = FairnessText.ModeName(mode);
            result.Facts = new BusinessGateFacts(mode, costsMissing: costs is null, manifest.Business?.Kpi);
            outcomes.Add(result);
            if (costs is null)
            {
                result.Fail(DiagnosticIds.CostAboveMaximum);
                return outcomes;
            }

            double cost = ExpectedCost.Per1000(costs, context.Evaluation.Metrics.Confusion);
            context.MetricIntervals.TryGetValue(MetricDescriptor.CostPer1000, out Interval? interval);
            result.Value = cost;
            result.JudgedValue = cost;
            result.Interval = interval;
            result.Decide(GateVerdict.Judge(cost, interval, bound.Value, isMinimum: false, mode), DiagnosticIds.CostAboveMaximum);
            return outcomes;
        }
    }
}
