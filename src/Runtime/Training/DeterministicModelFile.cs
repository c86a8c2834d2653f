using System;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace AiFactory.Training
{
    /// <summary>
    /// ML.NET's model zip differs between two saves of the same model only by its entries' timestamps. Rewriting the
    /// entries with one fixed timestamp, in a fixed order, makes the same model give the same bytes and so the same hash.
    /// </summary>
    internal static class DeterministicModelFile
    {
        private static readonly DateTimeOffset FixedTimestamp = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

        /// <summary>Returns the normalized bytes of a model zip.</summary>
        public static byte[] Normalize(byte[] modelZip)
        {
            using var input = new ZipArchive(new MemoryStream(modelZip), ZipArchiveMode.Read);
            using var output = new MemoryStream();
            using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (ZipArchiveEntry entry in input.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
                {
                    ZipArchiveEntry copy = archive.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                    copy.LastWriteTime = FixedTimestamp;
                    using Stream from = entry.Open();
                    using Stream to = copy.Open();
                    from.CopyTo(to);
                }
            }

            return output.ToArray();
        }
    }
}
