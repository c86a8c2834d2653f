using System.Collections.Generic;

namespace AiFactory.Core.Data
{
    /// <summary>Collects the rows <see cref="CsvTableReader"/> skips: their record numbers (for the second pass) and the first few lines with reasons.</summary>
    internal sealed class BadRowLog
    {
        private readonly List<int> _records = new List<int>();
        private readonly List<SkippedRow> _first = new List<SkippedRow>();

        /// <summary>The 0-based ordinals (after the header) of the skipped records, ascending.</summary>
        public IReadOnlyList<int> Records => _records;

        /// <summary>How many rows were skipped.</summary>
        public int Count => _records.Count;

        /// <summary>Records a skipped row.</summary>
        public void Add(int record, int line, string reason)
        {
            _records.Add(record);
            if (_first.Count < SkippedRows.MaxExamples) _first.Add(new SkippedRow(line, reason));
        }

        /// <summary>The public record of what was skipped.</summary>
        public SkippedRows ToSkippedRows() => _records.Count == 0 ? SkippedRows.None : new SkippedRows(_records.Count, _first.ToArray());
    }
}
