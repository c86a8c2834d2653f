using System;
using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Manifest.Model
{
    /// <summary>
    /// An entry of the hub's aifactory.waivers.json: permission for one model to loosen one policy setting, given by a
    /// named person, for a stated reason, until a date.
    /// </summary>
    internal sealed class Waiver
    {
        /// <summary>The <c>model.name</c> of the manifest the waiver is for.</summary>
        public string Model { get; set; } = "";

        /// <summary>The key path under <c>gates</c> of the waived setting, or a prefix of it at a dot (<c>metrics.auc</c>).</summary>
        public string Gate { get; set; } = "";

        /// <summary>Who granted the waiver.</summary>
        public string Who { get; set; } = "";

        /// <summary>Why it was granted.</summary>
        public string Why { get; set; } = "";

        /// <summary>The last day (UTC) the waiver stands.</summary>
        public DateTime Expires { get; set; }

        /// <summary>The expiry date as written (<c>YYYY-MM-DD</c>).</summary>
        public string ExpiresText { get; set; } = "";

        /// <summary>Where the entry is in the waivers file.</summary>
        public SourceLocation Location { get; set; } = new SourceLocation("", 0, 0);

        /// <summary>True when the waiver covers the setting at <paramref name="settingPath"/> (itself, or a key below it).</summary>
        public bool Covers(string settingPath) =>
            string.Equals(settingPath, Gate, StringComparison.Ordinal)
            || settingPath.StartsWith(Gate + ".", StringComparison.Ordinal);

        /// <summary>True while the waiver stands on <paramref name="today"/> (its expiry day included).</summary>
        public bool StandsOn(DateTime today) => today.Date <= Expires.Date;
    }
}
