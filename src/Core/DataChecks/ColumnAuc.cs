namespace AiFactory.Core.DataChecks
{
    /// <summary>How well one column predicts the label on its own, out of sample.</summary>
    internal sealed class ColumnAuc
    {
        /// <summary>Creates the pair.</summary>
        public ColumnAuc(string column, double? auc, double? variance = null)
        {
            Variance = variance;
            Column = column ?? throw new System.ArgumentNullException(nameof(column));
            Auc = auc;
        }

        /// <summary>The column.</summary>
        public string Column { get; }

        /// <summary>The out-of-sample AUC of the column's learned rate as a score; about 0.5 when it says nothing; null when undefined (one class).</summary>
        public double? Auc { get; }

        /// <summary>The DeLong variance of <see cref="Auc"/> over the rows it was measured on; null when undefined (fewer than two rows of a class) or not recorded.</summary>
        public double? Variance { get; }
    }
}
