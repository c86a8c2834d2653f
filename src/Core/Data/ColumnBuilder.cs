using AiFactory.Manifest.Model;

namespace AiFactory.Core.Data
{
    /// <summary>Collects one column's values while a CSV file is read, and settles its type (number until a value says otherwise, when inferred).</summary>
    internal sealed class ColumnBuilder
    {
        private ChunkedArray<double>? _numbers;
        private ChunkedArray<string?>? _categories;
        private int _rows;
        private int _presentNumbers;

        public ColumnBuilder(string name, int ordinal, ColumnType type, ColumnTypeSource source)
        {
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

        /// <summary>Interns this column's strings; null while the column holds numbers.</summary>
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
            _categories?.EnsureRows(rows);
        }

        public void SetNumber(int row, double value)
        {
            _numbers![row] = value;
            if (!double.IsNaN(value)) _presentNumbers++;
        }

        public void SetCategory(int row, string? value) => _categories![row] = value;

        /// <summary>An inferred column met a value that is not a number: from now on it is a category column.</summary>
        public void DemoteToCategory()
        {
            Type = ColumnType.Category;
            _numbers = null;
            if (_presentNumbers > 0) Deferred = true;
            else StartCategories(); // every earlier row was missing: null is already right for them
        }

        /// <summary>Starts the second pass of a deferred column.</summary>
        public void StartSecondPass(int rows)
        {
            StartCategories();
            EnsureRows(rows);
        }

        public DataColumn Build(int rows)
        {
            bool inferred = Source == ColumnTypeSource.Inferred;
            return Type == ColumnType.Number
                ? DataColumn.FromNumbers(Name, _numbers!.ToArray(rows), inferred)
                : DataColumn.FromCategories(Name, _categories!.ToArray(rows), inferred);
        }

        private void StartCategories()
        {
            _categories = new ChunkedArray<string?>();
            _categories.EnsureRows(_rows);
            Pool = new CategoryPool();
        }
    }
}
