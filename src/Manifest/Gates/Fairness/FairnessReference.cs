namespace AiFactory.Manifest.Model
{
    /// <summary>Whom a disparity is measured against (<c>relativeTo</c>).</summary>
    internal enum FairnessReference
    {
        /// <summary><c>"groups"</c> (default, Fairlearn's <c>between_groups</c>): the best group against the worst.</summary>
        BetweenGroups,

        /// <summary><c>"overall"</c> (Fairlearn's <c>to_overall</c>): every group against the whole test set.</summary>
        Overall,
    }
}
