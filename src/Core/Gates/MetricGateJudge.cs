using System.Collections.Generic;
using AiFactory.Core.Evaluation;
using AiFactory.Core.Fairness;
using AiFactory.Core.Metrics;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Gates
{
    /// <summary>
    /// Judges <c>gates.metrics</c>: inclusive bounds on the overall metrics of the test set, each with its interval and
    /// under the section's judging mode (<see cref="GateVerdict"/>). Judged on the point estimate (the default) the
    /// messages are those of a gate without an interval.
    /// </summary>
    internal static class MetricGateJudge
    {
        public static void Judge(MetricGate gate, EvaluationRecord evaluation, IReadOnlyDictionary<MetricDescriptor, Interval> intervals,
            JudgingMode mode, GateCollector collector)
        {
            intervals.TryGetValue(MetricDescriptor.Named(gate.Metric), out Interval? interval);
            if (gate.Min != null)
            {
                collector.Add(JudgeBound(gate.Metric, gate.Min, isMinimum: true, evaluation, interval, mode));
            }

            if (gate.Max != null)
            {
                collector.Add(JudgeBound(gate.Metric, gate.Max, isMinimum: false, evaluation, interval, mode));
            }
        }

        private static GateResult JudgeBound(string metric, Bound bound, bool isMinimum, EvaluationRecord evaluation, Interval? interval, JudgingMode mode)
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
                Judging = FairnessText.ModeName(mode),
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
            result.Interval = interval;
            GateVerdict verdict = GateVerdict.Judge(v, interval, bound.Value, isMinimum, mode);
            result.Status = verdict.Passed ? GateStatus.Passed : GateStatus.Failed;
            result.PassedOnInterval = verdict.PassedOnInterval;
            result.Code = verdict.Passed ? null : isMinimum ? DiagnosticIds.MetricBelowMinimum : DiagnosticIds.MetricAboveMaximum;
            if (mode == JudgingMode.PointEstimate)
            {
                result.Message = verdict.Passed
                    ? $"{metric} {GateNumberFormat.PassingValue(v, bound.Value, atLeast: isMinimum)} meets the {bar} {threshold} {testSet}"
                    : $"{metric} {GateNumberFormat.Value(v, bound.Value)} is {(isMinimum ? "below" : "above")} the {bar} {threshold} set here {testSet}";
                return result;
            }

            string detail = $"({FairnessText.Interval(interval, bound.Value, verdict.FellBackToPoint(mode))}, {FairnessText.ModeWords(mode)})";
            result.Message = $"{metric} {VerdictWords.Shown(v, bound.Value, isMinimum, verdict)} {detail} {VerdictWords.Verdict(verdict, mode, isMinimum, threshold)} {testSet}";
            return result;
        }

        /// <summary>The AIF4008 message: a score-based metric asked of label-only predictions.</summary>
        public static string ScoresNeeded(string metric) =>
            $"{metric} needs scores, but the predictions are labels only (data.prediction); name a probability column with data.score instead, or remove this gate";
    }
}
