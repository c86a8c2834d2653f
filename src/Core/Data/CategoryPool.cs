namespace AiFactory.Core.Data
{
    /// <summary>
    /// Interns the strings of one category column straight from the CSV reader's buffer, so a million rows of "Male"
    /// share one string and a value already seen allocates nothing.
    /// </summary>
    internal sealed class CategoryPool
    {
        private int[] _buckets = new int[64];
        private Entry[] _entries = new Entry[64];
        private int _count;

        private struct Entry
        {
            public string Value;
            public int Hash;
            public int Next;
        }

        /// <summary>The pooled string equal to <paramref name="length"/> chars of <paramref name="buffer"/> at <paramref name="offset"/>.</summary>
        public string Get(char[] buffer, int offset, int length)
        {
            int hash = Hash(buffer, offset, length);
            for (int i = _buckets[hash & (_buckets.Length - 1)] - 1; i >= 0; i = _entries[i].Next)
            {
                if (_entries[i].Hash == hash && Equal(_entries[i].Value, buffer, offset, length)) return _entries[i].Value;
            }

            string value = new string(buffer, offset, length);
            if (_count == _entries.Length) Grow();
            int bucket = hash & (_buckets.Length - 1);
            _entries[_count] = new Entry { Value = value, Hash = hash, Next = _buckets[bucket] - 1 };
            _buckets[bucket] = _count + 1;
            _count++;
            return value;
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

        private static int Hash(char[] buffer, int offset, int length)
        {
            // FNV-1a over UTF-16 code units: cheap, and good enough for short category labels.
            uint hash = 2166136261;
            for (int i = offset; i < offset + length; i++) hash = (hash ^ buffer[i]) * 16777619;
            return (int)hash;
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
