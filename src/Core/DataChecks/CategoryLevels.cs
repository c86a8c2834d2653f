using System;
using System.Collections.Generic;

namespace AiFactory.Core.DataChecks
{
    /// <summary>
    /// The distinct values of a category column, numbered in order of first appearance, so that rows can be counted
    /// and compared as small integers. A table read by CsvTableReader interns its strings, so the same value is
    /// usually the same string object: a lookup by reference comes first, and only a new reference is hashed by value.
    /// </summary>
    internal sealed class CategoryLevels
    {
        private readonly Dictionary<string, int> _byValue;
        private readonly ReferenceTable _byReference = new ReferenceTable();
        private int _lookups;
        private int _hits;
        private bool _referencesRepeat = true;
        private readonly List<string> _values;

        /// <summary>Creates an empty set of levels.</summary>
        public CategoryLevels()
        {
            _byValue = new Dictionary<string, int>(StringComparer.Ordinal);
            _values = new List<string>();
        }

        /// <summary>Creates levels that start as a copy of <paramref name="start"/>: its values keep their numbers.</summary>
        public CategoryLevels(CategoryLevels start)
        {
            _byValue = new Dictionary<string, int>(start._byValue, StringComparer.Ordinal);
            _values = new List<string>(start._values);
        }

        /// <summary>How many distinct values are numbered.</summary>
        public int Count => _values.Count;

        /// <summary>The value numbered <paramref name="index"/>.</summary>
        public string this[int index] => _values[index];

        /// <summary>The number of a value, numbering it when new.</summary>
        public int IndexOf(string value)
        {
            int index;
            if (_referencesRepeat)
            {
                index = _byReference.Find(value);
                _lookups++;
                if (index >= 0)
                {
                    _hits++;
                    return index;
                }

                // A column of mostly distinct values (IDs, free text) gains nothing from the identity table: stop using it.
                if (_lookups == 4096 && _hits < _lookups / 2) _referencesRepeat = false;
            }

            if (!_byValue.TryGetValue(value, out index))
            {
                index = _values.Count;
                _values.Add(value);
                _byValue.Add(value, index);
            }

            // Only interned tables repeat references; a table of distinct string objects would fill this map for nothing.
            if (_referencesRepeat && _byReference.Count < 4 * _values.Count + 64) _byReference.Add(value, index);
            return index;
        }

        /// <summary>
        /// String objects to numbers by identity: an open-addressing table probed with the object's identity hash, so a
        /// lookup of an interned value costs no string hashing and no interface call.
        /// </summary>
        private sealed class ReferenceTable
        {
            private string?[] _keys = new string?[64];
            private int[] _values = new int[64];

            public int Count { get; private set; }

            public int Find(string key)
            {
                int mask = _keys.Length - 1;
                for (int slot = System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key) & mask; ; slot = (slot + 1) & mask)
                {
                    string? stored = _keys[slot];
                    if (stored is null) return -1;
                    if (ReferenceEquals(stored, key)) return _values[slot];
                }
            }

            public void Add(string key, int value)
            {
                if (2 * (Count + 1) > _keys.Length) Grow();
                Insert(_keys, _values, key, value);
                Count++;
            }

            private static void Insert(string?[] keys, int[] values, string key, int value)
            {
                int mask = keys.Length - 1;
                int slot = System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key) & mask;
                while (keys[slot] != null) slot = (slot + 1) & mask;
                keys[slot] = key;
                values[slot] = value;
            }

            private void Grow()
            {
                var keys = new string?[_keys.Length * 2];
                var values = new int[keys.Length];
                for (int i = 0; i < _keys.Length; i++)
                {
                    if (_keys[i] is string key) Insert(keys, values, key, _values[i]);
                }

                _keys = keys;
                _values = values;
            }
        }
    }
}
