namespace AiFactory.Core.DataChecks
{
    /// <summary>How well one column predicts a sensitive attribute on its own.</summary>
    internal sealed class ProxyColumn
    {
        /// <summary>The column.</summary>
        public string Column { get; set; } = "";

        /// <summary>For a binary attribute: the out-of-sample AUC of the column's learned rate as a score; else null.</summary>
        public double? Auc { get; set; }

        /// <summary>For a binary attribute: the DeLong variance of <see cref="Auc"/>; else null.</summary>
        public double? AucVariance { get; set; }

        /// <summary>
        /// For an attribute of more than two groups: the table <see cref="CramersV"/> was computed from (the column's
        /// levels, rare ones pooled, by the attribute's groups), which its bootstrap resamples; else null.
        /// </summary>
        public ContingencyTable? Table { get; set; }

        /// <summary>For an attribute of more than two groups: the bias-corrected Cramér's V; else null.</summary>
        public double? CramersV { get; set; }

        /// <summary>
        /// The strength on one scale for both, 0 (no information) to 1 (determines the attribute): 2 × AUC − 1 (the Gini
        /// coefficient, floored at 0) for a binary attribute, Cramér's V otherwise; null when undefined.
        /// </summary>
        public double? Strength { get; set; }
    }
}
