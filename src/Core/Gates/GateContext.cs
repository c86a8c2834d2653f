using System;
using System.Collections.Generic;
using AiFactory.Core.Evaluation;
using AiFactory.Core.Fairness;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Gates
{
    /// <summary>What every gate kind is judged on: the manifest, the evaluation and the figures computed from it.</summary>
    internal sealed class GateContext
    {
        /// <summary>Creates a context.</summary>
        public GateContext(ModelManifest manifest, EvaluationRecord evaluation, IReadOnlyDictionary<MetricDescriptor, Interval> metricIntervals,
            FairnessReport? fairness, string? testScoresPath = null)
        {
            Manifest = manifest ?? throw new ArgumentNullException(nameof(manifest));
            Evaluation = evaluation ?? throw new ArgumentNullException(nameof(evaluation));
            MetricIntervals = metricIntervals ?? throw new ArgumentNullException(nameof(metricIntervals));
            Fairness = fairness;
            TestScoresPath = testScoresPath;
        }

        /// <summary>The manifest whose gates are judged.</summary>
        public ModelManifest Manifest { get; }

        /// <summary>The evaluation of the model on its test set (metrics, data profile, grouped counts).</summary>
        public EvaluationRecord Evaluation { get; }

        /// <summary>The intervals of the overall figures the metric and business gates judge, by metric.</summary>
        public IReadOnlyDictionary<MetricDescriptor, Interval> MetricIntervals { get; }

        /// <summary>The groups, disparities and intervals of the sensitive attributes; null when the manifest names none.</summary>
        public FairnessReport? Fairness { get; }

        /// <summary>This model's test-scores.csv, written by the evaluation beside results.json; null when not given (no paired interval).</summary>
        public string? TestScoresPath { get; }
    }
}
