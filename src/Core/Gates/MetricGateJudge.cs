using AiFactory.Core.Evaluation;
using AiFactory.Core.Metrics;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Gates
{
    /// <summary>Judges <c>gates.metrics</c>: inclusive bounds on the overall metrics of the test set.</summary>
    internal static class MetricGateJudge
    {
        public static void Judge(MetricGate gate, EvaluationRecord evaluation, GateCollector collector)
        {
            if (gate.Min != null)
            {
                collector.Add(JudgeBound(gate.Metric, gate.Min, isMinimum: true, evaluation));
            }

            if (gate.Max != null)
            {
                collector.Add(JudgeBound(gate.Metric, gate.Max, isMinimum: false, evaluation));
            }
        }

        private static GateResult JudgeBound(string metric, Bound bound, bool isMinimum, EvaluationRecord evaluation)
        {
            BinaryMetrics metrics = evaluation.Metrics;
            string bar = isMinimum ? "minimum" : "maximum";
            string threshold = GateNumberFormat.Threshold(bound);
            string testSet = $"(test set, {GateNumberFormat.Rows(evaluation.TestRows)})";
            var result = new GateResult
            {
                Id = $"metrics.{metric}.{(isMinimum ? "min" : "max")}",
                Kind = GateKinds.Metric,
                Metric = metric,
                Threshold = bound.Value,
                Comparison = isMinimum ? GateComparison.AtLeastSymbol : GateComparison.AtMostSymbol,
                Location = bound.Location,
            };

            if (MetricNames.NeedsScores(metric) && !metrics.HasScores)
            {
                result.Status = GateStatus.Failed;
                result.Code = DiagnosticIds.MetricUnavailable;
                result.Message = ScoresNeeded(metric);
                return result;
            }

            double? value = metrics.Get(metric);
            result.Value = value;
            result.JudgedValue = value;
            if (!value.HasValue)
            {
                result.Status = GateStatus.Failed;
                result.Code = isMinimum ? DiagnosticIds.MetricBelowMinimum : DiagnosticIds.MetricAboveMaximum;
                result.Message = $"{metric} is undefined because {UndefinedMetricReason.Explain(metrics, metric)}, so the {bar} {threshold} set here cannot be met {testSet}";
                return result;
            }

            double v = value.Value;
            bool passed = isMinimum ? GateComparison.AtLeast(v, bound.Value) : GateComparison.AtMost(v, bound.Value);
            if (passed)
            {
                string shown = GateNumberFormat.PassingValue(v, bound.Value, atLeast: isMinimum);
                result.Status = GateStatus.Passed;
                result.Message = $"{metric} {shown} meets the {bar} {threshold} {testSet}";
            }
            else
            {
                string shown = GateNumberFormat.Value(v, bound.Value);
                result.Status = GateStatus.Failed;
                result.Code = isMinimum ? DiagnosticIds.MetricBelowMinimum : DiagnosticIds.MetricAboveMaximum;
                result.Message = $"{metric} {shown} is {(isMinimum ? "below" : "above")} the {bar} {threshold} set here {testSet}";
            }

            return result;
        }

        /// <summary>The AIF4008 message: a score-based metric asked of label-only predictions.</summary>
        public static string ScoresNeeded(string metric) =>
            $"{metric} needs scores, but the predictions are labels only (data.prediction); name a probability column with data.score instead, or remove this gate";
    }
}
