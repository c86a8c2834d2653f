using System;
using System.Collections.Generic;

namespace AiFactory.Core.Data
{
    /// <summary>
    /// A growable array of row values kept in fixed chunks, so reading a file of unknown length never copies what it has
    /// read so far; <see cref="ToArray"/> makes the one exact-length array the table keeps.
    /// </summary>
    internal sealed class ChunkedArray<T>
    {
        private const int ChunkShift = 13;
        private const int ChunkSize = 1 << ChunkShift; // 8,192 values: small enough to stay off the large object heap for doubles
        private const int ChunkMask = ChunkSize - 1;
        private readonly List<T[]> _chunks = new List<T[]>();

        /// <summary>Makes room for rows up to <paramref name="rows"/> - 1.</summary>
        public void EnsureRows(int rows)
        {
            while (_chunks.Count * ChunkSize < rows) _chunks.Add(new T[ChunkSize]);
        }

        public T this[int row]
        {
            get => _chunks[row >> ChunkShift][row & ChunkMask];
            set => _chunks[row >> ChunkShift][row & ChunkMask] = value;
        }

        public T[] ToArray(int rows)
        {
            var array = new T[rows];
            for (int start = 0, chunk = 0; start < rows; start += ChunkSize, chunk++)
                Array.Copy(_chunks[chunk], 0, array, start, Math.Min(ChunkSize, rows - start));
            return array;
        }
    }
}
