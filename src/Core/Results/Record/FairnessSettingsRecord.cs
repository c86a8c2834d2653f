using System;
using System.Collections.Generic;

namespace AiFactory.Core.Results.Record
{
    /// <summary><c>fairness.settings</c> of results.json.</summary>
    internal sealed class FairnessSettingsRecord
    {
        /// <summary><c>attributes</c>: the sensitive attributes.</summary>
        public IReadOnlyList<string> Attributes { get; set; } = Array.Empty<string>();

        /// <summary><c>intersections</c>.</summary>
        public bool Intersections { get; set; }

        /// <summary><c>minGroupSize</c>.</summary>
        public long MinGroupSize { get; set; }

        /// <summary><c>minClassSize</c>.</summary>
        public long MinClassSize { get; set; }

        /// <summary><c>confidence</c>.</summary>
        public double Confidence { get; set; }

        /// <summary><c>resamples</c>.</summary>
        public long Resamples { get; set; }

        /// <summary><c>seed</c>.</summary>
        public long Seed { get; set; }

        /// <summary><c>judging</c>: <c>pointEstimate</c>, <c>benefitOfTheDoubt</c> or <c>burdenOfProof</c>.</summary>
        public string Judging { get; set; } = "";

        /// <summary><c>relativeTo</c>: <c>groups</c> or <c>overall</c>.</summary>
        public string RelativeTo { get; set; } = "";

        /// <summary><c>onInsufficientData</c>: <c>fail</c>, <c>warn</c> or <c>ignore</c>.</summary>
        public string OnInsufficientData { get; set; } = "";
    }
}
