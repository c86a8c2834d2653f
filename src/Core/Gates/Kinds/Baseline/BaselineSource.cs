using AiFactory.Core.Baseline;
using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Core.Gates.Kinds.Baseline
{
    /// <summary>
    /// The baseline results.json every gate of gates.baseline compares with, as read: usable, unusable (with the
    /// diagnostic of its results.json or of its test-scores.csv) or measured on other rows or at another decision
    /// threshold than this evaluation; and the two models' rows the paired intervals come from, when both are there.
    /// </summary>
    internal sealed class BaselineSource
    {
        /// <summary>Creates the source.</summary>
        public BaselineSource(string file, BaselineResults? results, Diagnostic? unreadable, long testRows, double threshold, bool otherRows, bool otherThreshold,
            SourceLocation referencedAt, PairedRows? rows = null)
        {
            Rows = rows;
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

        /// <summary>
        /// Why the baseline cannot be used, as its reader reported it: its results.json unreadable, its test-scores.csv
        /// malformed (AIF4005) or of other rows than this model's (AIF4014); null when it is usable.
        /// </summary>
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
        public BaselineResults? Comparable => MeasuredElsewhere || Unreadable != null ? null : Results;

        /// <summary>Both models' rows, or why there are none (the gates then have no interval).</summary>
        public PairedRows? Rows { get; }

        /// <summary>The code of the file's problem; null when it is usable.</summary>
        public string? ProblemCode => Unreadable?.Code ?? (MeasuredElsewhere ? DiagnosticIds.BaselineNotComparable : null);

        /// <summary>Where the file's problem is reported: where the reader said, else where gates.baseline names the file.</summary>
        public SourceLocation? ProblemLocation => Unreadable != null ? Unreadable.Location : ReferencedAt;
    }
}
