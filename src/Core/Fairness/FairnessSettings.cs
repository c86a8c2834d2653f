using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using AiFactory.Core.Fingerprints;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Fairness
{
    /// <summary>
    /// The settings of gates.fairness with their defaults filled in: which groupings are judged, the minimum sizes,
    /// and the bootstrap's level, resamples and seed. Everything here changes the intervals, so it keys the
    /// uncertainty stage; thresholds and judging modes do not, so changing them only re-runs the check.
    /// </summary>
    internal sealed class FairnessSettings
    {
        /// <summary>The settings of a manifest (defaults when it has no gates.fairness).</summary>
        public static FairnessSettings From(ModelManifest manifest)
        {
            if (manifest is null) throw new ArgumentNullException(nameof(manifest));
            FairnessGates? fairness = manifest.Gates.Fairness;
            var references = new Dictionary<string, string>(StringComparer.Ordinal);
            if (fairness != null)
            {
                foreach (FairnessGate gate in fairness.Disparities)
                {
                    foreach (KeyValuePair<string, string> pair in gate.ReferenceGroups) references[pair.Key] = pair.Value;
                }
            }

            return new FairnessSettings
            {
                Attributes = manifest.Data.Sensitive,
                EstimatesIntervals = fairness != null && manifest.Data.Sensitive.Count > 0,
                Intersections = fairness?.Intersections ?? false,
                MinGroupSize = fairness?.MinGroupSize ?? FairnessGates.DefaultMinGroupSize,
                MinClassSize = fairness?.MinClassSize ?? FairnessGates.DefaultMinClassSize,
                Confidence = fairness?.Confidence ?? FairnessGates.DefaultConfidence,
                Resamples = fairness?.Resamples ?? FairnessGates.DefaultResamples,
                Seed = fairness?.Seed ?? manifest.Model.Seed,
                ReferenceGroups = references,
            };
        }

        /// <summary>The sensitive attributes (data.sensitive).</summary>
        public IReadOnlyList<string> Attributes { get; set; } = Array.Empty<string>();

        /// <summary>Judge the intersection of all sensitive attributes too.</summary>
        public bool Intersections { get; set; }

        /// <summary>Rows a group needs to decide a disparity.</summary>
        public int MinGroupSize { get; set; } = FairnessGates.DefaultMinGroupSize;

        /// <summary>Positives and negatives a group needs for rates given the label.</summary>
        public int MinClassSize { get; set; } = FairnessGates.DefaultMinClassSize;

        /// <summary>The level of every interval.</summary>
        public double Confidence { get; set; } = FairnessGates.DefaultConfidence;

        /// <summary>Bootstrap resamples.</summary>
        public int Resamples { get; set; } = FairnessGates.DefaultResamples;

        /// <summary>The bootstrap's seed.</summary>
        public int Seed { get; set; } = ModelSection.DefaultSeed;

        /// <summary>Reference group of disparate impact per attribute.</summary>
        public IReadOnlyDictionary<string, string> ReferenceGroups { get; set; } = new Dictionary<string, string>();

        /// <summary>True when the manifest names sensitive attributes, so groups are measured.</summary>
        public bool HasGroups => Attributes.Count > 0;

        /// <summary>
        /// True when the manifest has gates.fairness over sensitive attributes: the uncertainty stage then estimates
        /// bootstrap intervals, and the check needs them. Without gates.fairness the groups are reported with DeLong's
        /// auc intervals only, and no build stage is added.
        /// </summary>
        public bool EstimatesIntervals { get; set; }

        /// <summary>Whether a grouping is judged and reported: every attribute, and the intersection when asked.</summary>
        public bool Uses(IReadOnlyList<string> attributes) => attributes.Count == 1 || Intersections;

        /// <summary>The reference group of a grouping: the attribute's, or for an intersection the combination of each attribute's (null unless all have one).</summary>
        public string? ReferenceGroupFor(IReadOnlyList<string> attributes)
        {
            var parts = new List<string>();
            foreach (string attribute in attributes)
            {
                if (!ReferenceGroups.TryGetValue(attribute, out string? group)) return null;
                parts.Add(group);
            }

            return string.Join(GroupNames.IntersectionSeparator, parts);
        }

        /// <summary>
        /// The fingerprint of the uncertainty stage: the evaluation it resamples and every setting that changes an
        /// interval. A recorded interval is judged on only when its fingerprint is the current one.
        /// </summary>
        public string Fingerprint(string evaluationFingerprint, string packageVersion)
        {
            var text = new StringBuilder();
            Line(text, "stage", "uncertainty/1");
            Line(text, "package", packageVersion ?? "");
            Line(text, "evaluation", evaluationFingerprint ?? "");
            Line(text, "attributes", string.Join(",", Attributes));
            Line(text, "intersections", Intersections ? "true" : "false");
            Line(text, "minGroupSize", MinGroupSize.ToString(CultureInfo.InvariantCulture));
            Line(text, "minClassSize", MinClassSize.ToString(CultureInfo.InvariantCulture));
            Line(text, "confidence", Confidence.ToString("R", CultureInfo.InvariantCulture));
            Line(text, "resamples", Resamples.ToString(CultureInfo.InvariantCulture));
            Line(text, "seed", Seed.ToString(CultureInfo.InvariantCulture));
            Line(text, "referenceGroups", string.Join(",", ReferenceGroups.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => Quote(p.Key) + "=" + Quote(p.Value))));
            return Sha256.OfText(text.ToString());
        }

        private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"") + "\"";

        private static void Line(StringBuilder text, string key, string value) =>
            text.Append(key).Append('=').Append(value.Replace("\n", "\\n")).Append('\n');
    }
}
