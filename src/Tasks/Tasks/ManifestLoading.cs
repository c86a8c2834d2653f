using System;
using System.IO;
using System.Linq;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;
using Microsoft.Build.Utilities;

namespace AiFactory.Build.Tasks
{
    /// <summary>Reads the project's aifactory.json with the build's settings and logs whatever is wrong with it.</summary>
    internal static class ManifestLoading
    {
        /// <summary>Splits the semicolon-separated AiFactoryAllowedDataRoots property into absolute folders.</summary>
        public static string[] AllowedRoots(string? property, string projectDirectory) =>
            (property ?? "").Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(r => r.Trim())
                .Where(r => r.Length > 0)
                .Select(r => Path.GetFullPath(Path.Combine(projectDirectory, r)))
                .ToArray();

        /// <summary>Reads and validates the manifest; returns null when it has errors.</summary>
        public static ModelManifest? Load(TaskLoggingHelper log, string manifestPath, string repositoryRoot, string[] allowedRoots, bool logDiagnostics = true)
        {
            var options = new ManifestReadOptions
            {
                RepositoryRoot = repositoryRoot,
                AllowedDataRoots = allowedRoots,
                FileExists = File.Exists,
            };
            ManifestReadResult result = ManifestReader.ReadFile(manifestPath, options);
            // The check stage reads the manifest again; only the first read reports its problems.
            foreach (Diagnostic diagnostic in logDiagnostics ? result.Diagnostics : new Diagnostic[0])
            {
                DiagnosticLogging.Log(log, diagnostic);
            }

            return result.HasErrors ? null : result.Manifest;
        }
    }
}
