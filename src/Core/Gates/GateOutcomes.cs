using System.Collections.Generic;
using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Core.Gates
{
    /// <summary>What a gate kind's judge found, in the order it is to be reported.</summary>
    internal sealed class GateOutcomes
    {
        private readonly List<GateOutcome> _items = new List<GateOutcome>();

        /// <summary>The outcomes, in order.</summary>
        public IReadOnlyList<GateOutcome> Items => _items;

        /// <summary>Adds a gate result (see <see cref="GateOutcome.Of(GateResult, SourceLocation?, DiagnosticSeverity?)"/>).</summary>
        public void Add(GateResult gate, SourceLocation? reportAt = null, DiagnosticSeverity? alsoReportAs = null) =>
            _items.Add(GateOutcome.Of(gate, reportAt, alsoReportAs));

        /// <summary>Adds a notice.</summary>
        public void Add(GateNotice notice) => _items.Add(GateOutcome.Of(notice));
    }
}
