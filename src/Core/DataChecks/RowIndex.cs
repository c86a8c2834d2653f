namespace AiFactory.Core.DataChecks
{
    /// <summary>
    /// An open-addressing hash set of rows (by <see cref="RowKeys"/>) that finds an equal row in O(1) expected time:
    /// hashes narrow the search, and <see cref="RowKeys.Equal"/> confirms every match, so a hash collision never
    /// counts as a duplicate.
    /// </summary>
    internal sealed class RowIndex
    {
        private readonly RowKeys _keys;
        private readonly ulong[] _hashes;
        private readonly int[] _slots; // row + 1; 0 = empty
        private readonly int _mask;

        /// <summary>An empty index over the rows of <paramref name="keys"/> (every row's hash computed up front).</summary>
        public RowIndex(RowKeys keys)
        {
            _keys = keys;
            _hashes = keys.HashAll();
            int size = 16;
            while (size < 2L * keys.Rows) size <<= 1;
            _slots = new int[size];
            _mask = size - 1;
        }

        /// <summary>Adds a row unless an equal row is indexed already; returns that earlier row, or −1 when the row was added.</summary>
        public int AddOrFind(int row)
        {
            ulong hash = _hashes[row];
            int slot = (int)(hash & (ulong)_mask);
            while (true)
            {
                int stored = _slots[slot] - 1;
                if (stored < 0)
                {
                    _slots[slot] = row + 1;
                    return -1;
                }

                if (_hashes[stored] == hash && _keys.Equal(stored, _keys, row)) return stored;
                slot = (slot + 1) & _mask;
            }
        }

        /// <summary>An indexed row equal to row <paramref name="row"/> of <paramref name="other"/> (same columns in the same order), or −1.</summary>
        public int Find(RowKeys other, int row)
        {
            ulong hash = other.Hash(row);
            int slot = (int)(hash & (ulong)_mask);
            while (true)
            {
                int stored = _slots[slot] - 1;
                if (stored < 0) return -1;
                if (_hashes[stored] == hash && _keys.Equal(stored, other, row)) return stored;
                slot = (slot + 1) & _mask;
            }
        }
    }
}
