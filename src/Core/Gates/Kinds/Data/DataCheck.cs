namespace AiFactory.Core.Gates.Kinds.Data
{
    /// <summary>Which check of the data a data gate or notice is about: what its message explains.</summary>
    internal enum DataCheck
    {
        /// <summary>The recorded evaluation holds no data profile, so no data gate can be judged (an error, no gate).</summary>
        NoProfile,

        /// <summary>Rows of a file could not be read and were skipped (a warning, no gate).</summary>
        RowsSkipped,

        /// <summary><c>minRows.train</c> / <c>minRows.test</c>.</summary>
        MinRows,

        /// <summary><c>maxMissingRate</c>: the missing cells of a whole file.</summary>
        MissingRate,

        /// <summary><c>maxMissingRate.eachColumn</c>: the most missing column without a bound of its own.</summary>
        MissingRateEachColumn,

        /// <summary><c>maxMissingRate.columns.&lt;name&gt;</c>: one named column.</summary>
        MissingRateColumn,

        /// <summary><c>maxDuplicateRate</c>.</summary>
        DuplicateRate,

        /// <summary><c>maxOverlapRate</c>: test rows also in the training data.</summary>
        OverlapRate,

        /// <summary><c>minMinorityShare</c>: the rarer class of the label.</summary>
        MinorityShare,

        /// <summary><c>minGroupRows</c>: the smallest group of a sensitive attribute.</summary>
        GroupRows,

        /// <summary><c>maxLeakageAuc</c>, or the leakage warning when it is not set.</summary>
        Leakage,

        /// <summary><c>maxProxyStrength</c>, or the proxy warning when it is not set.</summary>
        Proxy,
    }
}
