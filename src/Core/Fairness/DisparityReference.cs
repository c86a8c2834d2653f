namespace AiFactory.Core.Fairness
{
    /// <summary>What a disparity compares each group with.</summary>
    internal enum DisparityReference
    {
        /// <summary>The other groups: the spread of a rate across groups (Fairlearn's <c>between_groups</c>).</summary>
        BetweenGroups,

        /// <summary>The whole test set (Fairlearn's <c>to_overall</c>).</summary>
        Overall,

        /// <summary>The declared reference group (AIF360's disparate impact).</summary>
        ReferenceGroup,
    }
}
