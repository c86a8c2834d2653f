using AiFactory.Core.Evaluation;
using AiFactory.Core.Fairness;
using AiFactory.Core.Metrics;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Gates.Kinds.Metric
{
    /// <summary>
    /// Judges <c>gates.metrics</c>: inclusive bounds on the overall metrics of the test set, each with its interval and
    /// under the section's judging mode (<see cref="GateVerdict"/>), min before max, in manifest order.
    /// </summary>
    internal sealed class MetricGateKind : IIntervalGateKind
    {
        public string Name => GateKinds.Metric;

        public string PassedOnIntervalCode => DiagnosticIds.MetricPassedOnInterval;

        public GateMessages Messages { get; } = new MetricGateMessages();

        public GateOutcomes Judge(GateContext context)
        {
            var outcomes = new GateOutcomes();
            JudgingMode mode = context.Manifest.Gates.MetricSettings.Judging;
            foreach (MetricGate gate in context.Manifest.Gates.Metrics)
            {
                context.MetricIntervals.TryGetValue(MetricDescriptor.Named(gate.Metric), out Interval? interval);
                if (gate.Min != null)
                {
                    outcomes.Add(JudgeBound(gate.Metric, gate.Min, isMinimum: true, context.Evaluation, interval, mode));
                }

                if (gate.Max != null)
                {
                    outcomes.Add(JudgeBound(gate.Metric, gate.Max, isMinimum: false, context.Evaluation, interval, mode));
                }
            }

            return outcomes;
        }

        private static GateResult JudgeBound(string metric, Bound bound, bool isMinimum, EvaluationRecord evaluation, Interval? interval, JudgingMode mode)
        {
            BinaryMetrics metrics = evaluation.Metrics;
            bool scoresMissing = MetricNames.NeedsScores(metric) && !metrics.HasScores;
            GateResult result = GateResult.Against(bound, $"metrics.{metric}.{(isMinimum ? "min" : "max")}", metric, isMinimum);
            result.Judging = FairnessText.ModeName(mode);
            result.Facts = new MetricGateFacts(mode, evaluation.TestRows, metrics, scoresMissing);
            if (scoresMissing)
            {
                result.Fail(DiagnosticIds.MetricUnavailable);
                return result;
            }

            string failCode = isMinimum ? DiagnosticIds.MetricBelowMinimum : DiagnosticIds.MetricAboveMaximum;
            double? value = metrics.Get(metric);
            result.Value = value;
            result.JudgedValue = value;
            if (!value.HasValue)
            {
                result.Fail(failCode);
                return result;
            }

            result.Interval = interval;
            result.Decide(GateVerdict.Judge(value.Value, interval, bound.Value, isMinimum, mode), failCode);
            return result;
        }
    }
}
