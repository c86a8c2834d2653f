using System.Collections.Generic;
using System.IO;
using System.Linq;
using AiFactory.Core.Baseline;
using AiFactory.Core.Fairness;
using AiFactory.Core.Fingerprints;
using AiFactory.Core.IO;
using AiFactory.Core.Protocol;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace AiFactory.Build.Tasks
{
    /// <summary>
    /// Stage 0, every build, cheap: validates aifactory.json and computes the training and evaluation
    /// fingerprints. Each is written to a stamp file only when it changes (the CoreCompileInputs.cache pattern), so
    /// the train and evaluate targets' Inputs/Outputs decide whether those stages run.
    /// </summary>
    public sealed class PrepareGovernedModel : Task
    {
        /// <summary>The project's aifactory.json.</summary>
        [Required]
        public string ManifestPath { get; set; } = "";

        /// <summary>The compiled model assembly (obj/): its code hash is part of the training fingerprint.</summary>
        [Required]
        public string ModelAssemblyPath { get; set; } = "";

        /// <summary>
        /// The NuGet packages the model compiles against, as id/version (the references' NuGetPackageId and
        /// NuGetPackageVersion; references from no package give "/" and are left out): part of the training fingerprint.
        /// </summary>
        public string[] CompilePackages { get; set; } = System.Array.Empty<string>();

        /// <summary>The state folder under obj/.</summary>
        [Required]
        public string StatePath { get; set; } = "";

        /// <summary>The project's OutputType: the build starts the project, so it must be Exe.</summary>
        public string OutputType { get; set; } = "Exe";

        /// <summary>Extra folders data may come from (semicolon-separated).</summary>
        public string? AllowedDataRoots { get; set; }

        /// <summary>AiFactoryOutputPath, recorded for the later stages.</summary>
        public string OutputPath { get; set; } = "";
        /// <summary>The project file: a policy above its folder must govern the manifest too.</summary>
        public string? ProjectFile { get; set; }

        /// <summary>The version of AiFactory.Build doing the work (part of both fingerprints).</summary>
        [Output]
        public string PackageVersion { get; private set; } = "";

        /// <summary>Where to record what this task found (key=value lines), for builds that skip it.</summary>
        public string? PreparedStateFile { get; set; }

        /// <summary>Where to list the files this task read, the inputs that decide whether it runs again.</summary>
        public string? PreparedInputsFile { get; set; }

        /// <summary>"mlnet" or "predictions".</summary>
        [Output]
        public string Source { get; private set; } = "";

        /// <summary>The current training fingerprint ("" in predictions mode).</summary>
        [Output]
        public string TrainingFingerprint { get; private set; } = "";

        /// <summary>The current evaluation fingerprint.</summary>
        [Output]
        public string EvaluationFingerprint { get; private set; } = "";

        /// <summary>The current uncertainty fingerprint: the evaluation plus the settings of the fairness intervals ("" without fairness gates).</summary>
        [Output]
        public string UncertaintyFingerprint { get; private set; } = "";

        /// <summary>The repository root that data paths must stay within.</summary>
        [Output]
        public string RepositoryRootPath { get; private set; } = "";

        /// <summary>The stamp file holding the training fingerprint.</summary>
        [Output]
        public string TrainingStamp { get; private set; } = "";

        /// <summary>The stamp file holding the evaluation fingerprint.</summary>
        [Output]
        public string EvaluationStamp { get; private set; } = "";

        /// <inheritdoc />
        public override bool Execute()
        {
            string manifestPath = Path.GetFullPath(ManifestPath);
            PackageVersion = ThisPackage.Version;

            // Until this run succeeds, the next build must run it again.
            if (PreparedStateFile != null && File.Exists(PreparedStateFile))
            {
                File.Delete(PreparedStateFile);
            }

            if (!string.Equals(OutputType, "Exe", System.StringComparison.OrdinalIgnoreCase))
            {
                DiagnosticLogging.Log(Log, Diagnostic.Error(DiagnosticIds.ProjectNotExecutable,
                    $"a governed model project is started by the build to train and evaluate, so it must be an executable: " +
                    $"remove OutputType={OutputType} from the project (AiFactory.Build makes it Exe), or set AiFactoryEnabled=false",
                    new SourceLocation(BuildEngine?.ProjectFileOfTaskNode ?? manifestPath, 0, 0)));
                return false;
            }

            string projectDirectory = Path.GetDirectoryName(manifestPath)!;
            if (!File.Exists(manifestPath))
            {
                DiagnosticLogging.Log(Log, Diagnostic.Error(DiagnosticIds.ManifestNotFound,
                    $"the governed model project has no {Path.GetFileName(manifestPath)}; add one next to the project file " +
                    "(see the manifest reference), or point AiFactoryManifest at it",
                    new SourceLocation(BuildEngine?.ProjectFileOfTaskNode ?? manifestPath, 0, 0)));
                return false;
            }

            if (!string.IsNullOrEmpty(ProjectFile) && !ManifestLoading.ManifestUnderProjectPolicy(Log, manifestPath, ProjectFile!))
            {
                return false;
            }

            RepositoryRootPath = RepositoryRoot.Find(projectDirectory);
            string[] allowed = ManifestLoading.AllowedRoots(AllowedDataRoots, projectDirectory);
            ModelManifest? manifest = ManifestLoading.Load(Log, manifestPath, RepositoryRootPath, allowed, ManifestLoading.PrepareLogs);
            if (manifest is null)
            {
                return false;
            }

            Directory.CreateDirectory(StatePath);
            FileHashCache hashes = FileHashCache.Load(Path.Combine(StatePath, OutputFiles.FileHashCache));
            Source = manifest.Model.Source == ModelSource.Predictions ? "predictions" : "mlnet";
            BuildFingerprints fingerprints;
            try
            {
                fingerprints = BuildFingerprints.ComputeWhenReadable(manifest, ModelAssemblyPath, RepositoryRootPath, CompilePackages, PackageVersion,
                    hashes, BuildEngine?.ProjectFileOfTaskNode ?? manifestPath, BuildFingerprints.InputWait);
            }
            catch (DiagnosticException e)
            {
                DiagnosticLogging.Log(Log, e.Diagnostic);
                return false;
            }

            TrainingFingerprint = fingerprints.Training;
            EvaluationFingerprint = fingerprints.Evaluation;
            UncertaintyFingerprint = fingerprints.Uncertainty;
            hashes.Save();

            TrainingStamp = Path.Combine(StatePath, OutputFiles.TrainingStamp);
            EvaluationStamp = Path.Combine(StatePath, OutputFiles.EvaluationStamp);
            AtomicFile.WriteAllTextIfChanged(TrainingStamp, TrainingFingerprint + "\n");
            AtomicFile.WriteAllTextIfChanged(EvaluationStamp, EvaluationFingerprint + "\n");
            AtomicFile.WriteAllTextIfChanged(Path.Combine(StatePath, OutputFiles.UncertaintyStamp), UncertaintyFingerprint + "\n");
            WritePreparedFiles(manifest, allowed);
            return true;
        }

        private void WritePreparedFiles(ModelManifest manifest, string[] allowedDataRoots)
        {
            if (PreparedInputsFile != null)
            {
                var inputs = new List<string> { manifest.FilePath, Path.GetFullPath(ModelAssemblyPath), manifest.Data.TestPath };
                if (manifest.Data.TrainPath != null)
                {
                    inputs.Add(manifest.Data.TrainPath);
                }

                if (manifest.Gates.Baseline != null)
                {
                    inputs.Add(manifest.Gates.Baseline.ResultsPath);

                    // The baseline's rows give its gates their intervals: editing them re-judges. Listed only when
                    // there, as a missing input would run the check on every build.
                    string baselineRows = PairedScores.PathNextTo(manifest.Gates.Baseline.ResultsPath);
                    if (File.Exists(baselineRows))
                    {
                        inputs.Add(baselineRows);
                    }
                }

                // Every policy applied, outer ones too: editing any of them, or its waivers, must re-run what depends on it.
                foreach (GovernancePolicy policy in manifest.Policies)
                {
                    inputs.Add(policy.FilePath);
                    if (policy.WaiversFilePath != null)
                    {
                        inputs.Add(policy.WaiversFilePath);
                    }
                }

                AtomicFile.WriteAllTextIfChanged(PreparedInputsFile, string.Join("\n", inputs) + "\n");
            }

            if (PreparedStateFile != null)
            {
                // The later stages' arguments, declared once (StageArguments) and read back by RunModelStage and
                // CheckGates. Written on every run (not only on change): its time tells MSBuild this run is newer than its inputs.
                var arguments = new StageArguments
                {
                    ManifestPath = manifest.FilePath,
                    OutputPath = OutputPath.TrimEnd('/', '\\'),
                    StatePath = StatePath.TrimEnd('/', '\\'),
                    TrainingFingerprint = TrainingFingerprint,
                    EvaluationFingerprint = EvaluationFingerprint,
                    UncertaintyFingerprint = UncertaintyFingerprint,
                    PackageVersion = PackageVersion,
                    RepositoryRoot = RepositoryRootPath.Length == 0 ? null : RepositoryRootPath.TrimEnd('/', '\\'),
                    AllowedDataRoots = allowedDataRoots,
                };
                File.WriteAllText(PreparedStateFile, new PreparedState(Source, arguments).ToText());
            }
        }
    }
}
