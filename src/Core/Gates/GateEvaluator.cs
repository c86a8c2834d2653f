using System;
using System.Collections.Generic;
using AiFactory.Core.Evaluation;
using AiFactory.Core.Metrics;
using AiFactory.Core.Fairness;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Gates
{
    /// <summary>Judges every gate of a manifest against an evaluation of the model on its test set.</summary>
    internal static class GateEvaluator
    {
        /// <summary>
        /// Judges every gate kind of <see cref="GateKindRegistry"/> in its order: the metric gates (in manifest order, min
        /// before max), the baseline gates (maxDrop before minGain), the business gate, the data gates, then the fairness
        /// gates on the point estimate; each kind's formatter words its outcomes. Each failed gate yields one error at the number
        /// in aifactory.json that set its threshold; an unusable baseline file is reported once, at the file; sensitive
        /// attributes no fairness gate judges are warning AIF5014, last.
        /// </summary>
        public static GateEvaluation Evaluate(ModelManifest manifest, EvaluationRecord evaluation) => Evaluate(manifest, evaluation, null);

        /// <summary>
        /// Judges every gate as <see cref="Evaluate(ModelManifest, EvaluationRecord)"/> does, then the fairness gates
        /// with the bootstrap intervals of <paramref name="uncertainty"/> (without them, the judging modes that need an
        /// interval fall back to the point estimate, and say so).
        /// </summary>
        public static GateEvaluation Evaluate(ModelManifest manifest, EvaluationRecord evaluation, UncertaintyRecord? uncertainty) =>
            Evaluate(manifest, evaluation, uncertainty, null);

        /// <summary>
        /// Judges every gate as <see cref="Evaluate(ModelManifest, EvaluationRecord, UncertaintyRecord?)"/> does, the
        /// baseline gates with the paired interval of their change from this model's rows (<paramref name="testScoresPath"/>,
        /// the test-scores.csv the evaluation wrote) and the baseline's (the test-scores.csv beside its results.json).
        /// </summary>
        public static GateEvaluation Evaluate(ModelManifest manifest, EvaluationRecord evaluation, UncertaintyRecord? uncertainty, string? testScoresPath)
        {
            if (manifest is null)
            {
                throw new ArgumentNullException(nameof(manifest));
            }

            if (evaluation is null)
            {
                throw new ArgumentNullException(nameof(evaluation));
            }

            if (evaluation.Metrics is null)
            {
                throw new ArgumentException("The evaluation has no metrics.", nameof(evaluation));
            }

            var collector = new GateCollector();
            FairnessReport? fairness = FairnessReport.Build(evaluation, FairnessSettings.From(manifest), uncertainty);
            var context = new GateContext(manifest, evaluation, MetricIntervalsOf(manifest, evaluation), fairness, testScoresPath);
            foreach (IGateKind kind in GateKindRegistry.All)
            {
                collector.Add(kind, kind.Judge(context));
            }

            Manifest.Diagnostics.Diagnostic? unguarded = SensitiveAttributeCoverage.Check(manifest, collector.Gates);
            if (unguarded != null)
            {
                collector.Report(unguarded);
            }

            GateEvaluation result = collector.ToEvaluation(fairness);
            GateWaivers.Apply(manifest, result.Gates);
            return result;
        }

        /// <summary>
        /// The intervals of the figures the metric and business gates judge, from the evaluation's evidence, at the level,
        /// resamples and seed of gates.metrics (the seed defaults to model.seed).
        /// </summary>
        private static IReadOnlyDictionary<MetricDescriptor, Interval> MetricIntervalsOf(ModelManifest manifest, EvaluationRecord evaluation)
        {
            var wanted = new List<MetricDescriptor>();
            foreach (MetricGate gate in manifest.Gates.Metrics)
            {
                MetricDescriptor? metric = MetricDescriptor.Find(gate.Metric);
                if (metric != null) wanted.Add(metric);
            }

            if (manifest.Gates.MaxCostPer1000 != null) wanted.Add(MetricDescriptor.CostPer1000);
            MetricGateSettings settings = manifest.Gates.MetricSettings;
            return MetricIntervals.Estimate(evaluation.Metrics, manifest.Business?.Costs, wanted, settings.Confidence, settings.Resamples,
                settings.Seed ?? manifest.Model.Seed);
        }
    }
}
