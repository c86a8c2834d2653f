using System.Collections.Generic;

namespace AiFactory.Core.Data
{
    /// <summary>The data.missingValues markers: a field is missing when it equals one exactly (ordinal, no trimming).</summary>
    internal sealed class MissingValueMarkers
    {
        private readonly string[] _markers;
        private readonly HashSet<string> _set;
        private readonly HashSet<int> _lengths = new HashSet<int>();

        public MissingValueMarkers(IReadOnlyList<string> markers)
        {
            _markers = new string[markers.Count];
            _set = new HashSet<string>(System.StringComparer.Ordinal);
            for (int i = 0; i < markers.Count; i++)
            {
                _markers[i] = markers[i] ?? throw new System.ArgumentException("A missing-value marker is null.", nameof(markers));
                _set.Add(markers[i]);
                _lengths.Add(markers[i].Length);
            }
        }

        /// <summary>True when some marker has this many chars (a cheap filter before comparing chars).</summary>
        public bool HasLength(int length) => _lengths.Contains(length);

        /// <summary>True when the field is a marker.</summary>
        public bool IsMarker(string field) => _set.Contains(field);

        /// <summary>True when <paramref name="length"/> chars of <paramref name="buffer"/> are a marker.</summary>
        public bool IsMarker(char[] buffer, int length)
        {
            foreach (string marker in _markers)
            {
                if (marker.Length != length) continue;
                int i = 0;
                while (i < length && marker[i] == buffer[i]) i++;
                if (i == length) return true;
            }

            return false;
        }

        /// <summary>The markers as the manifest would write them, for messages: <c>"", "?"</c>.</summary>
        public string Describe() => _markers.Length == 0 ? "none" : string.Join(", ", System.Array.ConvertAll(_markers, m => "\"" + m + "\""));
    }
}
