using System;

namespace AiFactory.Core.DataChecks
{
    /// <summary>
    /// The counts of a column's levels (rows of the table) by a sensitive attribute's groups (its columns), row-major:
    /// what Cramér's V of a proxy is computed from, kept so that its interval can resample it.
    /// </summary>
    internal sealed class ContingencyTable
    {
        /// <summary>Creates a table of <paramref name="rows"/> × <paramref name="columns"/> counts, row-major.</summary>
        public ContingencyTable(long[] counts, int rows, int columns)
        {
            Counts = counts ?? throw new ArgumentNullException(nameof(counts));
            if (rows < 1 || columns < 1 || counts.Length != rows * columns)
            {
                throw new ArgumentException($"{counts.Length} counts for a {rows} × {columns} table.", nameof(counts));
            }

            Rows = rows;
            Columns = columns;
        }

        /// <summary>The counts, row-major: level i, group j at i × <see cref="Columns"/> + j.</summary>
        public long[] Counts { get; }

        /// <summary>The levels (the first pools the rare ones).</summary>
        public int Rows { get; }

        /// <summary>The groups (the first, the missing code, stays empty).</summary>
        public int Columns { get; }

        /// <summary>The bias-corrected Cramér's V of the table (<see cref="CramersV.BiasCorrected"/>).</summary>
        public double BiasCorrectedV() => CramersV.BiasCorrected(Counts, Rows, Columns);
    }
}
