using System.Collections.Generic;

namespace AiFactory.Manifest.Gates.Fairness
{
    /// <summary>The keys of <c>gates.fairness</c> and of its entries.</summary>
    internal static class FairnessKeys
    {
        /// <summary><c>gates.fairness</c>: the disparity gates, <c>everyGroup</c>, and the settings of groups and intervals.</summary>
        public static readonly IReadOnlyList<string> Section = new[]
        {
            "demographicParityDifference", "demographicParityRatio", "equalizedOddsDifference", "equalizedOddsRatio",
            "equalOpportunityDifference", "disparateImpact", "everyGroup", "intersections", "minGroupSize", "minClassSize",
            "confidence", "resamples", "seed", "judging", "relativeTo", "onInsufficientData",
        };

        /// <summary>The section-wide settings of <c>gates.fairness</c> (its other keys are gates).</summary>
        public static readonly IReadOnlyList<string> Settings = new[]
        {
            "intersections", "minGroupSize", "minClassSize", "confidence", "resamples", "seed", "judging", "relativeTo", "onInsufficientData",
        };

        /// <summary>An entry of a difference in <c>gates.fairness</c> (demographicParityDifference, ...).</summary>
        public static readonly IReadOnlyList<string> DifferenceBounds = new[] { "max", "judging", "relativeTo" };

        /// <summary>An entry of a ratio in <c>gates.fairness</c> (demographicParityRatio, equalizedOddsRatio).</summary>
        public static readonly IReadOnlyList<string> RatioBounds = new[] { "min", "judging", "relativeTo" };

        /// <summary>The entry of <c>gates.fairness.disparateImpact</c>.</summary>
        public static readonly IReadOnlyList<string> DisparateImpactBounds = new[] { "min", "max", "referenceGroup", "judging" };

        /// <summary>An entry of <c>gates.fairness.everyGroup</c>.</summary>
        public static readonly IReadOnlyList<string> GroupMetricBounds = new[] { "min", "max", "judging" };
    }
}
