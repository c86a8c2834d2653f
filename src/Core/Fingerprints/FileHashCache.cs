using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using AiFactory.Core.IO;

namespace AiFactory.Core.Fingerprints
{
    /// <summary>
    /// Content hashes of input files and code hashes of compiled assemblies, remembered by (path, length, last write
    /// time) so that a no-op build hashes nothing: data files can be large, and the fingerprints are computed on every build.
    /// </summary>
    internal sealed class FileHashCache
    {
        private readonly string? _cachePath;
        private readonly Dictionary<string, Entry> _entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        private bool _dirty;

        private FileHashCache(string? cachePath)
        {
            _cachePath = cachePath;
        }

        /// <summary>A cache that lives only in memory.</summary>
        public static FileHashCache InMemory() => new FileHashCache(null);

        /// <summary>Loads the cache file (a missing or damaged file is an empty cache).</summary>
        public static FileHashCache Load(string cachePath)
        {
            var cache = new FileHashCache(cachePath);
            if (!File.Exists(cachePath))
            {
                return cache;
            }

            try
            {
                foreach (string line in File.ReadAllLines(cachePath))
                {
                    string[] parts = line.Split('\t');
                    if (parts.Length == 4 &&
                        long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out long length) &&
                        long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out long ticks))
                    {
                        cache._entries[parts[0]] = new Entry(length, ticks, parts[3]);
                    }
                }
            }
            catch (IOException)
            {
                // A cache is only a shortcut: when it can't be read, hashes are computed again.
            }

            return cache;
        }

        /// <summary>The SHA-256 of a file's content, from the cache when the file is unchanged.</summary>
        public string GetHash(string path)
        {
            string fullPath = Path.GetFullPath(path);
            return Cached(fullPath, fullPath, () => Sha256.OfFile(fullPath));
        }

        /// <summary>
        /// The code hash of a compiled assembly (<see cref="CodeFingerprint"/>), from the cache when the file is
        /// unchanged: a no-op build reads no metadata. Kept apart from the file's content hash, keyed by the fingerprint's
        /// version and the source root too, so a newer definition or another root never reuses an old hash.
        /// </summary>
        public string GetCodeHash(string assemblyPath, string? sourceRoot)
        {
            string fullPath = Path.GetFullPath(assemblyPath);
            string key = CodeFingerprint.Version + "|" + (sourceRoot ?? "") + "|" + fullPath;
            return Cached(key, fullPath, () => CodeFingerprint.Of(fullPath, sourceRoot));
        }

        private string Cached(string key, string fullPath, Func<string> compute)
        {
            var info = new FileInfo(fullPath);
            long length = info.Length;
            long ticks = info.LastWriteTimeUtc.Ticks;
            if (_entries.TryGetValue(key, out Entry? entry) && entry.Length == length && entry.Ticks == ticks)
            {
                return entry.Hash;
            }

            string hash = compute();
            _entries[key] = new Entry(length, ticks, hash);
            _dirty = true;
            return hash;
        }

        /// <summary>Writes the cache back when a hash was computed.</summary>
        public void Save()
        {
            if (!_dirty || _cachePath is null)
            {
                return;
            }

            var sb = new StringBuilder();
            foreach (var pair in _entries)
            {
                sb.Append(pair.Key).Append('\t')
                  .Append(pair.Value.Length.ToString(CultureInfo.InvariantCulture)).Append('\t')
                  .Append(pair.Value.Ticks.ToString(CultureInfo.InvariantCulture)).Append('\t')
                  .Append(pair.Value.Hash).Append('\n');
            }

            Directory.CreateDirectory(Path.GetDirectoryName(_cachePath)!);
            AtomicFile.WriteAllTextIfChanged(_cachePath, sb.ToString());
            _dirty = false;
        }

        private sealed class Entry
        {
            public Entry(long length, long ticks, string hash)
            {
                Length = length;
                Ticks = ticks;
                Hash = hash;
            }

            public long Length { get; }

            public long Ticks { get; }

            public string Hash { get; }
        }
    }
}
