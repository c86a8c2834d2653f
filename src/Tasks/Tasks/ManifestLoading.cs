using System;
using System.IO;
using System.Linq;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Policy;
using AiFactory.Manifest.Reading;
using Microsoft.Build.Utilities;

namespace AiFactory.Build.Tasks
{
    /// <summary>Reads the project's aifactory.json with the build's settings and logs whatever is wrong with it.</summary>
    internal static class ManifestLoading
    {
        private static readonly char[] RootSeparator = { ';' };

        /// <summary>Splits the semicolon-separated AiFactoryAllowedDataRoots property into absolute folders.</summary>
        public static string[] AllowedRoots(string? property, string projectDirectory) =>
            (property ?? "").Split(RootSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(r => r.Trim())
                .Where(r => r.Length > 0)
                .Select(r => Path.GetFullPath(Path.Combine(projectDirectory, r)))
                .ToArray();

        /// <summary>
        /// Reads and validates the manifest with the policy above it applied (docs/policy.md); logs the diagnostics
        /// <paramref name="shouldLog"/> picks (all when null); returns null when there are errors.
        /// </summary>
        public static ModelManifest? Load(TaskLoggingHelper log, string manifestPath, string repositoryRoot, string[] allowedRoots,
            Func<Diagnostic, bool>? shouldLog = null)
        {
            var options = new ManifestReadOptions
            {
                RepositoryRoot = repositoryRoot,
                AllowedDataRoots = allowedRoots,
                FileExists = File.Exists,
            };
            ManifestReadResult result = GovernedManifest.ReadFile(manifestPath, options);
            foreach (Diagnostic diagnostic in result.Diagnostics)
            {
                if (shouldLog == null || shouldLog(diagnostic))
                {
                    DiagnosticLogging.Log(log, diagnostic);
                }
            }

            return result.HasErrors ? null : result.Manifest;
        }

        /// <summary>
        /// Error AIF2030, at the project file, when a policy above the project does not govern its manifest (the manifest
        /// lies outside the policy's folder): where the project lives decides its policy. Returns false then.
        /// </summary>
        public static bool ManifestUnderProjectPolicy(TaskLoggingHelper log, string manifestPath, string projectFile)
        {
            string? policy = PolicyLocator.NotGoverning(manifestPath, Path.GetDirectoryName(Path.GetFullPath(projectFile))!);
            if (policy == null)
            {
                return true;
            }

            DiagnosticLogging.Log(log, Diagnostic.Error(DiagnosticIds.GovernanceBypassed,
                $"the manifest {Path.GetFullPath(manifestPath)} is outside the folder of the policy {policy} that governs " +
                $"{Path.GetFileNameWithoutExtension(projectFile)}: where the project lives decides its policy, and the manifest " +
                "would escape it. Keep the manifest in the project's folder (remove AiFactoryManifest) or elsewhere under the policy's folder",
                new SourceLocation(projectFile, 0, 0)));
            return false;
        }

        /// <summary>What the prepare stage logs: everything but the waiver warnings, which the check stage shows on every build.</summary>
        public static bool PrepareLogs(Diagnostic diagnostic) =>
            !(PolicyApplier.IsWaiverDiagnostic(diagnostic) && diagnostic.Severity == DiagnosticSeverity.Warning);

        /// <summary>
        /// What the check stage logs: the waivers, which depend on the date (the other problems stopped the prepare
        /// stage already, and an expiry that came since is caught here).
        /// </summary>
        public static bool CheckLogs(Diagnostic diagnostic) => PolicyApplier.IsWaiverDiagnostic(diagnostic);
    }
}
