using System;
using System.Collections.Generic;

namespace AiFactory.Core.DataChecks
{
    /// <summary>For one sensitive attribute: how well each other column predicts it on its own.</summary>
    internal sealed class ProxyReport
    {
        /// <summary>Binary attribute: out-of-sample AUC.</summary>
        public const string Auc = "auc";

        /// <summary>More than two groups: bias-corrected Cramér's V.</summary>
        public const string CramersV = "cramersV";

        /// <summary>Fewer than two groups in the data: nothing to predict.</summary>
        public const string None = "none";

        /// <summary>The sensitive column.</summary>
        public string Attribute { get; set; } = "";

        /// <summary>Groups of the attribute in the data the measure learned from (missing values excluded).</summary>
        public int Groups { get; set; }

        /// <summary><see cref="Auc"/>, <see cref="CramersV"/> or <see cref="None"/>.</summary>
        public string Measure { get; set; } = None;

        /// <summary>Where it was measured: a <see cref="CheckMethods"/> value.</summary>
        public string Method { get; set; } = CheckMethods.TrainTest;

        /// <summary>Every column but the label, the sensitive attributes and a score or prediction column, strongest first.</summary>
        public IReadOnlyList<ProxyColumn> Columns { get; set; } = Array.Empty<ProxyColumn>();
    }
}
