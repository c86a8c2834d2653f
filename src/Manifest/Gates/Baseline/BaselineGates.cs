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

        /// <summary>The per-metric comparisons in document order.</summary>
        public IReadOnlyList<BaselineMetricGate> Metrics { get; set; } = Array.Empty<BaselineMetricGate>();
    }
}
