using System.Collections.Generic;
using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Manifest.Model
{
    /// <summary>A disparity gate of <c>gates.fairness</c> (e.g. <c>demographicParityRatio</c>), applied to every sensitive attribute.</summary>
    internal sealed class FairnessGate
    {
        /// <summary>Creates a gate for a disparity of <see cref="FairnessMetricNames.Disparities"/>.</summary>
        public FairnessGate(string metric)
        {
            Metric = metric;
        }

        /// <summary>The disparity's name.</summary>
        public string Metric { get; }

        /// <summary>Where the gate's entry was written (its name).</summary>
        public SourceLocation? Location { get; set; }

        /// <summary><c>min</c>: passes when the disparity ≥ min (ratios).</summary>
        public Bound? Min { get; set; }

        /// <summary><c>max</c>: passes when the disparity ≤ max (differences; disparate impact may have both).</summary>
        public Bound? Max { get; set; }

        /// <summary>The gate's own <c>judging</c>, or null to use the section's.</summary>
        public JudgingMode? Judging { get; set; }

        /// <summary>The waiver that lets this gate's own settings (judging, relativeTo) be looser than the policy's, or null.</summary>
        public Waiver? Waiver { get; set; }

        /// <summary>The gate's own <c>relativeTo</c>, or null to use the section's (not for disparate impact).</summary>
        public FairnessReference? RelativeTo { get; set; }

        /// <summary><c>referenceGroup</c> of disparate impact: attribute → the group every other group is compared with.</summary>
        public IReadOnlyDictionary<string, string> ReferenceGroups { get; set; } = new Dictionary<string, string>();

        /// <summary>Where <c>referenceGroup</c> was written (its value), or null.</summary>
        public SourceLocation? ReferenceGroupLocation { get; set; }
    }
}
