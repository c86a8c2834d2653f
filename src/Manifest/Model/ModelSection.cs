using System;
using System.Collections.Generic;
using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Manifest.Model
{
    /// <summary>The <c>model</c> section: identity, purpose and how predictions are made.</summary>
    internal sealed class ModelSection
    {
        /// <summary>The model's default decision threshold.</summary>
        public const double DefaultThreshold = 0.5;

        /// <summary>The seed used when the manifest names none.</summary>
        public const int DefaultSeed = 42;

        /// <summary><c>model.name</c> (required).</summary>
        public string Name { get; set; } = "";

        /// <summary>Where <c>model.name</c> was set (its value).</summary>
        public SourceLocation? NameLocation { get; set; }

        /// <summary><c>model.task</c>; only <c>binary-classification</c> is supported.</summary>
        public string Task { get; set; } = "binary-classification";

        /// <summary><c>model.owners</c>.</summary>
        public IReadOnlyList<string> Owners { get; set; } = Array.Empty<string>();

        /// <summary><c>model.intendedUse</c>.</summary>
        public string? IntendedUse { get; set; }

        /// <summary><c>model.source</c> (default mlnet).</summary>
        public ModelSource Source { get; set; } = ModelSource.MLNet;

        /// <summary><c>model.threshold</c>: a row is predicted positive iff its score is at least this.</summary>
        public double Threshold { get; set; } = DefaultThreshold;

        /// <summary>Where the threshold was set, or null when defaulted.</summary>
        public SourceLocation? ThresholdLocation { get; set; }

        /// <summary><c>model.seed</c>: seeds the MLContext and everything random in training.</summary>
        public int Seed { get; set; } = DefaultSeed;

        /// <summary>Where the seed was set, or null when defaulted.</summary>
        public SourceLocation? SeedLocation { get; set; }

        /// <summary><c>model.riskTier</c> (default <see cref="RiskTiers.Default"/>): decides which card fields are required.</summary>
        public RiskTier RiskTier { get; set; } = RiskTiers.Default;

        /// <summary>Where the risk tier was set, or null when defaulted.</summary>
        public SourceLocation? RiskTierLocation { get; set; }

        /// <summary><c>model.card</c>: the human-written parts of the model card.</summary>
        public ModelCardSection Card { get; set; } = new ModelCardSection();

        /// <summary>Where the <c>model</c> object starts: where a missing card field is reported when no tier is written.</summary>
        public SourceLocation? Location { get; set; }
    }
}
