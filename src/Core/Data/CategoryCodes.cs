using System;
using System.Collections.Generic;

namespace AiFactory.Core.Data
{
    /// <summary>
    /// Numbers the distinct values of a category column in order of first appearance. Made for the columns
    /// <see cref="CsvTableReader"/> reads, whose equal values are one interned string: a value is found by a hash of its
    /// chars (at most sixteen) and a comparison of references, which for a column of a few values costs about
    /// 2 ns a row where a dictionary lookup (hashing every char) or a scan of the values seen costs several times more.
    /// </summary>
    /// <remarks>Strings that are equal but not the same object (a table built in memory) are still found, by value.</remarks>
    internal sealed class CategoryCodes
    {
        private string?[] _keys = new string?[64];
        private int[] _codes = new int[64];
        private readonly List<string> _values = new List<string>();

        /// <summary>The values in order of first appearance: value i has code i.</summary>
        public IReadOnlyList<string> Values => _values;

        /// <summary>The code of <paramref name="value"/>, numbering it when new.</summary>
        public int CodeOf(string value)
        {
            int mask = _keys.Length - 1;
            for (int slot = Hash(value) & mask; ; slot = (slot + 1) & mask)
            {
                string? key = _keys[slot];
                if (ReferenceEquals(key, value)) return _codes[slot];
                if (key is null) return Add(value, slot);
                if (string.Equals(key, value, StringComparison.Ordinal)) return _codes[slot];
            }
        }

        private int Add(string value, int slot)
        {
            int code = _values.Count;
            _values.Add(value);
            _keys[slot] = value;
            _codes[slot] = code;
            if (2 * _values.Count > _keys.Length) Grow();
            return code;
        }

        private void Grow()
        {
            var keys = new string?[_keys.Length * 2];
            var codes = new int[keys.Length];
            int mask = keys.Length - 1;
            for (int i = 0; i < _keys.Length; i++)
            {
                string? key = _keys[i];
                if (key is null) continue;
                int slot = Hash(key) & mask;
                while (keys[slot] != null) slot = (slot + 1) & mask;
                keys[slot] = key;
                codes[slot] = _codes[i];
            }

            _keys = keys;
            _codes = codes;
        }

        private static int Hash(string value)
        {
            // Every char of a short value; the first and last eight of a long one.
            int length = value.Length;
            uint h = (uint)length;
            if (length <= 16)
            {
                for (int i = 0; i < length; i++) h = h * 31 + value[i];
            }
            else
            {
                for (int i = 0; i < 8; i++) h = h * 31 + value[i];
                for (int i = length - 8; i < length; i++) h = h * 31 + value[i];
            }

            // A finalizer, so that the low bits the table uses depend on every char.
            h ^= h >> 15;
            h *= 0x2C1B3C6Du;
            h ^= h >> 12;
            return (int)h;
        }
    }
}
