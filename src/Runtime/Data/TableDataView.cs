using System;
using System.Collections.Generic;
using System.Linq;
using AiFactory.Core.Data;
using AiFactory.Manifest.Model;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace AiFactory.Data
{
    /// <summary>
    /// An <see cref="IDataView"/> over a validated, in-memory <see cref="DataTable"/>: the data ML.NET trains on is
    /// exactly the data the factory checked (one parse, the same missing values, the same types). Numbers are
    /// <see cref="float"/> (ML.NET's feature type), categories text, and the label a <see cref="bool"/>.
    /// </summary>
    internal sealed class TableDataView : IDataView
    {
        private readonly IReadOnlyList<ColumnData> _columns;
        private readonly int _rowCount;

        /// <summary>Creates the view; the label column is replaced by <paramref name="labels"/> under the same name.</summary>
        public TableDataView(DataTable table, string labelColumn, bool[] labels)
        {
            _rowCount = table.RowCount;
            var builder = new DataViewSchema.Builder();
            var columns = new List<ColumnData>();
            foreach (DataColumn column in table.Columns)
            {
                if (column.Name == labelColumn)
                {
                    builder.AddColumn(column.Name, BooleanDataViewType.Instance);
                    columns.Add(new ColumnData(labels));
                }
                else if (column.Type == ColumnType.Number)
                {
                    builder.AddColumn(column.Name, NumberDataViewType.Single);
                    columns.Add(new ColumnData(column.Numbers!.Select(v => (float)v).ToArray()));
                }
                else
                {
                    builder.AddColumn(column.Name, TextDataViewType.Instance);
                    columns.Add(new ColumnData(column.Categories!.Select(v => (v ?? "").AsMemory()).ToArray()));
                }
            }

            Schema = builder.ToSchema();
            _columns = columns;
        }

        /// <inheritdoc />
        public bool CanShuffle => true;

        /// <inheritdoc />
        public DataViewSchema Schema { get; }

        /// <inheritdoc />
        public long? GetRowCount() => _rowCount;

        /// <inheritdoc />
        public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null) =>
            new Cursor(this, columnsNeeded, rand);

        /// <inheritdoc />
        public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null) =>
            new[] { GetRowCursor(columnsNeeded, rand) };

        private sealed class ColumnData
        {
            public ColumnData(Array values)
            {
                Values = values;
            }

            public Array Values { get; }
        }

        private sealed class Cursor : DataViewRowCursor
        {
            private readonly TableDataView _view;
            private readonly bool[] _active;
            private readonly int[]? _order;
            private long _position = -1;
            private int _row = -1;

            public Cursor(TableDataView view, IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand)
            {
                _view = view;
                _active = new bool[view.Schema.Count];
                foreach (var column in columnsNeeded)
                {
                    _active[column.Index] = true;
                }

                if (rand != null)
                {
                    // A shuffled pass when ML.NET asks for one; the Random comes from the seeded MLContext.
                    _order = Enumerable.Range(0, view._rowCount).ToArray();
                    for (int i = _order.Length - 1; i > 0; i--)
                    {
                        int j = rand.Next(i + 1);
                        (_order[i], _order[j]) = (_order[j], _order[i]);
                    }
                }
            }

            public override DataViewSchema Schema => _view.Schema;

            public override long Position => _position;

            public override long Batch => 0;

            public override bool IsColumnActive(DataViewSchema.Column column) => _active[column.Index];

            public override bool MoveNext()
            {
                if (_position + 1 >= _view._rowCount)
                {
                    _row = -1;
                    return false;
                }

                _position++;
                _row = _order is null ? (int)_position : _order[_position];
                return true;
            }

            public override ValueGetter<DataViewRowId> GetIdGetter() =>
                (ref DataViewRowId value) => value = new DataViewRowId((ulong)_row, 0);

            public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column)
            {
                if (!_active[column.Index])
                {
                    throw new InvalidOperationException($"Column '{column.Name}' was not requested from this cursor.");
                }

                if (_view._columns[column.Index].Values is not TValue[] values)
                {
                    throw new InvalidOperationException(
                        $"Column '{column.Name}' holds {column.Type}, not {typeof(TValue).Name}.");
                }

                return (ref TValue value) => value = values[_row];
            }
        }
    }
}
