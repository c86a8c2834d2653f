using AiFactory.Manifest.Model;

namespace AiFactory.Manifest.Policy
{
    /// <summary>
    /// The "tighter than" order of each ordered setting, as a rank: a manifest value whose rank is below the policy's
    /// loosens the policy. docs/policy.md states the same orders in words.
    /// </summary>
    internal static class TighterThan
    {
        /// <summary>A smaller minimum group (or class) size judges more groups.</summary>
        public static double MinimumSize(int size) => -size;

        /// <summary>burdenOfProof &gt; pointEstimate &gt; benefitOfTheDoubt.</summary>
        public static double Judging(JudgingMode mode) =>
            mode == JudgingMode.BurdenOfProof ? 2 : mode == JudgingMode.PointEstimate ? 1 : 0;

        /// <summary>
        /// Under benefit of the doubt a lower level (a narrower interval) fails sooner; under burden of proof a higher
        /// level (a wider interval that must pass entirely) passes later; a point estimate ignores the level.
        /// </summary>
        public static double Confidence(double level, JudgingMode mode) =>
            mode == JudgingMode.BenefitOfTheDoubt ? -level : mode == JudgingMode.BurdenOfProof ? level : 0;

        /// <summary>More resamples, a steadier interval.</summary>
        public static double Resamples(int resamples) => resamples;

        /// <summary>fail &gt; warn &gt; ignore.</summary>
        public static double OnInsufficientData(InsufficientDataAction action) =>
            action == InsufficientDataAction.Fail ? 2 : action == InsufficientDataAction.Warn ? 1 : 0;

        /// <summary>Judging the intersections too is tighter.</summary>
        public static double Intersections(bool on) => on ? 1 : 0;

        /// <summary>The spread between groups is never smaller than the spread to the whole: groups &gt; overall.</summary>
        public static double RelativeTo(FairnessReference reference) => reference == FairnessReference.BetweenGroups ? 1 : 0;

        /// <summary>never &gt; localOnly &gt; allowed.</summary>
        public static double Permission(BuildPermission permission) => (int)permission;

        public static string Name(JudgingMode mode) =>
            mode == JudgingMode.BurdenOfProof ? "burdenOfProof" : mode == JudgingMode.PointEstimate ? "pointEstimate" : "benefitOfTheDoubt";

        public static string Name(InsufficientDataAction action) =>
            action == InsufficientDataAction.Fail ? "fail" : action == InsufficientDataAction.Warn ? "warn" : "ignore";

        public static string Name(FairnessReference reference) => reference == FairnessReference.BetweenGroups ? "groups" : "overall";
    }
}
