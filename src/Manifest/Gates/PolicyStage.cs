namespace AiFactory.Manifest.Gates
{
    /// <summary>
    /// The steps of a policy merge. Each step runs over every kind in <see cref="GateSections.All"/>'s order, so the
    /// loosenings are reported in the same order for every manifest.
    /// </summary>
    internal enum PolicyStage
    {
        /// <summary>The bounds of the gates on the figures of the whole test set (gates.metrics, gates.business).</summary>
        TestSetBounds,

        /// <summary>Then the settings those gates are judged under (judging, confidence, resamples), once every such bound is merged.</summary>
        TestSetSettings,

        /// <summary>Then each kind merged as a whole section, settings and gates (gates.data, gates.fairness).</summary>
        Section,
    }
}
