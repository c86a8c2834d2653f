using System;
using System.Collections.Generic;

namespace AiFactory.Core.Results.Record
{
    /// <summary><c>policy</c> of results.json, and each entry of its <c>applied</c>.</summary>
    public sealed class PolicyRecord
    {
        /// <summary><c>file</c>, relative to the manifest's folder.</summary>
        public string File { get; set; } = "";

        /// <summary><c>name</c>; null when not given.</summary>
        public string? Name { get; set; }

        /// <summary><c>owners</c>.</summary>
        public IReadOnlyList<string> Owners { get; set; } = Array.Empty<string>();

        /// <summary><c>waiversFile</c>; null without one.</summary>
        public string? WaiversFile { get; set; }

        /// <summary><c>applied</c>: every policy applied, nearest first; null on the entries of <c>applied</c> themselves.</summary>
        public IReadOnlyList<PolicyRecord>? Applied { get; set; }
    }
}
