using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Manifest.Model
{
    /// <summary>An entry of <c>gates.fairness.everyGroup</c>: a floor or ceiling every adequate group's metric must meet.</summary>
    internal sealed class GroupMetricGate
    {
        /// <summary>Creates a gate for a per-group metric of <see cref="FairnessMetricNames.GroupMetrics"/>.</summary>
        public GroupMetricGate(string metric)
        {
            Metric = metric;
        }

        /// <summary>The per-group metric's name (<c>auc</c>, <c>fpr</c>, ...).</summary>
        public string Metric { get; }

        /// <summary>Where the entry was written (its name).</summary>
        public SourceLocation? Location { get; set; }

        /// <summary><c>min</c>: every group's value must be ≥ min.</summary>
        public Bound? Min { get; set; }

        /// <summary><c>max</c>: every group's value must be ≤ max.</summary>
        public Bound? Max { get; set; }

        /// <summary>The gate's own <c>judging</c>, or null to use the section's.</summary>
        public JudgingMode? Judging { get; set; }

        /// <summary>The waiver that lets this gate's own settings (judging, relativeTo) be looser than the policy's, or null.</summary>
        public Waiver? Waiver { get; set; }
    }
}
