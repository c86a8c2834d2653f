using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace AiFactory.Manifest.Reading
{
    /// <summary>
    /// The path a file really has: every symbolic link (or junction) along a full path followed, as the containment
    /// check needs — a link inside the repository that points elsewhere leaves it. Does IO; the reader calls it only when
    /// its options allow IO.
    /// </summary>
    internal static class LinkResolution
    {
        // More links than this along one path is a loop (Linux gives up at 40 too).
        private const int MaxLinks = 40;

        // FileSystemInfo.LinkTarget exists from .NET 6 on; this library targets netstandard2.0, so it is looked up once.
        // Where it does not exist (.NET Framework, Windows-only MSBuild), paths are compared as written.
        private static readonly PropertyInfo? LinkTarget = typeof(FileSystemInfo).GetProperty("LinkTarget", BindingFlags.Public | BindingFlags.Instance);

        private static readonly char[] Separators = { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar };

        /// <summary>
        /// <paramref name="fullPath"/> (normalized, absolute) with its links followed, normalized; the part from the
        /// first name that does not exist on is kept as written. A loop of links leaves the path where it was found.
        /// </summary>
        public static string Resolve(string fullPath)
        {
            if (LinkTarget == null)
            {
                return fullPath;
            }

            string path = fullPath;
            int links = 0;
            bool restart = true;
            while (restart)
            {
                restart = false;
                string root = Path.GetPathRoot(path) ?? "";
                string[] names = path.Substring(root.Length).Split(Separators, StringSplitOptions.RemoveEmptyEntries);
                string current = root;
                for (int i = 0; i < names.Length; i++)
                {
                    string next = Path.Combine(current, names[i]);
                    string? target = TargetOf(next);
                    if (target == null)
                    {
                        current = next;
                        continue;
                    }

                    if (++links > MaxLinks)
                    {
                        return path;
                    }

                    // A relative target is relative to the folder holding the link.
                    var rest = new List<string> { Path.Combine(current, target) };
                    for (int j = i + 1; j < names.Length; j++)
                    {
                        rest.Add(names[j]);
                    }

                    path = PathContainment.Normalize(Path.Combine(rest.ToArray()));
                    restart = true;
                    break;
                }
            }

            return path;
        }

        private static string? TargetOf(string path)
        {
            try
            {
                return LinkTarget!.GetValue(new FileInfo(path)) as string;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is TargetInvocationException
                || e is ArgumentException || e is NotSupportedException)
            {
                // A name that does not exist, or cannot be read, is no link to follow.
                return null;
            }
        }
    }
}
