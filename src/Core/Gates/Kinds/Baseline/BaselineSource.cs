using AiFactory.Core.Baseline;
using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Core.Gates.Kinds.Baseline
{
    /// <summary>
    /// The baseline results.json every gate of gates.baseline compares with, as read: usable, unreadable (with the
    /// reader's diagnostic) or measured on other rows or at another decision threshold than this evaluation.
    /// </summary>
    internal sealed class BaselineSource
    {
        /// <summary>Creates the source.</summary>
        public BaselineSource(string file, BaselineResults? results, Diagnostic? unreadable, long testRows, double threshold, bool otherRows, bool otherThreshold,
            SourceLocation referencedAt)
        {
            File = file;
            Results = results;
            Unreadable = unreadable;
            TestRows = testRows;
            Threshold = threshold;
            OtherRows = otherRows;
            OtherThreshold = otherThreshold;
            ReferencedAt = referencedAt;
        }

        /// <summary>The file as messages name it, relative to the manifest's folder.</summary>
        public string File { get; }

        /// <summary>The baseline's results, as read; null when unreadable.</summary>
        public BaselineResults? Results { get; }

        /// <summary>Why the file could not be read, as its reader reported it; null when it was read.</summary>
        public Diagnostic? Unreadable { get; }

        /// <summary>The rows of this evaluation's test set.</summary>
        public long TestRows { get; }

        /// <summary>This evaluation's decision threshold (NaN without scores).</summary>
        public double Threshold { get; }

        /// <summary>True when the baseline records a number of test rows other than this evaluation's.</summary>
        public bool OtherRows { get; }

        /// <summary>True when the baseline records a decision threshold other than this evaluation's.</summary>
        public bool OtherThreshold { get; }

        /// <summary>Where gates.baseline names the file (the file of the manifest when unknown).</summary>
        public SourceLocation ReferencedAt { get; }

        /// <summary>True when the baseline was measured elsewhere (AIF4014), so it is no comparison.</summary>
        public bool MeasuredElsewhere => OtherRows || OtherThreshold;

        /// <summary>The baseline to compare with: null when unreadable or measured elsewhere.</summary>
        public BaselineResults? Comparable => MeasuredElsewhere ? null : Results;

        /// <summary>The code of the file's problem; null when it is usable.</summary>
        public string? ProblemCode => Unreadable?.Code ?? (MeasuredElsewhere ? DiagnosticIds.BaselineNotComparable : null);

        /// <summary>Where the file's problem is reported: where the reader said, else where gates.baseline names the file.</summary>
        public SourceLocation? ProblemLocation => Unreadable != null ? Unreadable.Location : ReferencedAt;
    }
}
