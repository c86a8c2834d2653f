using System;
using System.Globalization;
using System.IO;
using System.Reflection;
using AiFactory.Core.Evaluation;
using AiFactory.Core.Fairness;
using AiFactory.Core.IO;
using AiFactory.Evaluation;
using AiFactory.Core.Protocol;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Policy;
using AiFactory.Manifest.Reading;
using AiFactory.Training;

namespace AiFactory.Hosting
{
    /// <summary>
    /// The entry point of a governed model project. The package compiles a <c>Main</c> into the project that calls
    /// <see cref="Run(string[], Assembly)"/>; the build then starts the built project as its own process to train and evaluate, so ML.NET
    /// never loads inside MSBuild and the project's own dependencies are the ones used.
    /// </summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static class FactoryHost
    {
        /// <summary>Runs a stage; returns the process exit code (0 success, 1 a reported problem, 2 bad usage).</summary>
        public static int Run(string[] args, Assembly modelAssembly)
        {
            return Run(args, modelAssembly, Console.Out);
        }

        /// <summary>Runs a stage, writing the runner protocol to <paramref name="output"/>.</summary>
        public static int Run(string[] args, Assembly modelAssembly, TextWriter output)
        {
            StageArguments arguments;
            try
            {
                arguments = StageArguments.Parse(args);
            }
            catch (ArgumentException e)
            {
                output.WriteLine(e.Message);
                return 2;
            }

            void Progress(string message) => output.WriteLine(RunnerProtocol.FormatProgress(message));
            void Detail(string message) => output.WriteLine(RunnerProtocol.FormatDetail(message));
            try
            {
                Directory.CreateDirectory(arguments.StatePath);
                File.AppendAllText(Path.Combine(arguments.StatePath, OutputFiles.RunLog),
                    arguments.Stage + " " + DateTime.UtcNow.ToString("o", CultureInfo.InvariantCulture) + "\n");

                ModelManifest? manifest = ReadManifest(arguments, output);
                if (manifest is null)
                {
                    return 1;
                }

                if (arguments.Stage == ModelStage.Train.Name)
                {
                    new ModelTrainer(Progress, Detail).Train(manifest, modelAssembly, arguments.OutputPath, arguments.TrainingFingerprint);
                }
                else if (arguments.Stage == ModelStage.EstimateUncertainty.Name)
                {
                    EstimateUncertainty(manifest, arguments, Progress);
                }
                else
                {
                    var evaluator = new ModelEvaluator(Progress);
                    EvaluationRecord record = manifest.Model.Source == ModelSource.Predictions
                        ? evaluator.EvaluatePredictions(manifest, arguments.EvaluationFingerprint, arguments.OutputPath)
                        : evaluator.EvaluateTrainedModel(manifest, arguments.OutputPath, arguments.EvaluationFingerprint);
                    record.WriteTo(Path.Combine(arguments.StatePath, OutputFiles.EvaluationRecord));
                }

                return 0;
            }
            catch (DiagnosticException e) when (e.InnerException != null)
            {
                // A failure of the model's own code: the message at its place, the full text in the documented log.
                string log = Path.Combine(arguments.StatePath, OutputFiles.ErrorLog);
                TryWrite(log, e.InnerException.ToString());
                Diagnostic d = e.Diagnostic;
                RunnerProtocol.Write(output, new Diagnostic(d.Code, d.Severity, $"{d.Message} (details in {log})", d.Location));
                return 1;
            }
            catch (DiagnosticException e)
            {
                RunnerProtocol.Write(output, e.Diagnostic);
                return 1;
            }
            catch (Exception e)
            {
                // Never a stack trace in the build output: the message there, the details in a file.
                string log = Path.Combine(arguments.StatePath, OutputFiles.ErrorLog);
                TryWrite(log, e.ToString());
                RunnerProtocol.Write(output, Diagnostic.Error(DiagnosticIds.TrainingFailed,
                    $"{arguments.Stage} failed with {e.GetType().Name}: {e.Message} (details in {log})",
                    new SourceLocation(arguments.ManifestPath, 0, 0)));
                return 1;
            }
        }

        /// <summary>
        /// The uncertainty stage: bootstrap intervals of every fairness figure, from the counts of the current
        /// evaluation (no data is read again). A record of an evaluation other than the current one is refused.
        /// </summary>
        private static void EstimateUncertainty(ModelManifest manifest, StageArguments arguments, Action<string> progress)
        {
            string evaluationPath = Path.Combine(arguments.StatePath, OutputFiles.EvaluationRecord);
            EvaluationRecord evaluation = EvaluationRecord.ReadFrom(evaluationPath);
            if (evaluation.EvaluationFingerprint != arguments.EvaluationFingerprint)
            {
                throw new DiagnosticException(DiagnosticIds.StaleResults,
                    "the recorded evaluation does not match the current test data or evaluation settings, so its intervals cannot be estimated; build again to evaluate the current model",
                    new SourceLocation(evaluationPath, 0, 0));
            }

            FairnessSettings settings = FairnessSettings.From(manifest);
            string fingerprint = arguments.UncertaintyFingerprint.Length > 0
                ? arguments.UncertaintyFingerprint
                : settings.Fingerprint(evaluation.EvaluationFingerprint, arguments.PackageVersion);
            int groups = 0;
            foreach (GroupingCounts grouping in evaluation.Groups?.Groupings ?? Array.Empty<GroupingCounts>())
            {
                if (settings.Uses(grouping.Attributes)) groups += grouping.Groups.Count;
            }

            progress($"estimating fairness intervals: {settings.Resamples.ToString("N0", CultureInfo.InvariantCulture)} bootstrap resamples of {groups.ToString(CultureInfo.InvariantCulture)} groups (seed {settings.Seed.ToString(CultureInfo.InvariantCulture)})");
            UncertaintyRecord record = evaluation.Groups is null
                ? new UncertaintyRecord { Fingerprint = fingerprint, EvaluationFingerprint = evaluation.EvaluationFingerprint, Level = settings.Confidence, Resamples = settings.Resamples, Seed = settings.Seed }
                : UncertaintyEstimator.Estimate(evaluation.Groups, settings, fingerprint, evaluation.EvaluationFingerprint);

            // Written every time (not only on change): its time tells MSBuild this stage is newer than its inputs.
            AtomicFile.WriteAllBytes(Path.Combine(arguments.StatePath, OutputFiles.UncertaintyRecord), new System.Text.UTF8Encoding(false).GetBytes(record.ToJson()));
        }

        private static ModelManifest? ReadManifest(StageArguments arguments, TextWriter output)
        {
            var options = new ManifestReadOptions
            {
                RepositoryRoot = arguments.RepositoryRoot,
                AllowedDataRoots = arguments.AllowedDataRoots,
                FileExists = File.Exists,
            };
            // The policy above the manifest applies here as in the build; its warnings were shown by the build already.
            ManifestReadResult result = GovernedManifest.ReadFile(arguments.ManifestPath, options);
            foreach (Diagnostic diagnostic in result.Diagnostics)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    RunnerProtocol.Write(output, diagnostic);
                }
            }

            return result.HasErrors ? null : result.Manifest;
        }

        private static void TryWrite(string path, string text)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
