namespace AiFactory.Core.Data
{
    /// <summary>Where a column's type came from, in order of precedence.</summary>
    internal enum ColumnTypeSource
    {
        /// <summary>data.columns declares it.</summary>
        Declared,

        /// <summary>The column's role imposes it (CsvReadOptions.ForcedTypes).</summary>
        Forced,

        /// <summary>Inferred from the values: number when every present value is a finite number.</summary>
        Inferred,
    }
}
