using System;
using AiFactory.Core.Evaluation;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Gates
{
    /// <summary>Judges every gate of a manifest against an evaluation of the model on its test set.</summary>
    public static class GateEvaluator
    {
        /// <summary>
        /// Judges the metric gates (in manifest order, min before max), the baseline gates (maxDrop before minGain) and
        /// the business gate. Each failed gate yields one error at the number in aifactory.json that set its
        /// threshold; an unusable baseline file is reported once, at the file.
        /// </summary>
        public static GateEvaluation Evaluate(ModelManifest manifest, EvaluationRecord evaluation)
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
            foreach (MetricGate gate in manifest.Gates.Metrics)
            {
                MetricGateJudge.Judge(gate, evaluation, collector);
            }

            BaselineGateJudge.Judge(manifest, evaluation, collector);
            BusinessGateJudge.Judge(manifest, evaluation, collector);
            return collector.ToEvaluation();
        }
    }
}
