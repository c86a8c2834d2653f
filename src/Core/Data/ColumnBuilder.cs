using AiFactory.Manifest.Model;

namespace AiFactory.Core.Data
{
    /// <summary>Collects one column's values while a CSV file is read, and settles its type (number until a value says otherwise, when inferred).</summary>
    internal sealed class ColumnBuilder
    {
        private ChunkedArray<double>? _numbers;
        private ChunkedArray<int>? _codes;
        private int _rows;
        private int _presentNumbers;
        private readonly MissingValueMarkers _markers;

        public ColumnBuilder(string name, int ordinal, ColumnType type, ColumnTypeSource source, MissingValueMarkers markers)
        {
            _markers = markers;
            Name = name;
            Ordinal = ordinal;
            Type = type;
            Source = source;
            if (type == ColumnType.Number) _numbers = new ChunkedArray<double>();
            else StartCategories();
        }

        public string Name { get; }

        /// <summary>The field index of the column in every record.</summary>
        public int Ordinal { get; }

        public ColumnType Type { get; private set; }

        public ColumnTypeSource Source { get; }

        /// <summary>Numbers and interns this column's strings; null while the column holds numbers.</summary>
        public CategoryPool? Pool { get; private set; }

        /// <summary>
        /// True when an inferred column turned out to be a category after numbers were already stored: the text of those
        /// rows is gone (only their parsed values were kept), so a second pass over the file fills the column.
        /// </summary>
        public bool Deferred { get; private set; }

        /// <summary>Makes room for rows up to <paramref name="rows"/> - 1.</summary>
        public void EnsureRows(int rows)
        {
            _rows = rows;
            _numbers?.EnsureRows(rows);
            _codes?.EnsureRows(rows);
        }

        public void SetNumber(int row, double value)
        {
            _numbers![row] = value;
            if (!double.IsNaN(value)) _presentNumbers++;
        }

        /// <summary>Stores a category by its number in <see cref="Pool"/>, or −1 for a missing value.</summary>
        public void SetCode(int row, int code) => _codes![row] = code;

        /// <summary>An inferred column met a value that is not a number: from now on it is a category column.</summary>
        public void DemoteToCategory()
        {
            Type = ColumnType.Category;
            _numbers = null;
            if (_presentNumbers > 0) Deferred = true;
            else StartCategories(); // every earlier row was missing
        }

        /// <summary>Starts the second pass of a deferred column.</summary>
        public void StartSecondPass(int rows)
        {
            StartCategories();
            EnsureRows(rows);
        }

        /// <summary>
        /// The column of the first <paramref name="rows"/> rows. With <paramref name="everyRowKept"/>, every value the pool
        /// numbered is in some row and was numbered where it first appears; a skipped row can break both.
        /// </summary>
        public DataColumn Build(int rows, bool everyRowKept)
        {
            bool inferred = Source == ColumnTypeSource.Inferred;
            return Type == ColumnType.Number
                ? DataColumn.FromNumbers(Name, _numbers!.ToArray(rows), inferred)
                : DataColumn.FromCodes(Name, _codes!.ToArray(rows), Pool!.Values(), inferred, numberedAsRead: everyRowKept);
        }

        private void StartCategories()
        {
            _codes = new ChunkedArray<int>();
            _codes.EnsureRows(_rows);

            // Rows before a demotion held only missing numbers: they are missing categories.
            for (int row = 0; row < _rows; row++) _codes[row] = -1;
            Pool = new CategoryPool(_markers);
        }
    }
}
