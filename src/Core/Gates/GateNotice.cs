using System;
using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Core.Gates
{
    /// <summary>A diagnostic a gate kind reports without a gate (skipped rows, a likely leak, small groups): its facts, not its words.</summary>
    internal sealed class GateNotice
    {
        /// <summary>Creates a notice.</summary>
        public GateNotice(DiagnosticSeverity severity, string code, SourceLocation? location, GateFacts facts)
        {
            Severity = severity;
            Code = code ?? throw new ArgumentNullException(nameof(code));
            Location = location;
            Facts = facts ?? throw new ArgumentNullException(nameof(facts));
        }

        /// <summary>Error or warning.</summary>
        public DiagnosticSeverity Severity { get; }

        /// <summary>The diagnostic code.</summary>
        public string Code { get; }

        /// <summary>Where the diagnostic is reported.</summary>
        public SourceLocation? Location { get; }

        /// <summary>What the kind's formatter puts in words.</summary>
        public GateFacts Facts { get; }
    }
}
