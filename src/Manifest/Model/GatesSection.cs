using System;
using System.Collections.Generic;

namespace AiFactory.Manifest.Model
{
    /// <summary>The <c>gates</c> section.</summary>
    internal sealed class GatesSection
    {
        /// <summary><c>gates.metrics</c> in document order.</summary>
        public IReadOnlyList<MetricGate> Metrics { get; set; } = Array.Empty<MetricGate>();

        /// <summary>The settings of <c>gates.metrics</c> (judging, confidence, resamples, seed), with their defaults.</summary>
        public MetricGateSettings MetricSettings { get; set; } = new MetricGateSettings();

        /// <summary>The settings of <c>gates.business</c>: only its <c>judging</c> is read there (the level is <see cref="MetricSettings"/>').</summary>
        public MetricGateSettings BusinessSettings { get; set; } = new MetricGateSettings();

        /// <summary><c>gates.baseline</c>, or null.</summary>
        public BaselineGates? Baseline { get; set; }

        /// <summary><c>gates.business.maxCostPer1000</c>, or null.</summary>
        public Bound? MaxCostPer1000 { get; set; }

        /// <summary><c>gates.data</c>, or null.</summary>
        public DataGates? Data { get; set; }

        /// <summary><c>gates.fairness</c>, or null.</summary>
        public FairnessGates? Fairness { get; set; }

        /// <summary>True when at least one gate is set: something a model can pass or fail.</summary>
        public bool Any =>
            Metrics.Count > 0 || (Baseline != null && Baseline.Metrics.Count > 0) || MaxCostPer1000 != null || (Data != null && Data.Any)
            || (Fairness != null && (Fairness.Disparities.Count > 0 || Fairness.EveryGroup.Count > 0));
    }
}
