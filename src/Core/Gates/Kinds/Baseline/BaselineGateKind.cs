using System.Linq;
using AiFactory.Core.Baseline;
using AiFactory.Core.Evaluation;
using AiFactory.Core.Metrics;
using AiFactory.Core.Results;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Gates.Kinds.Baseline
{
    /// <summary>
    /// Judges <c>gates.baseline</c>: how each metric compares with an earlier model's results.json. "Worse" means lower,
    /// or higher for logLoss; <c>maxDrop</c> bounds the worsening, <c>minGain</c> demands an improvement. A baseline
    /// measured on other rows or at another threshold is refused (AIF4014), never judged on.
    /// </summary>
    internal sealed class BaselineGateKind : IGateKind
    {
        public string Name => GateKinds.Baseline;

        public GateMessages Messages { get; } = new BaselineGateMessages();

        public GateOutcomes Judge(GateContext context)
        {
            var outcomes = new GateOutcomes();
            ModelManifest manifest = context.Manifest;
            BaselineGates? section = manifest.Gates.Baseline;
            if (section is null || section.Metrics.Count == 0)
            {
                return outcomes;
            }

            BaselineSource source = Read(manifest, section, context.Evaluation);
            foreach (BaselineMetricGate gate in section.Metrics)
            {
                if (gate.MaxDrop != null)
                {
                    JudgeOne(gate.Metric, gate.MaxDrop, isMaxDrop: true, context.Evaluation, source, outcomes);
                }

                if (gate.MinGain != null)
                {
                    JudgeOne(gate.Metric, gate.MinGain, isMaxDrop: false, context.Evaluation, source, outcomes);
                }
            }

            return outcomes;
        }

        /// <summary>Reads the baseline, and compares the rows and the decision threshold it records with this evaluation's.</summary>
        private static BaselineSource Read(ModelManifest manifest, BaselineGates section, EvaluationRecord evaluation)
        {
            string file = ReportPath.Relative(manifest.Directory, section.ResultsPath);
            SourceLocation referencedAt = section.ResultsLocation ?? new SourceLocation(manifest.FilePath, 0, 0);
            double threshold = evaluation.Metrics.Threshold;
            BaselineResults baseline;
            try
            {
                baseline = BaselineResults.Read(section.ResultsPath, section.ResultsLocation);
            }
            catch (DiagnosticException e)
            {
                return new BaselineSource(file, null, e.Diagnostic, evaluation.TestRows, threshold, otherRows: false, otherThreshold: false, referencedAt);
            }

            bool otherRows = baseline.TestRows.HasValue && baseline.TestRows.Value != evaluation.TestRows;
            bool otherThreshold = baseline.DecisionThreshold.HasValue && !double.IsNaN(threshold)
                && !(GateComparison.AtLeast(baseline.DecisionThreshold.Value, threshold) && GateComparison.AtMost(baseline.DecisionThreshold.Value, threshold));
            return new BaselineSource(file, baseline, null, evaluation.TestRows, threshold, otherRows, otherThreshold, referencedAt);
        }

        private static void JudgeOne(string metric, Bound bound, bool isMaxDrop, EvaluationRecord evaluation, BaselineSource source, GateOutcomes outcomes)
        {
            BinaryMetrics metrics = evaluation.Metrics;
            GateResult result = GateResult.Against(bound, $"baseline.{metric}.{(isMaxDrop ? "maxDrop" : "minGain")}", metric, isMinimum: !isMaxDrop);
            result.Value = metrics.Get(metric);
            void Found(BaselineFinding finding) => result.Facts = new BaselineGateFacts(source, finding, metrics);

            if (MetricNames.NeedsScores(metric) && !metrics.HasScores)
            {
                Found(BaselineFinding.ScoresMissing);
                result.Fail(DiagnosticIds.MetricUnavailable);
                outcomes.Add(result);
                return;
            }

            BaselineResults? baseline = source.Comparable;
            if (baseline is null)
            {
                // The file itself is the problem: report it once, where it is, for all baseline gates.
                Found(BaselineFinding.FileUnusable);
                result.Fail(source.ProblemCode!);
                outcomes.Add(result, source.ProblemLocation);
                return;
            }

            if (!baseline.Metrics.TryGetValue(metric, out double before))
            {
                Found(baseline.UndefinedMetrics.Contains(metric) ? BaselineFinding.UndefinedInBaseline : BaselineFinding.NotInBaseline);
                result.Fail(DiagnosticIds.BaselineInvalid);
                outcomes.Add(result, baseline.MetricsLocation);
                return;
            }

            result.BaselineValue = before;
            string code = isMaxDrop ? DiagnosticIds.BaselineDrop : DiagnosticIds.BaselineGain;
            if (!result.Value.HasValue)
            {
                Found(BaselineFinding.ValueUndefined);
                result.Fail(code);
                outcomes.Add(result);
                return;
            }

            double now = result.Value.Value;
            double improvement = MetricNames.LowerIsBetter(metric) ? before - now : now - before;
            double judged = isMaxDrop ? -improvement : improvement;
            result.JudgedValue = judged;
            Found(BaselineFinding.Compared);
            result.Decide(GateVerdict.Judge(judged, null, bound.Value, isMinimum: !isMaxDrop, JudgingMode.PointEstimate), code);
            outcomes.Add(result);
        }
    }
}
