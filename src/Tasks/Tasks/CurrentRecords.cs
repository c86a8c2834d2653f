using System.IO;
using AiFactory.Core.Evaluation;
using AiFactory.Core.Fairness;
using AiFactory.Core.Protocol;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Build.Tasks
{
    /// <summary>
    /// The records of the out-of-process stages (evaluation, fairness intervals) in the state folder, only when they were
    /// made from the current inputs: otherwise the reason, as error AIF4007 (or the record's own read error).
    /// </summary>
    internal static class CurrentRecords
    {
        /// <summary>The evaluation of the model with these fingerprints, or null and <paramref name="problem"/>.</summary>
        public static EvaluationRecord? Evaluation(string statePath, ModelManifest manifest, string trainingFingerprint,
            string evaluationFingerprint, bool skipTraining, out Diagnostic? problem)
        {
            problem = null;
            string path = Path.Combine(statePath, OutputFiles.EvaluationRecord);
            var at = new SourceLocation(manifest.FilePath, 0, 0);
            bool mlnet = manifest.Model.Source == ModelSource.MLNet;
            string skipHint = skipTraining && mlnet
                ? "training was skipped (AiFactorySkipTraining=true); build without it to train the model for the current inputs"
                : "build again to evaluate the current model";
            if (!File.Exists(path))
            {
                problem = Diagnostic.Error(DiagnosticIds.StaleResults,
                    $"there is no evaluation of the current model, so no gate can be judged; {skipHint}", at);
                return null;
            }

            EvaluationRecord? record = Read(path, EvaluationRecord.ReadFrom, out problem);
            if (record == null)
            {
                return null;
            }

            if (mlnet && record.TrainingFingerprint != trainingFingerprint)
            {
                problem = Diagnostic.Error(DiagnosticIds.StaleResults,
                    "the evaluated model was trained on other inputs than the current ones (training data, model code, " +
                    $"seed or package version changed), so no gate can be judged; {skipHint}", at);
                return null;
            }

            if (record.EvaluationFingerprint != evaluationFingerprint)
            {
                problem = Diagnostic.Error(DiagnosticIds.StaleResults,
                    "the recorded evaluation does not match the current test data or evaluation settings, so no gate " +
                    $"can be judged; {skipHint}", at);
                return null;
            }

            return record;
        }

        /// <summary>
        /// The fairness intervals, only if they were estimated from this evaluation under the current settings: the
        /// expected fingerprint is computed here from the manifest just read, so a stale interval never judges a gate.
        /// </summary>
        public static UncertaintyRecord? Uncertainty(string statePath, ModelManifest manifest, EvaluationRecord evaluation,
            string packageVersion, out Diagnostic? problem)
        {
            problem = null;
            string path = Path.Combine(statePath, OutputFiles.UncertaintyRecord);
            var at = new SourceLocation(manifest.FilePath, 0, 0);
            if (!File.Exists(path))
            {
                problem = Diagnostic.Error(DiagnosticIds.StaleResults,
                    "the fairness intervals of the current evaluation were not estimated, so no gate can be judged; build again to estimate them", at);
                return null;
            }

            UncertaintyRecord? record = Read(path, UncertaintyRecord.ReadFrom, out problem);
            if (record == null)
            {
                return null;
            }

            string expected = FairnessSettings.From(manifest).Fingerprint(evaluation.EvaluationFingerprint, packageVersion);
            if (record.EvaluationFingerprint != evaluation.EvaluationFingerprint || record.Fingerprint != expected)
            {
                problem = Diagnostic.Error(DiagnosticIds.StaleResults,
                    "the recorded fairness intervals were estimated from another evaluation or other settings (groups, minimum sizes, " +
                    "confidence, resamples or seed), so no gate can be judged; build again to estimate them for the current inputs", at);
                return null;
            }

            return record;
        }

        private static T? Read<T>(string path, System.Func<string, T> read, out Diagnostic? problem)
            where T : class
        {
            problem = null;
            try
            {
                return read(path);
            }
            catch (DiagnosticException e)
            {
                problem = e.Diagnostic;
                return null;
            }
        }
    }
}
