using System;
using System.Collections.Generic;

namespace AiFactory.Core.Results.Record
{
    /// <summary><c>settings</c> of results.json: how the build ran.</summary>
    internal sealed class SettingsRecord
    {
        /// <summary><c>gateSeverity</c>: <c>error</c> or <c>warning</c>.</summary>
        public string GateSeverity { get; set; } = "";

        /// <summary><c>skippedStages</c>.</summary>
        public IReadOnlyList<string> SkippedStages { get; set; } = Array.Empty<string>();
    }
}
