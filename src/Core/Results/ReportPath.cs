using System;
using System.IO;

namespace AiFactory.Core.Results
{
    /// <summary>
    /// Paths as results and messages show them: relative to the manifest's folder with '/' separators, so that the same
    /// project gives the same results.json on every machine; absolute (still with '/') only for files outside that folder.
    /// </summary>
    internal static class ReportPath
    {
        /// <summary>
        /// <paramref name="path"/> relative to <paramref name="baseDirectory"/> when it lies inside it, else absolute;
        /// '/' separators either way. A relative <paramref name="path"/> is taken as relative to the base.
        /// </summary>
        public static string Relative(string baseDirectory, string path)
        {
            if (baseDirectory is null)
            {
                throw new ArgumentNullException(nameof(baseDirectory));
            }

            if (string.IsNullOrEmpty(path))
            {
                return path ?? "";
            }

            if (baseDirectory.Length == 0)
            {
                return path.Replace('\\', '/');
            }

            string full = Path.GetFullPath(Path.Combine(baseDirectory, path));
            string root = Path.GetFullPath(baseDirectory).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);

            // Windows file names ignore case; elsewhere they do not.
            StringComparison comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            string relative;
            if (string.Equals(full, root, comparison))
            {
                relative = ".";
            }
            else if (full.StartsWith(root + Path.DirectorySeparatorChar, comparison))
            {
                relative = full.Substring(root.Length + 1);
            }
            else
            {
                relative = full;
            }

            return relative.Replace('\\', '/');
        }

        /// <summary>
        /// <paramref name="path"/> of a file in <paramref name="baseDirectory"/> or a folder above it (a policy), as
        /// <c>../</c> steps and its name, so results stay the same on every machine; otherwise as <see cref="Relative"/>.
        /// </summary>
        public static string FromAncestor(string baseDirectory, string path)
        {
            string folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? "";
            string steps = "";
            for (string? dir = Path.GetFullPath(baseDirectory).TrimEnd(Path.DirectorySeparatorChar); dir != null; dir = Path.GetDirectoryName(dir))
            {
                if (string.Equals(dir.TrimEnd(Path.DirectorySeparatorChar), folder.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
                {
                    return steps + Path.GetFileName(path);
                }

                steps += "../";
            }

            return Relative(baseDirectory, path);
        }
    
        /// <summary>
        /// <paramref name="path"/> relative to <paramref name="baseDirectory"/>, with <c>../</c> steps where needed, when
        /// both lie inside <paramref name="repositoryRoot"/>: the same text in every clone of the repository. A file
        /// outside the repository is written as <see cref="Relative"/> writes it (absolute).
        /// </summary>
        public static string InRepository(string baseDirectory, string repositoryRoot, string path)
        {
            if (baseDirectory is null)
            {
                throw new ArgumentNullException(nameof(baseDirectory));
            }

            if (string.IsNullOrEmpty(repositoryRoot) || string.IsNullOrEmpty(path))
            {
                return Relative(baseDirectory, path);
            }

            StringComparison comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            string[] root = Segments(repositoryRoot);
            string[] from = Segments(baseDirectory);
            string[] to = Segments(Path.Combine(baseDirectory, path));
            if (!StartsWith(from, root, comparison) || !StartsWith(to, root, comparison))
            {
                return Relative(baseDirectory, path);
            }

            int common = root.Length;
            while (common < from.Length && common < to.Length && string.Equals(from[common], to[common], comparison))
            {
                common++;
            }

            var parts = new System.Collections.Generic.List<string>();
            for (int i = common; i < from.Length; i++)
            {
                parts.Add("..");
            }

            for (int i = common; i < to.Length; i++)
            {
                parts.Add(to[i]);
            }

            return parts.Count == 0 ? "." : string.Join("/", parts);
        }

        private static string[] Segments(string path) =>
            Path.GetFullPath(path).Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries);

        private static bool StartsWith(string[] path, string[] prefix, StringComparison comparison)
        {
            if (path.Length < prefix.Length)
            {
                return false;
            }

            for (int i = 0; i < prefix.Length; i++)
            {
                if (!string.Equals(path[i], prefix[i], comparison))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
