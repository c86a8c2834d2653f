using System;

namespace AiFactory.Core.Gates
{
    /// <summary>
    /// How gates compare a value with a threshold: bounds are inclusive, with a tolerance of 1e-12 (relative to the
    /// threshold when it is larger than 1) so that floating-point noise never fails a value that equals its threshold
    /// — 0.7999999999999999 computed for a true 0.8 passes <c>"min": 0.8</c>.
    /// </summary>
    internal static class GateComparison
    {
        /// <summary>The absolute tolerance for thresholds up to 1 in magnitude.</summary>
        public const double Tolerance = 1e-12;

        /// <summary>The comparison of a minimum: value ≥ threshold.</summary>
        public const string AtLeastSymbol = ">=";

        /// <summary>The comparison of a maximum: value ≤ threshold.</summary>
        public const string AtMostSymbol = "<=";

        /// <summary>True when <paramref name="value"/> ≥ <paramref name="minimum"/>, within the tolerance.</summary>
        public static bool AtLeast(double value, double minimum) => value >= minimum - Slack(minimum);

        /// <summary>True when <paramref name="value"/> ≤ <paramref name="maximum"/>, within the tolerance.</summary>
        public static bool AtMost(double value, double maximum) => value <= maximum + Slack(maximum);

        /// <summary>The tolerance around a threshold: 1e-12 × max(1, |threshold|).</summary>
        public static double Slack(double threshold) => Tolerance * Math.Max(1.0, Math.Abs(threshold));
    }
}
