using System;
using System.Collections.Generic;
using AiFactory.Core.Data;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.DataChecks
{
    /// <summary>
    /// The values of chosen columns of a table, for hashing and comparing whole rows: a category by its code (codes of
    /// two files coded together mean the same value), a number by its value, a missing value equal only to a missing value.
    /// </summary>
    internal sealed class RowKeys
    {
        private readonly int[][] _codes;
        private readonly double[][] _numbers;
        private readonly bool[] _isNumber;

        /// <summary>Keys over the named columns, in the given order.</summary>
        public RowKeys(DataTable table, IReadOnlyDictionary<string, ColumnCoding> codings, IReadOnlyList<string> columns)
        {
            _codes = new int[columns.Count][];
            _numbers = new double[columns.Count][];
            _isNumber = new bool[columns.Count];
            for (int i = 0; i < columns.Count; i++)
            {
                DataColumn column = table.Get(columns[i]);
                if (column.Type == ColumnType.Number)
                {
                    _isNumber[i] = true;
                    _numbers[i] = column.Numbers!;
                }
                else
                {
                    _codes[i] = codings[columns[i]].Codes;
                }
            }

            Rows = table.RowCount;
        }

        private const ulong Seed = 0x243F6A8885A308D3UL;

        /// <summary>Rows of the table.</summary>
        public int Rows { get; }

        /// <summary>The hash of every row, as <see cref="Hash"/> computes it, column by column (sequential in memory, so fast).</summary>
        public ulong[] HashAll()
        {
            var hashes = new ulong[Rows];
            for (int row = 0; row < hashes.Length; row++) hashes[row] = Seed;
            for (int i = 0; i < _isNumber.Length; i++)
            {
                if (_isNumber[i])
                {
                    double[] numbers = _numbers[i];
                    for (int row = 0; row < hashes.Length; row++) hashes[row] = RowHash.Combine(hashes[row], NumberBits(numbers[row]));
                }
                else
                {
                    int[] codes = _codes[i];
                    for (int row = 0; row < hashes.Length; row++) hashes[row] = RowHash.Combine(hashes[row], (ulong)(uint)codes[row]);
                }
            }

            return hashes;
        }

        /// <summary>A 64-bit hash of a row's keys.</summary>
        public ulong Hash(int row)
        {
            ulong hash = Seed;
            for (int i = 0; i < _isNumber.Length; i++)
            {
                hash = RowHash.Combine(hash, _isNumber[i] ? NumberBits(_numbers[i][row]) : (ulong)(uint)_codes[i][row]);
            }

            return hash;
        }

        /// <summary>True when a row of this table equals a row of <paramref name="other"/> (same columns in the same order) in every column.</summary>
        public bool Equal(int row, RowKeys other, int otherRow)
        {
            for (int i = 0; i < _isNumber.Length; i++)
            {
                if (_isNumber[i])
                {
                    double a = _numbers[i][row], b = other._numbers[i][otherRow];
                    if (!(a == b || (double.IsNaN(a) && double.IsNaN(b)))) return false;
                }
                else if (_codes[i][row] != other._codes[i][otherRow])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Equal numbers get equal bits: 0 and −0 alike, and every NaN (a missing value) alike.</summary>
        private static ulong NumberBits(double value)
        {
            if (double.IsNaN(value)) return 0x7FF8000000000000UL;
            if (value == 0) return 0;
            return (ulong)BitConverter.DoubleToInt64Bits(value);
        }
    }
}
