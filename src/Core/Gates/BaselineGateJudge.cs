using System;
using System.Linq;
using AiFactory.Core.Baseline;
using AiFactory.Core.Evaluation;
using AiFactory.Core.Metrics;
using AiFactory.Core.Results;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Gates
{
    /// <summary>
    /// Judges <c>gates.baseline</c>: how each metric compares with an earlier model's results.json. "Worse" means lower,
    /// or higher for logLoss; <c>maxDrop</c> bounds the worsening, <c>minGain</c> demands an improvement.
    /// </summary>
    internal static class BaselineGateJudge
    {
        public static void Judge(ModelManifest manifest, EvaluationRecord evaluation, GateCollector collector)
        {
            BaselineGates? section = manifest.Gates.Baseline;
            if (section is null || section.Metrics.Count == 0)
            {
                return;
            }

            string file = ReportPath.Relative(manifest.Directory, section.ResultsPath);
            BaselineResults? baseline = null;
            Diagnostic? unusable = null;
            try
            {
                baseline = BaselineResults.Read(section.ResultsPath, section.ResultsLocation);
            }
            catch (DiagnosticException e)
            {
                unusable = e.Diagnostic;
            }

            // A baseline measured on other rows or at another threshold is not a comparison: refuse it, never judge on it.
            Diagnostic? elsewhere = baseline is null ? null : MeasuredElsewhere(baseline, evaluation, file, section.ResultsLocation ?? new SourceLocation(manifest.FilePath, 0, 0));
            if (elsewhere != null)
            {
                baseline = null;
                unusable = elsewhere;
            }

            foreach (BaselineMetricGate gate in section.Metrics)
            {
                if (gate.MaxDrop != null)
                {
                    JudgeOne(gate.Metric, gate.MaxDrop, isMaxDrop: true, evaluation, baseline, unusable, file, collector);
                }

                if (gate.MinGain != null)
                {
                    JudgeOne(gate.Metric, gate.MinGain, isMaxDrop: false, evaluation, baseline, unusable, file, collector);
                }
            }
        }

        /// <summary>
        /// AIF4014 when the baseline records a number of test rows or a decision threshold other than this evaluation's;
        /// null when they agree or the baseline does not record them.
        /// </summary>
        private static Diagnostic? MeasuredElsewhere(BaselineResults baseline, EvaluationRecord evaluation, string file, SourceLocation at)
        {
            double threshold = evaluation.Metrics.Threshold;
            bool otherRows = baseline.TestRows.HasValue && baseline.TestRows.Value != evaluation.TestRows;
            bool otherThreshold = baseline.DecisionThreshold.HasValue && !double.IsNaN(threshold)
                && !(GateComparison.AtLeast(baseline.DecisionThreshold.Value, threshold) && GateComparison.AtMost(baseline.DecisionThreshold.Value, threshold));
            if (!otherRows && !otherThreshold)
            {
                return null;
            }

            var differences = new System.Collections.Generic.List<string>();
            if (otherRows)
            {
                differences.Add($"on {GateNumberFormat.Rows(baseline.TestRows!.Value)} and this model on {GateNumberFormat.Rows(evaluation.TestRows)}");
            }

            if (otherThreshold)
            {
                differences.Add($"at decision threshold {GateNumberFormat.Threshold(baseline.DecisionThreshold!.Value)} and this model at {GateNumberFormat.Threshold(threshold)}");
            }

            return Diagnostic.Error(DiagnosticIds.BaselineNotComparable,
                $"the baseline {file} was measured {string.Join(", and ", differences)}, so its metrics are not comparable with this model's; " +
                "use the results.json of the baseline model evaluated on this test set at this threshold (build it with the same data.test and model.threshold), or remove gates.baseline",
                at);
        }

        private static void JudgeOne(
            string metric,
            Bound bound,
            bool isMaxDrop,
            EvaluationRecord evaluation,
            BaselineResults? baseline,
            Diagnostic? unusable,
            string file,
            GateCollector collector)
        {
            BinaryMetrics metrics = evaluation.Metrics;
            string code = isMaxDrop ? DiagnosticIds.BaselineDrop : DiagnosticIds.BaselineGain;
            var result = new GateResult
            {
                Id = $"baseline.{metric}.{(isMaxDrop ? "maxDrop" : "minGain")}",
                Kind = GateKinds.Baseline,
                Metric = metric,
                Threshold = bound.Value,
                Comparison = isMaxDrop ? GateComparison.AtMostSymbol : GateComparison.AtLeastSymbol,
                Location = bound.Location,
                Value = metrics.Get(metric),
            };

            if (MetricNames.NeedsScores(metric) && !metrics.HasScores)
            {
                Fail(result, DiagnosticIds.MetricUnavailable, MetricGateJudge.ScoresNeeded(metric));
                collector.Add(result);
                return;
            }

            if (baseline is null)
            {
                // The file itself is the problem: report it once, where it is, for all baseline gates.
                Diagnostic problem = unusable ?? throw new InvalidOperationException("No baseline and no reason.");
                Fail(result, problem.Code, problem.Message);
                collector.Add(result, problem.Location);
                return;
            }

            if (!baseline.Metrics.TryGetValue(metric, out double before))
            {
                string why = baseline.UndefinedMetrics.Contains(metric)
                    ? $"has {metric} null (it was undefined when the baseline was evaluated)"
                    : $"has no {metric} under \"metrics\"";
                Fail(result, DiagnosticIds.BaselineInvalid,
                    $"the baseline {file} {why}, so gates.baseline.{metric} cannot be judged; use a baseline whose results include {metric}, or remove this gate");
                collector.Add(result, baseline.MetricsLocation);
                return;
            }

            result.BaselineValue = before;
            double? current = result.Value;
            if (!current.HasValue)
            {
                Fail(result, code,
                    $"{metric} is undefined because {UndefinedMetricReason.Explain(metrics, metric)}, so it cannot be compared with the baseline {GateNumberFormat.Fixed(before, GateNumberFormat.ValueDecimals)} ({file})");
                collector.Add(result);
                return;
            }

            double now = current.Value;
            bool lowerIsBetter = MetricNames.LowerIsBetter(metric);
            double improvement = lowerIsBetter ? before - now : now - before;
            double worsening = -improvement;
            double judged = isMaxDrop ? worsening : improvement;
            result.JudgedValue = judged;
            bool passed = isMaxDrop ? GateComparison.AtMost(judged, bound.Value) : GateComparison.AtLeast(judged, bound.Value);

            int decimals = DecimalsFor(now, before, judged, bound.Value, passed, isMaxDrop);
            string shownNow = GateNumberFormat.Fixed(now, decimals);
            string shownBefore = GateNumberFormat.Fixed(before, decimals);
            string threshold = GateNumberFormat.Threshold(bound);
            string against = $"the baseline {shownBefore} ({file})";

            if (passed)
            {
                result.Status = GateStatus.Passed;
                string change = ChangeWords(now, before, decimals);
                result.Message = isMaxDrop
                    ? $"{metric} {shownNow} {change} {against}; at most {threshold} worse is allowed"
                    : $"{metric} {shownNow} {change} {against}; at least {threshold} better is required";
                collector.Add(result);
                return;
            }

            string message;
            if (isMaxDrop)
            {
                string moved = lowerIsBetter ? "rose" : "dropped";
                string direction = lowerIsBetter ? "above" : "below";
                message = $"{metric} {shownNow} {moved} {GateNumberFormat.Fixed(worsening, decimals)} {direction} {against}; at most {threshold} is allowed here";
            }
            else if (improvement > 0)
            {
                message = $"{metric} {shownNow} improved only {GateNumberFormat.Fixed(improvement, decimals)} on {against}; at least {threshold} is required here";
            }
            else
            {
                message = $"{metric} {shownNow} {ChangeWords(now, before, decimals)} {against}; an improvement of at least {threshold} is required here";
            }

            Fail(result, code, message);
            collector.Add(result);
        }

        /// <summary>"is 0.008 below", "is 0.004 above" or "equals": the plain change from the baseline.</summary>
        private static string ChangeWords(double now, double before, int decimals)
        {
            if (now == before)
            {
                return "equals";
            }

            return $"is {GateNumberFormat.Fixed(Math.Abs(now - before), decimals)} {(now < before ? "below" : "above")}";
        }

        /// <summary>
        /// One number of decimals for the value, the baseline and the change, from 3 up: enough that the change prints on
        /// the side of the threshold it is on, and that two different values do not print the same.
        /// </summary>
        private static int DecimalsFor(double now, double before, double judged, double threshold, bool passed, bool isMaxDrop)
        {
            int side = Math.Sign(judged.CompareTo(threshold));
            Func<double, bool> judgedIsRight = passed
                ? (Func<double, bool>)(printed => isMaxDrop ? printed <= threshold : printed >= threshold)
                : printed => Math.Sign(printed.CompareTo(threshold)) == side;
            int decimals = GateNumberFormat.Decimals(judged, judgedIsRight);
            if (now != before)
            {
                while (decimals < 15 && GateNumberFormat.Fixed(now, decimals) == GateNumberFormat.Fixed(before, decimals))
                {
                    decimals++;
                }
            }

            return decimals;
        }

        private static void Fail(GateResult result, string code, string message)
        {
            result.Status = GateStatus.Failed;
            result.Code = code;
            result.Message = message;
        }
    }
}
