using System;
using System.Collections.Generic;
using System.Linq;
using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Core.Data
{
    /// <summary>A data file read into typed columns, with the physical line of each row for diagnostics.</summary>
    internal sealed class DataTable
    {
        private readonly Dictionary<string, int> _indexByName;

        /// <summary>Creates a table.</summary>
        /// <param name="path">The file the data came from; diagnostics point into it.</param>
        /// <param name="columns">The columns in header order; names must be unique and every column as long as <paramref name="sourceLines"/>.</param>
        /// <param name="sourceLines">The 1-based physical line where each row starts.</param>
        public DataTable(string path, IReadOnlyList<DataColumn> columns, int[] sourceLines)
            : this(path, columns, sourceLines, SkippedRows.None)
        {
        }

        /// <summary>Creates a table that some rows of the file were left out of.</summary>
        /// <param name="path">The file the data came from; diagnostics point into it.</param>
        /// <param name="columns">The columns in header order; names must be unique and every column as long as <paramref name="sourceLines"/>.</param>
        /// <param name="sourceLines">The 1-based physical line where each row starts.</param>
        /// <param name="skipped">The rows of the file that are not in the table because they could not be read.</param>
        public DataTable(string path, IReadOnlyList<DataColumn> columns, int[] sourceLines, SkippedRows skipped)
        {
            Skipped = skipped ?? throw new ArgumentNullException(nameof(skipped));
            Path = path ?? throw new ArgumentNullException(nameof(path));
            Columns = columns ?? throw new ArgumentNullException(nameof(columns));
            SourceLines = sourceLines ?? throw new ArgumentNullException(nameof(sourceLines));
            _indexByName = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < columns.Count; i++)
            {
                DataColumn column = columns[i];
                if (column.Length != sourceLines.Length)
                    throw new ArgumentException($"Column '{column.Name}' has {column.Length} rows, the table {sourceLines.Length}.", nameof(columns));
                if (_indexByName.ContainsKey(column.Name))
                    throw new ArgumentException($"Column '{column.Name}' appears twice.", nameof(columns));
                _indexByName.Add(column.Name, i);
            }
        }

        /// <summary>The file the data came from.</summary>
        public string Path { get; }

        /// <summary>The columns in header order.</summary>
        public IReadOnlyList<DataColumn> Columns { get; }

        /// <summary>The number of data rows (the header is not a row).</summary>
        public int RowCount => SourceLines.Length;

        /// <summary>Rows of the file left out because they could not be read (<c>data.onBadRow</c> "skip"); none by default.</summary>
        public SkippedRows Skipped { get; }

        /// <summary>The 1-based physical line where each row starts (a quoted field may span lines).</summary>
        public int[] SourceLines { get; }

        /// <summary>The column with this exact name (ordinal comparison), or null.</summary>
        public DataColumn? Find(string name) => _indexByName.TryGetValue(name, out int index) ? Columns[index] : null;

        /// <summary>The column with this exact name.</summary>
        /// <exception cref="DiagnosticException">AIF3003 at the file's header when the column is absent, with a did-you-mean.</exception>
        public DataColumn Get(string name)
        {
            DataColumn? column = Find(name);
            if (column is null)
                throw new DiagnosticException(DataDiagnostics.ColumnMissing(Path, name, Columns.Select(c => c.Name).ToList(), null));
            return column;
        }

        /// <summary>The 0-based position of a column in the header (its field index in every row), or -1.</summary>
        internal int IndexOf(string name) => _indexByName.TryGetValue(name, out int index) ? index : -1;
    }
}
