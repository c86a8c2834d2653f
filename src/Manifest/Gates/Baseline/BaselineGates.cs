using System;
using System.Collections.Generic;
using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Manifest.Model
{
    /// <summary><c>gates.baseline</c>: comparison with an earlier model's results.json.</summary>
    internal sealed class BaselineGates
    {
        /// <summary><c>results</c> resolved to an absolute path.</summary>
        public string ResultsPath { get; set; } = "";

        /// <summary>Where <c>results</c> was set.</summary>
        public SourceLocation? ResultsLocation { get; set; }

        /// <summary>
        /// <c>judging</c>, <c>confidence</c>, <c>resamples</c> and <c>seed</c>: how the gates weigh the interval of the
        /// paired difference, with the defaults of <c>gates.metrics</c> (the seed defaults to <c>model.seed</c>).
        /// </summary>
        public MetricGateSettings Settings { get; set; } = new MetricGateSettings();

        /// <summary>The per-metric comparisons in document order.</summary>
        public IReadOnlyList<BaselineMetricGate> Metrics { get; set; } = Array.Empty<BaselineMetricGate>();
    }
}
