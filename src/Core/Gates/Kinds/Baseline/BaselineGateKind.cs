using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AiFactory.Core.Baseline;
using AiFactory.Core.Evaluation;
using AiFactory.Core.Fairness;
using AiFactory.Core.Metrics;
using AiFactory.Core.Results;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Gates.Kinds.Baseline
{
    /// <summary>
    /// Judges <c>gates.baseline</c>: how each metric compares with an earlier model's results.json. "Worse" means lower,
    /// or higher for logLoss, brier and ece; <c>maxDrop</c> bounds the worsening, <c>minGain</c> demands an improvement,
    /// each with the paired interval of its change from both models' test-scores.csv (<see cref="PairedDifference"/>),
    /// under gates.baseline.judging (<see cref="GateVerdict"/>). A baseline measured on other rows or at another
    /// threshold is refused (AIF4014), never judged on; without the baseline's test-scores.csv the change has no
    /// interval and its point estimate decides.
    /// </summary>
    internal sealed class BaselineGateKind : IIntervalGateKind
    {
        public string Name => GateKinds.Baseline;

        public string PassedOnIntervalCode => DiagnosticIds.MetricPassedOnInterval;

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

            BaselineSource source = Read(manifest, section, context.Evaluation, context.TestScoresPath);
            var differences = new Dictionary<string, PairedDifference>();
            PairedDifference? DifferenceOf(string metric)
            {
                PairedRows? rows = source.Rows;
                if (rows?.Current is null || rows.Baseline is null) return null;
                if (!differences.TryGetValue(metric, out PairedDifference? difference))
                {
                    MetricGateSettings settings = section.Settings;
                    difference = PairedDifference.Estimate(MetricDescriptor.Named(metric), rows.Current, rows.Baseline, manifest.Business?.Costs,
                        settings.Confidence, settings.Resamples, settings.Seed ?? manifest.Model.Seed);
                    differences[metric] = difference;
                }

                return difference;
            }

            foreach (BaselineMetricGate gate in section.Metrics)
            {
                if (gate.MaxDrop != null)
                {
                    JudgeOne(gate.Metric, gate.MaxDrop, isMaxDrop: true, context.Evaluation, source, section.Settings.Judging, DifferenceOf, outcomes);
                }

                if (gate.MinGain != null)
                {
                    JudgeOne(gate.Metric, gate.MinGain, isMaxDrop: false, context.Evaluation, source, section.Settings.Judging, DifferenceOf, outcomes);
                }
            }

            return outcomes;
        }

        /// <summary>Reads the baseline, and compares the rows and the decision threshold it records with this evaluation's.</summary>
        private static BaselineSource Read(ModelManifest manifest, BaselineGates section, EvaluationRecord evaluation, string? testScoresPath)
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
            if (otherRows || otherThreshold)
            {
                return new BaselineSource(file, baseline, null, evaluation.TestRows, threshold, otherRows, otherThreshold, referencedAt);
            }

            // The rows of both models, for the intervals: a malformed baseline test-scores.csv (AIF4005) or one of other
            // rows than this model's (AIF4014) makes the baseline unusable; a missing one only leaves the gates without an interval.
            string baselineRows = PairedScores.PathNextTo(section.ResultsPath);
            if (!File.Exists(baselineRows))
            {
                PairedRows none = PairedRows.None(IntervalMissing.BaselineRowsMissing);
                return new BaselineSource(file, baseline, null, evaluation.TestRows, threshold, false, false, referencedAt, none);
            }

            try
            {
                PairedScores before = PairedScores.Read(baselineRows, section.ResultsPath);
                PairedScores? now = CurrentTestScores.Read(testScoresPath, evaluation, out IntervalMissing missing);
                if (now is null)
                {
                    return new BaselineSource(file, baseline, null, evaluation.TestRows, threshold, false, false, referencedAt, PairedRows.None(missing));
                }

                PairedScores.RequireSameRows(now, before);
                return new BaselineSource(file, baseline, null, evaluation.TestRows, threshold, false, false, referencedAt, PairedRows.Of(now, before));
            }
            catch (DiagnosticException e)
            {
                return new BaselineSource(file, baseline, e.Diagnostic, evaluation.TestRows, threshold, false, false, referencedAt);
            }
        }

        private static void JudgeOne(string metric, Bound bound, bool isMaxDrop, EvaluationRecord evaluation, BaselineSource source, JudgingMode mode,
            Func<string, PairedDifference?> differenceOf, GateOutcomes outcomes)
        {
            BinaryMetrics metrics = evaluation.Metrics;
            GateResult result = GateResult.Against(bound, $"baseline.{metric}.{(isMaxDrop ? "maxDrop" : "minGain")}", metric, isMinimum: !isMaxDrop);
            result.Value = metrics.Get(metric);
            IntervalMissing missing = IntervalMissing.None;
            PairedDifference? difference = null;
            void Found(BaselineFinding finding) => result.Facts = new BaselineGateFacts(source, finding, metrics, mode, missing, difference);

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
            result.Judging = FairnessText.ModeName(mode);
            difference = differenceOf(metric);
            Interval? interval = IntervalOf(difference, now, before, isMaxDrop, source, out missing);
            result.Interval = interval;
            Found(BaselineFinding.Compared);
            result.Decide(GateVerdict.Judge(judged, interval, bound.Value, isMinimum: !isMaxDrop, mode), code);
            outcomes.Add(result);
        }

        /// <summary>
        /// The interval of the judged change (the worsening for maxDrop, the improvement for minGain), or null with the
        /// reason: no rows to pair, no interval from them, or rows whose figures are not those the two results record.
        /// </summary>
        private static Interval? IntervalOf(PairedDifference? difference, double now, double before, bool isMaxDrop, BaselineSource source, out IntervalMissing missing)
        {
            if (difference is null)
            {
                missing = source.Rows?.Missing ?? IntervalMissing.CurrentRowsNotGiven;
                return null;
            }

            if (difference.Current.HasValue && !Same(difference.Current.Value, now))
            {
                missing = IntervalMissing.CurrentFigureDiffers;
                return null;
            }

            if (difference.Baseline.HasValue && !Same(difference.Baseline.Value, before))
            {
                missing = IntervalMissing.BaselineFigureDiffers;
                return null;
            }

            missing = difference.Interval is null ? IntervalMissing.NotFromRows : IntervalMissing.None;
            return isMaxDrop ? difference.WorseningInterval : difference.ImprovementInterval;
        }

        /// <summary>The same figure, recomputed from the rows (a results.json keeps every digit of a double).</summary>
        private static bool Same(double fromRows, double recorded) => Math.Abs(fromRows - recorded) <= 1e-9 * Math.Max(1, Math.Abs(recorded));
    }
}
