using System;
using System.Collections.Generic;

namespace AiFactory.Core.Results.Record
{
    /// <summary>An entry of <c>policy.applied</c> in results.json: one policy applied to the model.</summary>
    internal class AppliedPolicyRecord
    {
        /// <summary><c>file</c>, relative to the manifest's folder.</summary>
        public string File { get; set; } = "";

        /// <summary><c>name</c>; null when not given.</summary>
        public string? Name { get; set; }

        /// <summary><c>owners</c>.</summary>
        public IReadOnlyList<string> Owners { get; set; } = Array.Empty<string>();

        /// <summary><c>waiversFile</c>; null without one.</summary>
        public string? WaiversFile { get; set; }
    }
}
