using System.Collections.Generic;

namespace AiFactory.Core.Data
{
    /// <summary>The data.missingValues markers: a field is missing when it equals one exactly (ordinal, no trimming).</summary>
    internal sealed class MissingValueMarkers
    {
        private readonly string[] _markers;
        private readonly HashSet<string> _set;
        private readonly HashSet<int> _lengths = new HashSet<int>();

        // Bit n set: some marker has n chars (n < 64). Every field of every row is filtered by its length first, and a
        // bit test costs a fraction of a hash lookup.
        private readonly ulong _shortLengths;

        public MissingValueMarkers(IReadOnlyList<string> markers)
        {
            _markers = new string[markers.Count];
            _set = new HashSet<string>(System.StringComparer.Ordinal);
            for (int i = 0; i < markers.Count; i++)
            {
                _markers[i] = markers[i] ?? throw new System.ArgumentException("A missing-value marker is null.", nameof(markers));
                _set.Add(markers[i]);
                _lengths.Add(markers[i].Length);
                if (markers[i].Length < 64) _shortLengths |= 1UL << markers[i].Length;
            }
        }

        /// <summary>True when some marker has this many chars (a cheap filter before comparing chars).</summary>
        public bool HasLength(int length) => length < 64 ? (_shortLengths >> length & 1) != 0 : _lengths.Contains(length);

        /// <summary>True when the field is a marker.</summary>
        public bool IsMarker(string field) => _set.Contains(field);

        /// <summary>True when <paramref name="length"/> chars of <paramref name="buffer"/> are a marker.</summary>
        public bool IsMarker(char[] buffer, int length) => Find(buffer, 0, length) != null;

        /// <summary>The marker equal to <paramref name="length"/> chars of <paramref name="buffer"/> at <paramref name="offset"/>, or null.</summary>
        public string? Find(char[] buffer, int offset, int length)
        {
            foreach (string marker in _markers)
            {
                if (marker.Length != length) continue;
                int i = 0;
                while (i < length && marker[i] == buffer[offset + i]) i++;
                if (i == length) return marker;
            }

            return null;
        }

        /// <summary>The markers as the manifest would write them, for messages: <c>"", "?"</c>.</summary>
        public string Describe() => _markers.Length == 0 ? "none" : string.Join(", ", System.Array.ConvertAll(_markers, m => "\"" + m + "\""));
    }
}
