using System.Collections.Generic;
using System.Linq;
using AiFactory.Core.Fairness;
using AiFactory.Core.Fingerprints;
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

        /// <summary>Computes the three fingerprints.</summary>
        /// <param name="manifest">The effective manifest (policies applied).</param>
        /// <param name="modelAssemblyPath">The compiled model assembly.</param>
        /// <param name="repositoryRoot">The repository root found from the manifest's folder ("" when none).</param>
        /// <param name="compilePackages">The items <c>@(ReferencePath->'%(NuGetPackageId)/%(NuGetPackageVersion)')</c>.</param>
        /// <param name="packageVersion">The version of AiFactory.Build.</param>
        /// <param name="hashes">The state folder's hash cache.</param>
        public static BuildFingerprints Compute(ModelManifest manifest, string modelAssemblyPath, string repositoryRoot,
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
