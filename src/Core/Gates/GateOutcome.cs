using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Core.Gates
{
    /// <summary>One thing a gate kind's judge found: a gate result, or a notice without a gate.</summary>
    internal sealed class GateOutcome
    {
        private GateOutcome(GateResult? gate, SourceLocation? reportAt, DiagnosticSeverity? alsoReportAs, GateNotice? notice)
        {
            Gate = gate;
            ReportAt = reportAt;
            AlsoReportAs = alsoReportAs;
            Notice = notice;
        }

        /// <summary>The gate judged; null for a notice.</summary>
        public GateResult? Gate { get; }

        /// <summary>Where a failed gate is reported when not at its threshold (an unusable baseline file).</summary>
        public SourceLocation? ReportAt { get; }

        /// <summary>
        /// A gate that is neither passed nor failed but is still reported, under its own code, with this severity (an
        /// insufficient-data fairness gate under onInsufficientData "fail" or "warn"); else null.
        /// </summary>
        public DiagnosticSeverity? AlsoReportAs { get; }

        /// <summary>The notice; null for a gate.</summary>
        public GateNotice? Notice { get; }

        /// <summary>A gate result.</summary>
        public static GateOutcome Of(GateResult gate, SourceLocation? reportAt = null, DiagnosticSeverity? alsoReportAs = null) =>
            new GateOutcome(gate, reportAt, alsoReportAs, null);

        /// <summary>A notice.</summary>
        public static GateOutcome Of(GateNotice notice) => new GateOutcome(null, null, null, notice);
    }
}
