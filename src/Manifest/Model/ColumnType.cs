namespace AiFactory.Manifest.Model
{
    /// <summary>The type of a data column (<c>data.columns</c>).</summary>
    internal enum ColumnType
    {
        /// <summary><c>"number"</c>: numeric; missing values become NaN.</summary>
        Number,

        /// <summary><c>"category"</c>: a categorical string.</summary>
        Category,
    }
}
