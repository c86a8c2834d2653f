using System;
using System.Collections.Generic;
using System.IO;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Json;

namespace AiFactory.Manifest.Reading
{
    /// <summary>
    /// Resolves the file paths a manifest names (data.train, data.test, gates.baseline.results) against the manifest's
    /// folder, and checks that each exists (AIF2007) and lies inside the repository or an allowed root (AIF2008). When the
    /// options allow IO (<see cref="ManifestReadOptions.FileExists"/>), containment compares the paths with their symbolic
    /// links followed: a link that leaves the repository is refused like a path that does.
    /// </summary>
    internal sealed class DataPaths
    {
        private readonly ReadContext _context;
        private readonly string? _repositoryRoot;
        private readonly List<string> _allowedRoots = new List<string>();
        private readonly bool _followLinks;

        /// <param name="context">The reading.</param>
        /// <param name="manifestRoots">data.allowedRoots, already resolved to absolute folders.</param>
        public DataPaths(ReadContext context, IReadOnlyList<string> manifestRoots)
        {
            _context = context;
            ManifestReadOptions options = context.Options;
            _followLinks = options.FileExists != null;
            if (options.RepositoryRoot != null)
            {
                _repositoryRoot = Real(PathContainment.Normalize(options.RepositoryRoot));
            }

            foreach (string root in manifestRoots)
            {
                _allowedRoots.Add(Real(PathContainment.Normalize(root)));
            }

            foreach (string root in options.AllowedDataRoots ?? Array.Empty<string>())
            {
                string? resolved = root == null || root.Trim().Length == 0 ? null : TryResolve(context.ManifestDirectory, root.Trim());
                if (resolved != null)
                {
                    _allowedRoots.Add(Real(resolved));
                }
            }
        }

        /// <summary>
        /// A path value made absolute (relative to the manifest's folder; '/' and '\' both separate), or null with
        /// AIF2010 when it is not a valid path. Does not check the file.
        /// </summary>
        public static string? Resolve(ReadContext context, string keyPath, JsonString value)
        {
            string? full = TryResolve(context.ManifestDirectory, value.Value);
            if (full == null)
            {
                context.Error(
                    DiagnosticIds.InvalidValue,
                    $"{keyPath} \"{value.Value}\" is not a valid path; write a path relative to the manifest's folder, such as \"data/test.csv\"",
                    context.At(value));
            }

            return full;
        }

        /// <summary>Resolves a file path and checks containment and existence; null only when it is not a path.</summary>
        public string? ResolveFile(string keyPath, JsonString value)
        {
            string? full = Resolve(_context, keyPath, value);
            if (full == null)
            {
                return null;
            }

            string real = Real(full);
            if (_repositoryRoot != null && !IsAllowed(real))
            {
                string roots = _allowedRoots.Count == 0
                    ? $"outside the repository ({_repositoryRoot})"
                    : $"outside the repository ({_repositoryRoot}) and every allowed data root ({string.Join(", ", _allowedRoots)})";
                string resolves = real == full ? full : $"{full}, which through a symbolic link is {real}";
                _context.Error(
                    DiagnosticIds.PathOutsideRepository,
                    $"{keyPath} resolves to {resolves}, {roots}, so a build on another machine or in CI would not find it; " +
                    "move the data into the repository, or list its folder under data.allowedRoots or in the AiFactoryAllowedDataRoots MSBuild property",
                    _context.At(value));
            }

            if (_context.Options.FileExists != null && !_context.Options.FileExists(full))
            {
                _context.Error(
                    DiagnosticIds.FileNotFound,
                    $"{keyPath} names a file that does not exist: {full} (paths are relative to the manifest's folder, {_context.ManifestDirectory}); fix the path or create the file",
                    _context.At(value));
            }

            return full;
        }

        /// <summary>The path with its links followed when IO is allowed, as written otherwise.</summary>
        private string Real(string full) => _followLinks ? LinkResolution.Resolve(full) : full;

        private bool IsAllowed(string full)
        {
            if (_repositoryRoot != null && PathContainment.IsUnder(full, _repositoryRoot))
            {
                return true;
            }

            foreach (string root in _allowedRoots)
            {
                if (PathContainment.IsUnder(full, root))
                {
                    return true;
                }
            }

            return false;
        }

        private static string? TryResolve(string directory, string value)
        {
            try
            {
                return PathContainment.Normalize(Path.Combine(directory, PathContainment.FromManifest(value)));
            }
            catch (ArgumentException)
            {
                return null;
            }
            catch (NotSupportedException)
            {
                return null;
            }
            catch (PathTooLongException)
            {
                return null;
            }
        }
    }
}
