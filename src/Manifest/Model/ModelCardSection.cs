using System;
using System.Collections.Generic;

namespace AiFactory.Manifest.Model
{
    /// <summary>
    /// <c>model.card</c>: the human-written parts of the model card (Model Card Toolkit's fields). The computed parts come
    /// from the run record; <c>model.intendedUse</c> and <c>model.owners</c> stay where they are.
    /// </summary>
    internal sealed class ModelCardSection
    {
        /// <summary><c>overview</c>: what the model is and does, in a paragraph.</summary>
        public string? Overview { get; set; }

        /// <summary><c>users</c>: who uses the model's decisions.</summary>
        public IReadOnlyList<string> Users { get; set; } = Array.Empty<string>();

        /// <summary><c>useCases</c>: the uses it was built and judged for.</summary>
        public IReadOnlyList<string> UseCases { get; set; } = Array.Empty<string>();

        /// <summary><c>outOfScope</c>: uses it must not be put to.</summary>
        public IReadOnlyList<string> OutOfScope { get; set; } = Array.Empty<string>();

        /// <summary><c>limitations</c>: what it is known to do badly or not to cover.</summary>
        public IReadOnlyList<string> Limitations { get; set; } = Array.Empty<string>();

        /// <summary><c>tradeoffs</c>: what was given up for what (e.g. recall for precision).</summary>
        public IReadOnlyList<string> Tradeoffs { get; set; } = Array.Empty<string>();

        /// <summary><c>ethicalConsiderations</c>: who can be harmed and how.</summary>
        public IReadOnlyList<string> EthicalConsiderations { get; set; } = Array.Empty<string>();

        /// <summary><c>risks</c>: each risk with its mitigation.</summary>
        public IReadOnlyList<CardRisk> Risks { get; set; } = Array.Empty<CardRisk>();

        /// <summary><c>license</c> of the model (an SPDX identifier or a sentence).</summary>
        public string? License { get; set; }

        /// <summary><c>references</c>: papers, data sheets, links.</summary>
        public IReadOnlyList<string> References { get; set; } = Array.Empty<string>();
    }
}
