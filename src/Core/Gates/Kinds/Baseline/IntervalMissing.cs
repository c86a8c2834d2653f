namespace AiFactory.Core.Gates.Kinds.Baseline
{
    /// <summary>Why a baseline gate's change has no paired interval, so its point estimate decides: what its message explains.</summary>
    internal enum IntervalMissing
    {
        /// <summary>It has one.</summary>
        None,

        /// <summary>The baseline has no test-scores.csv beside its results.json (a hand-written or older baseline).</summary>
        BaselineRowsMissing,

        /// <summary>The judging was given no test-scores.csv of this model.</summary>
        CurrentRowsNotGiven,

        /// <summary>This model's test-scores.csv is missing from the output folder.</summary>
        CurrentRowsMissing,

        /// <summary>This model's test-scores.csv is not as its evaluation wrote it (malformed).</summary>
        CurrentRowsUnreadable,

        /// <summary>This model's test-scores.csv holds other rows or predictions than its evaluation measured.</summary>
        CurrentRowsNotEvaluated,

        /// <summary>This model's rows give another value of the metric than its evaluation measured.</summary>
        CurrentFigureDiffers,

        /// <summary>The baseline's rows give another value of the metric than its results.json records.</summary>
        BaselineFigureDiffers,

        /// <summary>The rows could not give an interval (<see cref="AiFactory.Core.Baseline.PairedDifference.Unavailable"/> says why).</summary>
        NotFromRows,
    }
}
