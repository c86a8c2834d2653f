namespace AiFactory.Core.Gates.Kinds.Fairness
{
    /// <summary>How far a fairness gate got, or which notice it is: what its message explains.</summary>
    internal enum FairnessFinding
    {
        /// <summary>The referenceGroup of disparate impact is not among the test data's groups.</summary>
        ReferenceGroupNotFound,

        /// <summary>Too few groups have enough data to decide (insufficient-data).</summary>
        InsufficientData,

        /// <summary>The figure is undefined (a ratio of 0 ÷ 0, an empty denominator, no scores).</summary>
        Undefined,

        /// <summary>The figure was judged against the bound.</summary>
        Judged,

        /// <summary>A notice: groups too small to decide a disparity, left out.</summary>
        SmallGroups,
    }
}
