using System;
using System.Collections.Generic;

namespace AiFactory.Core.DataChecks
{
    /// <summary>Rows of a file that repeat an earlier row exactly (every column equal; a missing value equals a missing value).</summary>
    internal sealed class DuplicateSummary
    {
        /// <summary>How many duplicate rows are kept as examples.</summary>
        public const int MaxExamples = 10;

        /// <summary>Rows of the file.</summary>
        public int Rows { get; set; }

        /// <summary>Rows equal to an earlier row (a row present three times counts twice).</summary>
        public int DuplicateRows { get; set; }

        /// <summary>DuplicateRows ÷ Rows.</summary>
        public double Rate => Rows == 0 ? 0 : (double)DuplicateRows / Rows;

        /// <summary>The first duplicate rows in file order, each with the line of its first occurrence.</summary>
        public IReadOnlyList<RowMatch> First { get; set; } = Array.Empty<RowMatch>();
    }
}
