using System;
using System.IO;
using System.Runtime.InteropServices;

namespace AiFactory.Manifest.Reading
{
    /// <summary>Whether one absolute path lies under a folder, by text alone (no IO), as the containment check needs.</summary>
    internal static class PathContainment
    {
        // Windows file systems ignore case; Linux ones do not (and macOS is configurable: stay strict there).
        private static readonly StringComparison Comparison =
            RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

        /// <summary>The full path without a trailing separator (but a file-system root keeps its own).</summary>
        public static string Normalize(string path)
        {
            string full = Path.GetFullPath(path);
            string root = Path.GetPathRoot(full) ?? "";
            while (full.Length > root.Length && IsSeparator(full[full.Length - 1]))
            {
                full = full.Substring(0, full.Length - 1);
            }

            return full;
        }

        /// <summary>
        /// True when <paramref name="path"/> is <paramref name="folder"/> or inside it, on a directory boundary:
        /// /repo2/x is not under /repo. Both must be normalized full paths.
        /// </summary>
        public static bool IsUnder(string path, string folder)
        {
            if (string.Equals(path, folder, Comparison))
            {
                return true;
            }

            string prefix = folder.Length > 0 && IsSeparator(folder[folder.Length - 1]) ? folder : folder + Path.DirectorySeparatorChar;
            return path.StartsWith(prefix, Comparison);
        }

        /// <summary>A path written in the manifest with either separator, in this platform's form.</summary>
        public static string FromManifest(string value) =>
            value.Replace('\\', Path.DirectorySeparatorChar).Replace('/', Path.DirectorySeparatorChar);

        private static bool IsSeparator(char c) => c == Path.DirectorySeparatorChar || c == Path.AltDirectorySeparatorChar;
    }
}
