using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Fingerprints
{
    /// <summary>
    /// The fingerprints that key the build's stages. Training is keyed on its inputs only (training data, the compiled
    /// model code's IL and references, the packages it compiles against, seed, package version, how the data is read)
    /// and on nothing that changes with the checkout (commit, folder, PDB path); evaluation on the trained model's fingerprint plus
    /// its own settings (test data, decision threshold). Gate thresholds are in neither: changing one only re-checks.
    /// </summary>
    internal static class ModelFingerprints
    {
        /// <summary>The training fingerprint, or "" when the model is not trained in the build (predictions mode).</summary>
        /// <param name="manifest">The effective manifest.</param>
        /// <param name="modelAssemblyPath">The compiled model assembly: its code hash (<see cref="CodeFingerprint"/>) is an input, its bytes are not.</param>
        /// <param name="packageVersion">The version of AiFactory.Build.</param>
        /// <param name="hashes">The hash cache.</param>
        /// <param name="sourceRoot">The repository root: string literals of paths under it count relative to it.</param>
        /// <param name="packages">The NuGet packages the model compiles against, as id/version (an assembly reference
        /// carries the assembly version, which many packages keep from release to release).</param>
        public static string Training(ModelManifest manifest, string modelAssemblyPath, string packageVersion, FileHashCache hashes,
            string? sourceRoot, IEnumerable<string> packages)
        {
            if (manifest.Model.Source != ModelSource.MLNet)
            {
                return "";
            }

            var text = new StringBuilder();
            Line(text, "stage", "training/2");
            Line(text, "package", packageVersion);
            Line(text, "seed", manifest.Model.Seed.ToString(CultureInfo.InvariantCulture));
            Line(text, "trainData", manifest.Data.TrainPath is null ? "" : hashes.GetHash(manifest.Data.TrainPath));
            Line(text, "modelCode", hashes.GetCodeHash(modelAssemblyPath, sourceRoot));
            Line(text, "packages", string.Join(",", packages
                .Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(p => p, StringComparer.OrdinalIgnoreCase)));
            DataReading(text, manifest.Data);
            return Sha256.OfText(text.ToString());
        }

        /// <summary>The evaluation fingerprint: the training fingerprint plus the evaluation settings.</summary>
        public static string Evaluation(ModelManifest manifest, string trainingFingerprint, string packageVersion, FileHashCache hashes)
        {
            var text = new StringBuilder();
            Line(text, "stage", "evaluation/1");
            Line(text, "package", packageVersion);
            Line(text, "source", manifest.Model.Source.ToString());
            Line(text, "training", trainingFingerprint);
            Line(text, "testData", hashes.GetHash(manifest.Data.TestPath));
            Line(text, "threshold", manifest.Model.Threshold.ToString("R", CultureInfo.InvariantCulture));
            Line(text, "score", manifest.Data.Score ?? "");
            Line(text, "prediction", manifest.Data.Prediction ?? "");
            // How sensitive attributes are cut into groups changes the group counts the evaluation records.
            Line(text, "bins", string.Join(";", manifest.Data.Bins.Select(b => b.Column + ":" + string.Join(",", b.Edges.Select(e => e.ToString("R", CultureInfo.InvariantCulture))))));
            DataReading(text, manifest.Data);
            return Sha256.OfText(text.ToString());
        }

        private static void DataReading(StringBuilder text, DataSection data)
        {
            Line(text, "label", data.Label);
            Line(text, "positive", data.Positive);
            Line(text, "columns", string.Join(",", data.Columns.Select(c => c.Name + ":" + c.Type)));
            Line(text, "sensitive", string.Join(",", data.Sensitive));
            Line(text, "missing", string.Join(",", data.MissingValues.Select(Quote)));
            Line(text, "onBadRow", data.OnBadRow == BadRowAction.Skip ? "skip" : "error");
        }

        private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"") + "\"";

        private static void Line(StringBuilder text, string key, string value) =>
            text.Append(key).Append('=').Append(value.Replace("\n", "\\n")).Append('\n');
    }
}
