using System;
using System.Collections.Generic;
using AiFactory.Core.Data;
using AiFactory.Core.DataChecks;

namespace AiFactory.Core.Profiling
{
    /// <summary>The profile of one data file: every column, the label's balance, the sensitive groups, duplicates and skipped rows.</summary>
    internal sealed class DataFileProfile
    {
        /// <summary>Rows read (skipped rows excluded).</summary>
        public int Rows { get; set; }

        /// <summary>Every column in header order.</summary>
        public IReadOnlyList<ColumnProfile> Columns { get; set; } = Array.Empty<ColumnProfile>();

        /// <summary>Missing cells in the whole file.</summary>
        public long MissingCells { get; set; }

        /// <summary>Missing cells ÷ (rows × columns).</summary>
        public double MissingRate => Rows == 0 || Columns.Count == 0 ? 0 : (double)MissingCells / ((long)Rows * Columns.Count);

        /// <summary>The label's balance.</summary>
        public LabelProfile Label { get; set; } = new LabelProfile();

        /// <summary>One entry per sensitive attribute, in <c>data.sensitive</c> order.</summary>
        public IReadOnlyList<GroupProfile> Groups { get; set; } = Array.Empty<GroupProfile>();

        /// <summary>Rows that repeat an earlier row of the file exactly.</summary>
        public DuplicateSummary Duplicates { get; set; } = new DuplicateSummary();

        /// <summary>Rows left out because they could not be read (<c>data.onBadRow</c> "skip").</summary>
        public SkippedRows Skipped { get; set; } = SkippedRows.None;

        /// <summary>The profile of a column, or null.</summary>
        public ColumnProfile? Column(string name)
        {
            foreach (ColumnProfile column in Columns)
            {
                if (column.Name == name) return column;
            }

            return null;
        }
    }
}
