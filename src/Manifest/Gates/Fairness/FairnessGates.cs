using System;
using System.Collections.Generic;
using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Manifest.Model
{
    /// <summary><c>gates.fairness</c>: disparity gates, per-group floors and ceilings, and how groups and intervals are formed.</summary>
    internal sealed class FairnessGates
    {
        /// <summary>The default <see cref="MinGroupSize"/>.</summary>
        public const int DefaultMinGroupSize = 30;

        /// <summary>The default <see cref="MinClassSize"/>.</summary>
        public const int DefaultMinClassSize = 10;

        /// <summary>The default <see cref="Confidence"/>.</summary>
        public const double DefaultConfidence = 0.95;

        /// <summary>The default <see cref="Resamples"/>.</summary>
        public const int DefaultResamples = 1000;

        /// <summary>Where <c>gates.fairness</c> was written.</summary>
        public SourceLocation? Location { get; set; }

        /// <summary>The disparity gates in document order.</summary>
        public IReadOnlyList<FairnessGate> Disparities { get; set; } = Array.Empty<FairnessGate>();

        /// <summary><c>everyGroup</c>: per-group floors and ceilings in document order.</summary>
        public IReadOnlyList<GroupMetricGate> EveryGroup { get; set; } = Array.Empty<GroupMetricGate>();

        /// <summary><c>intersections</c>: also judge every gate on the combinations of all sensitive attributes.</summary>
        public bool Intersections { get; set; }

        /// <summary><c>minGroupSize</c>: a group with fewer rows is insufficient evidence and decides no disparity.</summary>
        public int MinGroupSize { get; set; } = DefaultMinGroupSize;

        /// <summary>Where <c>minGroupSize</c> was set, or null when defaulted.</summary>
        public SourceLocation? MinGroupSizeLocation { get; set; }

        /// <summary><c>minClassSize</c>: fewest positives and negatives a group needs for rates conditioned on the label.</summary>
        public int MinClassSize { get; set; } = DefaultMinClassSize;

        /// <summary><c>confidence</c>: the level of every interval.</summary>
        public double Confidence { get; set; } = DefaultConfidence;

        /// <summary><c>resamples</c>: bootstrap resamples.</summary>
        public int Resamples { get; set; } = DefaultResamples;

        /// <summary><c>seed</c> of the bootstrap, or null to use <c>model.seed</c>.</summary>
        public int? Seed { get; set; }

        /// <summary><c>judging</c>: how gates weigh uncertainty unless a gate says otherwise.</summary>
        public JudgingMode Judging { get; set; } = JudgingMode.BenefitOfTheDoubt;

        /// <summary><c>relativeTo</c>: what disparities compare with unless a gate says otherwise.</summary>
        public FairnessReference RelativeTo { get; set; } = FairnessReference.BetweenGroups;

        /// <summary><c>onInsufficientData</c>: what a gate left with fewer than two adequate groups does to the build.</summary>
        public InsufficientDataAction OnInsufficientData { get; set; } = InsufficientDataAction.Fail;

        /// <summary>
        /// The settings written in the file (<c>minGroupSize</c>, <c>judging</c>, ...) and where their values are; a
        /// setting not in it has its default. A policy constrains only the settings it writes.
        /// </summary>
        public IDictionary<string, SourceLocation> SettingLocations { get; } = new Dictionary<string, SourceLocation>();

        /// <summary>Waivers of section-wide settings (<c>minGroupSize</c>, <c>judging</c>, ...): they waive every fairness gate.</summary>
        public IList<Waiver> SectionWaivers { get; } = new List<Waiver>();
    }
}
