using System;
using System.Collections.Generic;
using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Core.Gates
{
    /// <summary>The outcome of all gates of a manifest, and the errors to report.</summary>
    internal sealed class GateEvaluation
    {
        /// <summary>Creates an evaluation.</summary>
        public GateEvaluation(IReadOnlyList<GateResult> gates, IReadOnlyList<Diagnostic> diagnostics)
        {
            Gates = gates ?? throw new ArgumentNullException(nameof(gates));
            Diagnostics = diagnostics ?? throw new ArgumentNullException(nameof(diagnostics));
        }

        /// <summary>Every gate in the order of <see cref="GateKindRegistry"/> (metric, baseline, business, data, fairness), each kind in manifest order.</summary>
        public IReadOnlyList<GateResult> Gates { get; }

        /// <summary>One error per failed gate at the threshold that failed, plus problems with the baseline file.</summary>
        public IReadOnlyList<Diagnostic> Diagnostics { get; }

        /// <summary>The groups, disparities and intervals the fairness gates were judged on; null when the manifest names no sensitive attribute.</summary>
        public Fairness.FairnessReport? Fairness { get; set; }

        /// <summary>
        /// True when no gate failed and there is no error. Waived gates pass; gates with insufficient data decide
        /// nothing, so they do not fail the model either.
        /// </summary>
        public bool Passed
        {
            get
            {
                foreach (GateResult gate in Gates)
                {
                    if (gate.Status == GateStatus.Failed)
                    {
                        return false;
                    }
                }

                foreach (Diagnostic diagnostic in Diagnostics)
                {
                    if (diagnostic.Severity == DiagnosticSeverity.Error)
                    {
                        return false;
                    }
                }

                return true;
            }
        }
    }
}
