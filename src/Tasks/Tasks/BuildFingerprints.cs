using System.Collections.Generic;
using System.IO;
using System.Linq;
using AiFactory.Core.Fairness;
using AiFactory.Core.Fingerprints;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Build.Tasks
{
    /// <summary>
    /// The fingerprints that key a governed build's stages, computed from the build's inputs in one place: by the prepare
    /// stage, which keys the stages on them, and by the verification after the build, which computes them again rather
    /// than trust a file the build wrote. Two computations could drift; one cannot.
    /// </summary>
    internal sealed class BuildFingerprints
    {
        private BuildFingerprints(string training, string evaluation, string uncertainty)
        {
            Training = training;
            Evaluation = evaluation;
            Uncertainty = uncertainty;
        }

        /// <summary>The training fingerprint ("" in predictions mode).</summary>
        public string Training { get; }

        /// <summary>The evaluation fingerprint.</summary>
        public string Evaluation { get; }

        /// <summary>The uncertainty fingerprint ("" without fairness intervals).</summary>
        public string Uncertainty { get; }

        /// <summary>How long a build waits for an input another process holds (another build's compiler writing the model assembly).</summary>
        internal static readonly System.TimeSpan InputWait = System.TimeSpan.FromSeconds(30);

        /// <summary>
        /// Computes the three fingerprints, waiting up to <paramref name="wait"/> (the build passes <see cref="InputWait"/>)
        /// while an input is held by another process (two builds of one project at once: the other's compiler is writing
        /// the model assembly this one hashes).
        /// </summary>
        /// <exception cref="DiagnosticException">
        /// <see cref="DiagnosticIds.BuildInputInUse"/> at <paramref name="project"/> when an input stays held.
        /// </exception>
        public static BuildFingerprints ComputeWhenReadable(ModelManifest manifest, string modelAssemblyPath, string repositoryRoot,
            IEnumerable<string> compilePackages, string packageVersion, FileHashCache hashes, string project, System.TimeSpan wait)
        {
            var waited = System.Diagnostics.Stopwatch.StartNew();
            for (int attempt = 1; ; attempt++)
            {
                try
                {
                    return Compute(manifest, modelAssemblyPath, repositoryRoot, compilePackages, packageVersion, hashes);
                }
                catch (IOException e) when (e is not FileNotFoundException && e is not DirectoryNotFoundException)
                {
                    if (waited.Elapsed >= wait)
                    {
                        throw new DiagnosticException(Diagnostic.Error(DiagnosticIds.BuildInputInUse,
                            $"an input of the governed build could not be read for {wait.TotalSeconds:0.#} s: {e.Message} " +
                            "Another build of this project (or another process) holds it; let that build finish, then build again",
                            new SourceLocation(project, 0, 0)));
                    }

                    System.Threading.Thread.Sleep(System.Math.Min(1000, 100 * attempt));
                }
            }
        }

        /// <summary>Computes the three fingerprints (an input another process holds is an <see cref="IOException"/>).</summary>
        /// <param name="manifest">The effective manifest (policies applied).</param>
        /// <param name="modelAssemblyPath">The compiled model assembly.</param>
        /// <param name="repositoryRoot">The repository root found from the manifest's folder ("" when none).</param>
        /// <param name="compilePackages">The items <c>@(ReferencePath->'%(NuGetPackageId)/%(NuGetPackageVersion)')</c>.</param>
        /// <param name="packageVersion">The version of AiFactory.Build.</param>
        /// <param name="hashes">The state folder's hash cache.</param>
        private static BuildFingerprints Compute(ModelManifest manifest, string modelAssemblyPath, string repositoryRoot,
            IEnumerable<string> compilePackages, string packageVersion, FileHashCache hashes)
        {
            // Paths in the model's string literals count from the repository root, so another clone has the same code.
            string training = ModelFingerprints.Training(manifest, modelAssemblyPath, packageVersion, hashes,
                repositoryRoot.Length == 0 ? null : repositoryRoot, PackagesOf(compilePackages));
            string evaluation = ModelFingerprints.Evaluation(manifest, training, packageVersion, hashes);
            FairnessSettings fairness = FairnessSettings.From(manifest);
            string uncertainty = fairness.EstimatesIntervals ? fairness.Fingerprint(evaluation, packageVersion) : "";
            return new BuildFingerprints(training, evaluation, uncertainty);
        }

        // References that come from no package (the framework, project references) have neither an id nor a version.
        private static IEnumerable<string> PackagesOf(IEnumerable<string> compilePackages) =>
            compilePackages.Where(p => !p.StartsWith("/", System.StringComparison.Ordinal) && !p.EndsWith("/", System.StringComparison.Ordinal));
    }
}
