namespace AiFactory.Manifest.Model
{
    /// <summary>A bound that applies to one named data column (an entry of <c>gates.data.maxMissingRate.columns</c>).</summary>
    internal sealed class ColumnBound
    {
        /// <summary>Creates a column bound.</summary>
        public ColumnBound(string column, Bound bound)
        {
            Column = column;
            Bound = bound;
        }

        /// <summary>The column name as in the data file's header.</summary>
        public string Column { get; }

        /// <summary>The bound and where it was set.</summary>
        public Bound Bound { get; }
    }
}
