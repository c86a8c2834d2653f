using System;
using System.Collections.Generic;
using System.IO;
using AiFactory.Core.Baseline;
using AiFactory.Core.Fingerprints;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Results
{
    /// <summary>
    /// The files a build's results come from, each with its SHA-256: the manifest, the training and test data, the
    /// baseline results with the test-scores.csv beside them when there is one, and every policy applied with its waivers file, nearest first (the order they are applied in).
    /// Paths count from the manifest's folder, so the list is the same in every clone.
    /// </summary>
    internal static class InputFiles
    {
        /// <summary>The input files of <paramref name="manifest"/> (read with its policies applied).</summary>
        /// <param name="manifest">The effective manifest.</param>
        /// <param name="repositoryRoot">The repository root: files inside it are written relative to the manifest's folder.</param>
        /// <param name="hashes">The hash cache (the prepare stage hashed the data already).</param>
        public static IReadOnlyList<InputFile> Of(ModelManifest manifest, string repositoryRoot, FileHashCache hashes)
        {
            if (manifest is null)
            {
                throw new ArgumentNullException(nameof(manifest));
            }

            if (hashes is null)
            {
                throw new ArgumentNullException(nameof(hashes));
            }

            var files = new List<InputFile>();
            void Add(string role, string path) =>
                files.Add(new InputFile(role, ReportPath.InRepository(manifest.Directory, repositoryRoot, path), hashes.GetHash(path)));

            Add("manifest", manifest.FilePath);
            if (manifest.Data.TrainPath != null)
            {
                Add("trainData", manifest.Data.TrainPath);
            }

            Add("testData", manifest.Data.TestPath);
            if (manifest.Gates.Baseline != null)
            {
                Add("baseline", manifest.Gates.Baseline.ResultsPath);
                string baselineRows = PairedScores.PathNextTo(manifest.Gates.Baseline.ResultsPath);
                if (File.Exists(baselineRows))
                {
                    Add("baselineTestScores", baselineRows);
                }
            }

            foreach (GovernancePolicy policy in manifest.Policies)
            {
                Add("policy", policy.FilePath);
                if (policy.WaiversFilePath != null)
                {
                    Add("waivers", policy.WaiversFilePath);
                }
            }

            return files;
        }
    }
}
