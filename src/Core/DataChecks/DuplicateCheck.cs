using System.Collections.Generic;
using AiFactory.Core.Data;

namespace AiFactory.Core.DataChecks
{
    /// <summary>Finds the rows of a file that repeat an earlier row exactly, in one pass with a hash index.</summary>
    internal static class DuplicateCheck
    {
        /// <summary>Counts the duplicate rows of <paramref name="table"/>, over every column.</summary>
        public static DuplicateSummary Measure(DataTable table, IReadOnlyDictionary<string, ColumnCoding> codings)
        {
            var names = new List<string>();
            foreach (DataColumn column in table.Columns) names.Add(column.Name);
            var index = new RowIndex(new RowKeys(table, codings, names));
            var first = new List<RowMatch>();
            int duplicates = 0;
            for (int row = 0; row < table.RowCount; row++)
            {
                int earlier = index.AddOrFind(row);
                if (earlier < 0) continue;
                duplicates++;
                if (first.Count < DuplicateSummary.MaxExamples) first.Add(new RowMatch(table.SourceLines[row], table.SourceLines[earlier]));
            }

            return new DuplicateSummary { Rows = table.RowCount, DuplicateRows = duplicates, First = first };
        }
    }
}
