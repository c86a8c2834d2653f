using System.Globalization;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Policy;

namespace AiFactory.Manifest.Gates.Metrics
{
    /// <summary>
    /// The policy's settings of <c>gates.metrics</c> (judging, confidence, resamples) and <c>gates.business</c>
    /// (judging) against the manifest's, in the "tighter than" orders fairness settings follow: a setting the manifest
    /// does not write is inherited; one it writes looser is AIF2023 unless waived, and a waiver waives every gate the
    /// setting applies to.
    /// </summary>
    internal static class MetricSettingsPolicy
    {
        /// <summary>The policy's settings of <c>gates.&lt;section&gt;</c> against the manifest's, in place.</summary>
        public static void Apply(PolicyMerge merge, string section, MetricGateSettings mine, MetricGateSettings policy)
        {
            if (Written(policy, "judging", out SourceLocation? at)
                && !merge.Setting(section + ".judging", mine.Judging, Written(mine, "judging"), policy.Judging, at!,
                    TighterThan.Judging, TighterThan.Name, mine.SectionWaivers))
            {
                mine.Judging = policy.Judging;
            }

            if (Written(policy, "confidence", out at))
            {
                mine.Confidence = merge.Confidence(section + ".confidence", mine.Confidence, Written(mine, "confidence"), mine.Judging,
                    policy.Confidence, at!, policy.Judging, mine.SectionWaivers);
            }

            if (Written(policy, "resamples", out at)
                && !merge.Setting(section + ".resamples", mine.Resamples, Written(mine, "resamples"), policy.Resamples, at!,
                    v => TighterThan.Resamples(v), v => v.ToString(CultureInfo.InvariantCulture), mine.SectionWaivers))
            {
                mine.Resamples = policy.Resamples;
            }
        }

        private static SourceLocation? Written(MetricGateSettings settings, string key) =>
            settings.SettingLocations.TryGetValue(key, out SourceLocation? at) ? at : null;

        private static bool Written(MetricGateSettings settings, string key, out SourceLocation? at)
        {
            at = Written(settings, key);
            return at != null;
        }
    }
}
