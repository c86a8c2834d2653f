using System.Collections.Generic;

namespace AiFactory.Core.Data
{
    /// <summary>
    /// Numbers the strings of one category column straight from the CSV reader's buffer, in order of first sight, and
    /// interns them: a million rows of "Male" share one string, and a value already seen allocates nothing. A
    /// missing-value marker gets no number.
    /// </summary>
    internal sealed class CategoryPool
    {
        private readonly MissingValueMarkers _markers;
        private int[] _buckets = new int[64];
        private Entry[] _entries = new Entry[64];
        private int _count;

        private struct Entry
        {
            public string Value;
            public int Hash;
            public int Next;
        }

        public CategoryPool(MissingValueMarkers markers) => _markers = markers;

        // Sylvan makes some strings without asking the pool (an empty field, for one): then no number is waiting.
        private const int NotAsked = int.MinValue;
        private int _lastCode = NotAsked;

        /// <summary>
        /// The pooled string equal to <paramref name="length"/> chars of <paramref name="buffer"/> at
        /// <paramref name="offset"/> (the marker itself for a missing-value marker); its number waits for <see cref="CodeOfReturned"/>.
        /// </summary>
        public string Get(char[] buffer, int offset, int length)
        {
            string? marker = _markers.HasLength(length) ? _markers.Find(buffer, offset, length) : null;
            if (marker != null)
            {
                _lastCode = -1;
                return marker;
            }

            int code = CodeOf(buffer, offset, length);
            _lastCode = code;
            return _entries[code].Value;
        }

        /// <summary>
        /// The number of the field the reader just returned as <paramref name="text"/>, or −1 for a missing-value marker:
        /// the number <see cref="Get"/> found for it, else (Sylvan made the string itself) found from the text.
        /// </summary>
        public int CodeOfReturned(string text)
        {
            int code = _lastCode;
            _lastCode = NotAsked;
            if (code != NotAsked) return code;
            if (_markers.IsMarker(text)) return -1;
            char[] chars = text.ToCharArray();
            return CodeOf(chars, 0, chars.Length);
        }

        /// <summary>The number of the value equal to <paramref name="length"/> chars of <paramref name="buffer"/> at <paramref name="offset"/>, numbering it when new.</summary>
        public int CodeOf(char[] buffer, int offset, int length)
        {
            // FNV-1a over UTF-16 code units: cheap, and good enough for short category labels.
            uint h = 2166136261;
            for (int i = offset; i < offset + length; i++) h = (h ^ buffer[i]) * 16777619;
            int hash = (int)h;
            for (int i = _buckets[hash & (_buckets.Length - 1)] - 1; i >= 0; i = _entries[i].Next)
            {
                if (_entries[i].Hash == hash && Equal(_entries[i].Value, buffer, offset, length)) return i;
            }

            return Add(new string(buffer, offset, length), hash);
        }

        /// <summary>The values numbered so far: value i has number i.</summary>
        public IReadOnlyList<string> Values()
        {
            var values = new string[_count];
            for (int i = 0; i < _count; i++) values[i] = _entries[i].Value;
            return values;
        }

        private int Add(string value, int hash)
        {
            if (_count == _entries.Length) Grow();
            int bucket = hash & (_buckets.Length - 1);
            _entries[_count] = new Entry { Value = value, Hash = hash, Next = _buckets[bucket] - 1 };
            _buckets[bucket] = _count + 1;
            return _count++;
        }

        private void Grow()
        {
            var entries = new Entry[_entries.Length * 2];
            System.Array.Copy(_entries, entries, _count);
            var buckets = new int[entries.Length];
            for (int i = 0; i < _count; i++)
            {
                int bucket = entries[i].Hash & (buckets.Length - 1);
                entries[i].Next = buckets[bucket] - 1;
                buckets[bucket] = i + 1;
            }

            _entries = entries;
            _buckets = buckets;
        }

        private static bool Equal(string value, char[] buffer, int offset, int length)
        {
            if (value.Length != length) return false;
            for (int i = 0; i < length; i++)
            {
                if (value[i] != buffer[offset + i]) return false;
            }

            return true;
        }
    }
}
