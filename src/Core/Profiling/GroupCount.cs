namespace AiFactory.Core.Profiling
{
    /// <summary>The rows of one group of a sensitive attribute, by label.</summary>
    internal sealed class GroupCount
    {
        /// <summary>Creates the counts.</summary>
        /// <param name="group">The group: the value, a bin such as <c>[25,45)</c>, or <c>(missing)</c>.</param>
        /// <param name="rows">Its rows.</param>
        /// <param name="positives">Its rows of the positive class.</param>
        public GroupCount(string group, int rows, int positives)
        {
            Group = group ?? throw new System.ArgumentNullException(nameof(group));
            Rows = rows;
            Positives = positives;
        }

        /// <summary>The group: the value, a bin such as <c>[25,45)</c>, or <c>(missing)</c> for rows without a value.</summary>
        public string Group { get; }

        /// <summary>Its rows.</summary>
        public int Rows { get; }

        /// <summary>Its rows of the positive class.</summary>
        public int Positives { get; }

        /// <summary>Its rows of the negative class.</summary>
        public int Negatives => Rows - Positives;

        /// <summary>Positives ÷ rows.</summary>
        public double PositiveRate => Rows == 0 ? 0 : (double)Positives / Rows;

        /// <summary>True for the group of rows whose attribute is missing.</summary>
        public bool IsMissing => Group == MissingGroup;

        /// <summary>The name of the group of rows whose attribute is missing.</summary>
        public const string MissingGroup = "(missing)";
    }
}
