using System.Collections.Generic;
using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Manifest.Model
{
    /// <summary>
    /// How the gates on figures of the whole test set weigh uncertainty: <c>judging</c>, <c>confidence</c>,
    /// <c>resamples</c> and <c>seed</c> of <c>gates.metrics</c> (the metric gates), and <c>judging</c> of
    /// <c>gates.business</c> (the cost gate, whose interval comes from the same bootstrap at the same level); and the
    /// same four of <c>gates.data</c> (the data gates: DeLong for an AUC, a stratified bootstrap for Cramér's V) and of
    /// <c>gates.baseline</c> (the baseline gates, judged on the paired difference of the two models' rows).
    /// </summary>
    internal sealed class MetricGateSettings
    {
        /// <summary>The default <see cref="Confidence"/>.</summary>
        public const double DefaultConfidence = 0.95;

        /// <summary>The default <see cref="Resamples"/>.</summary>
        public const int DefaultResamples = 1000;

        /// <summary><c>judging</c>: by default the point estimate decides, as it always has for these gates.</summary>
        public JudgingMode Judging { get; set; } = JudgingMode.PointEstimate;

        /// <summary><c>confidence</c>: the level of every interval of the test set's figures.</summary>
        public double Confidence { get; set; } = DefaultConfidence;

        /// <summary><c>resamples</c>: bootstrap resamples of the test set.</summary>
        public int Resamples { get; set; } = DefaultResamples;

        /// <summary><c>seed</c> of the bootstrap, or null to use <c>model.seed</c>.</summary>
        public int? Seed { get; set; }

        /// <summary>The settings written in the file and where their values are; a setting not in it has its default.</summary>
        public IDictionary<string, SourceLocation> SettingLocations { get; } = new Dictionary<string, SourceLocation>();

        /// <summary>Waivers of these settings: they waive every gate the settings apply to.</summary>
        public IList<Waiver> SectionWaivers { get; } = new List<Waiver>();
    }
}
