using System;
using System.Collections.Generic;

namespace AiFactory.Core.Results.Record
{
    /// <summary><c>model</c> of results.json: the model section of the manifest.</summary>
    internal sealed class ModelRecord
    {
        /// <summary><c>name</c>.</summary>
        public string Name { get; set; } = "";

        /// <summary><c>task</c>, e.g. <c>binary-classification</c>.</summary>
        public string Task { get; set; } = "";

        /// <summary><c>source</c>: <c>mlnet</c> or <c>predictions</c>.</summary>
        public string Source { get; set; } = "";

        /// <summary><c>owners</c>.</summary>
        public IReadOnlyList<string> Owners { get; set; } = Array.Empty<string>();

        /// <summary><c>intendedUse</c>; null when not given.</summary>
        public string? IntendedUse { get; set; }

        /// <summary><c>threshold</c>: the decision threshold of the manifest.</summary>
        public double Threshold { get; set; }

        /// <summary><c>seed</c>.</summary>
        public long Seed { get; set; }
    }
}
