using AiFactory.Core.Baseline;

namespace AiFactory.Core.Gates.Kinds.Baseline
{
    /// <summary>The two models' test rows a baseline gate's interval is computed from, or why there are none.</summary>
    internal sealed class PairedRows
    {
        private PairedRows(PairedScores? current, PairedScores? baseline, IntervalMissing missing)
        {
            Current = current;
            Baseline = baseline;
            Missing = missing;
        }

        /// <summary>This model's rows; null when <see cref="Missing"/> says why.</summary>
        public PairedScores? Current { get; }

        /// <summary>The baseline's rows; null when <see cref="Missing"/> says why.</summary>
        public PairedScores? Baseline { get; }

        /// <summary>Why there are no rows to pair; <see cref="IntervalMissing.None"/> when there are.</summary>
        public IntervalMissing Missing { get; }

        /// <summary>Both models' rows, paired.</summary>
        public static PairedRows Of(PairedScores current, PairedScores baseline) => new PairedRows(current, baseline, IntervalMissing.None);

        /// <summary>No rows to pair, and why.</summary>
        public static PairedRows None(IntervalMissing missing) => new PairedRows(null, null, missing);
    }
}
