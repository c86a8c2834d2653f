namespace AiFactory.Core.Fairness
{
    /// <summary>The side on which a fairness metric fails, and so which bound the manifest sets for it.</summary>
    internal enum FairnessDirection
    {
        /// <summary>A difference: parity is 0, too large fails; bounded by <c>max</c> (value ≤ max).</summary>
        AtMost,

        /// <summary>A ratio: parity is 1, too small fails; bounded by <c>min</c> (value ≥ min).</summary>
        AtLeast,

        /// <summary>A ratio that may fail on either side: bounded by <c>min</c> and/or <c>max</c>.</summary>
        Bounds,
    }
}
