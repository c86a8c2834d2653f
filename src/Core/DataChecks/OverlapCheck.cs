using System.Collections.Generic;
using AiFactory.Core.Data;

namespace AiFactory.Core.DataChecks
{
    /// <summary>Finds test rows that also appear in the training data: a model is not judged on held-out data when it saw them.</summary>
    internal static class OverlapCheck
    {
        /// <summary>
        /// Counts test rows equal to some training row on the columns both files have with the same type (category
        /// columns of both files must be coded together, the test coding started from the training one).
        /// </summary>
        public static OverlapSummary Measure(DataTable train, IReadOnlyDictionary<string, ColumnCoding> trainCodings,
            DataTable test, IReadOnlyDictionary<string, ColumnCoding> testCodings)
        {
            var shared = new List<string>();
            foreach (DataColumn column in train.Columns)
            {
                DataColumn? other = test.Find(column.Name);
                if (other != null && other.Type == column.Type) shared.Add(column.Name);
            }

            var summary = new OverlapSummary { TestRows = test.RowCount, Columns = shared };
            if (shared.Count == 0) return summary;
            var index = new RowIndex(new RowKeys(train, trainCodings, shared));
            for (int row = 0; row < train.RowCount; row++) index.AddOrFind(row);

            var testKeys = new RowKeys(test, testCodings, shared);
            var first = new List<RowMatch>();
            int overlapping = 0;
            for (int row = 0; row < test.RowCount; row++)
            {
                int match = index.Find(testKeys, row);
                if (match < 0) continue;
                overlapping++;
                if (first.Count < OverlapSummary.MaxExamples) first.Add(new RowMatch(test.SourceLines[row], train.SourceLines[match]));
            }

            summary.InTraining = overlapping;
            summary.First = first;
            return summary;
        }
    }
}
