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
    }
}
