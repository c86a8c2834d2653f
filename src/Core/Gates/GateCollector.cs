using System.Collections.Generic;
using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Core.Gates
{
    /// <summary>Gathers gate results and the diagnostics of failed gates, reporting each distinct problem once.</summary>
    internal sealed class GateCollector
    {
        private readonly List<GateResult> _gates = new List<GateResult>();
        private readonly List<Diagnostic> _diagnostics = new List<Diagnostic>();
        private readonly HashSet<string> _reported = new HashSet<string>();

        /// <summary>
        /// Adds a gate; a failed one also adds an error with its code and message, at <paramref name="reportAt"/> or,
        /// by default, where its threshold was set; one that passed on its interval alone, a warning with
        /// <paramref name="passedOnIntervalCode"/> (its kind's <see cref="IIntervalGateKind.PassedOnIntervalCode"/>).
        /// </summary>
        public void Add(GateResult gate, string? passedOnIntervalCode, SourceLocation? reportAt = null)
        {
            _gates.Add(gate);
            if (gate.Status == GateStatus.Failed && gate.Code != null)
            {
                Report(Diagnostic.Error(gate.Code, gate.Message, reportAt ?? gate.Location));
            }
            else if (gate.Status == GateStatus.Passed && gate.PassedOnInterval)
            {
                // A pass a reviewer must see: the measured figure misses the bound, only the interval reaches it.
                Report(Diagnostic.Warning(
                    passedOnIntervalCode ?? throw new System.InvalidOperationException($"Gate {gate.Id} passed on its interval, but its kind '{gate.Kind}' names no warning for that (IIntervalGateKind)."),
                    gate.Message, reportAt ?? gate.Location));
            }
        }

        /// <summary>
        /// Adds what <paramref name="kind"/>'s judge found, in order: each gate marked with the kind and given its message
        /// by the kind's formatter, then added as <see cref="Add(GateResult, string?, SourceLocation?)"/> does; each notice reported.
        /// </summary>
        public void Add(IGateKind kind, GateOutcomes outcomes)
        {
            foreach (GateOutcome outcome in outcomes.Items)
            {
                GateResult? gate = outcome.Gate;
                if (gate is null)
                {
                    GateNotice notice = outcome.Notice!;
                    Report(new Diagnostic(notice.Code, notice.Severity, kind.Messages.Of(notice), notice.Location));
                    continue;
                }

                gate.Kind = kind.Name;
                gate.Message = kind.Messages.Of(gate);
                Add(gate, (kind as IIntervalGateKind)?.PassedOnIntervalCode, outcome.ReportAt);
                if (outcome.AlsoReportAs is DiagnosticSeverity severity && gate.Code != null)
                {
                    Report(new Diagnostic(gate.Code, severity, gate.Message, gate.Location));
                }
            }
        }

        /// <summary>Adds a diagnostic unless the same one (code, place, message) was already reported.</summary>
        public void Report(Diagnostic diagnostic)
        {
            if (_reported.Add(diagnostic.ToString()))
            {
                _diagnostics.Add(diagnostic);
            }
        }

        /// <summary>The gates gathered so far.</summary>
        public IReadOnlyList<GateResult> Gates => _gates;

        /// <summary>The gates and diagnostics gathered.</summary>
        public GateEvaluation ToEvaluation(Fairness.FairnessReport? fairness = null) =>
            new GateEvaluation(_gates.ToArray(), _diagnostics.ToArray()) { Fairness = fairness };
    }
}
