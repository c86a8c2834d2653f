using System.Collections.Generic;
using System.IO;
using AiFactory.Core.Evaluation;
using AiFactory.Core.Fairness;
using AiFactory.Core.Fingerprints;
using AiFactory.Core.Gates;
using AiFactory.Core.IO;
using AiFactory.Core.Protocol;
using AiFactory.Core.Provenance;
using AiFactory.Core.Reports;
using AiFactory.Core.Reports.Summary;
using AiFactory.Core.Results;
using AiFactory.Core.Results.Record;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Policy;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace AiFactory.Build.Tasks
{
    /// <summary>
    /// Stage 3, every build, cheap: judges the gates of aifactory.json against the recorded evaluation and writes
    /// results.json. It refuses an evaluation whose fingerprints don't match the current inputs, so a skipped or
    /// failed stage never passes a gate on stale results, and a no-op build over a failed gate still fails.
    /// </summary>
    public sealed class CheckGates : Task
    {
        /// <summary>The project's aifactory.json.</summary>
        [Required]
        public string ManifestPath { get; set; } = "";

        /// <summary>The state folder under obj/.</summary>
        [Required]
        public string StatePath { get; set; } = "";

        /// <summary>AiFactoryOutputPath.</summary>
        [Required]
        public string OutputPath { get; set; } = "";

        /// <summary>The current training fingerprint ("" in predictions mode).</summary>
        public string TrainingFingerprint { get; set; } = "";

        /// <summary>The current evaluation fingerprint.</summary>
        public string EvaluationFingerprint { get; set; } = "";

        /// <summary>The repository root data paths must stay within.</summary>
        public string RepositoryRoot { get; set; } = "";

        /// <summary>Extra allowed data roots (semicolon-separated).</summary>
        public string? AllowedDataRoots { get; set; }

        /// <summary>AiFactoryGateSeverity: "error" (default) or "warning".</summary>
        public string GateSeverity { get; set; } = "error";

        /// <summary>AiFactorySkipTraining.</summary>
        public bool SkipTraining { get; set; }

        /// <summary>The MSBuild property ContinuousIntegrationBuild: with the CI and TF_BUILD variables, tells a CI build.</summary>
        public string? ContinuousIntegrationBuild { get; set; }

        /// <summary>The package version.</summary>
        public string PackageVersion { get; set; } = "";

        /// <summary>
        /// What the prepare stage recorded (prepared.state); when given, the fingerprints, package version, repository
        /// root and allowed data roots are read from it, as the out-of-process stages read them.
        /// </summary>
        public string? PreparedStateFile { get; set; }

        /// <summary>A file written only when every gate passed with nothing to report, so the next unchanged build can skip the check.</summary>
        public string? PassedMarker { get; set; }

        /// <summary>The results.json written (for FileWrites).</summary>
        [Output]
        public string ResultsPath { get; private set; } = "";

        /// <inheritdoc />
        public override bool Execute()
        {
            if (!string.IsNullOrEmpty(PreparedStateFile) && File.Exists(PreparedStateFile))
            {
                StageArguments prepared = PreparedState.ReadFrom(PreparedStateFile!).Arguments;
                TrainingFingerprint = prepared.TrainingFingerprint;
                EvaluationFingerprint = prepared.EvaluationFingerprint;
                PackageVersion = prepared.PackageVersion;
                RepositoryRoot = prepared.RepositoryRoot ?? "";
                AllowedDataRoots = string.Join(";", prepared.AllowedDataRoots);
            }

            string manifestPath = Path.GetFullPath(ManifestPath);
            if (PassedMarker != null && File.Exists(PassedMarker))
            {
                File.Delete(PassedMarker);
            }

            string severity = (GateSeverity ?? "").Trim().ToLowerInvariant();
            if (severity.Length == 0)
            {
                severity = "error";
            }

            if (severity != "error" && severity != "warning")
            {
                Log.LogError(null, DiagnosticIds.InvalidValue, null, DiagnosticIds.HelpLink(DiagnosticIds.InvalidValue),
                    BuildEngine?.ProjectFileOfTaskNode ?? "", 0, 0, 0, 0,
                    $"AiFactoryGateSeverity is '{GateSeverity}'; use 'error' (the default) or 'warning'");
                return false;
            }

            string[] allowed = ManifestLoading.AllowedRoots(AllowedDataRoots, Path.GetDirectoryName(manifestPath)!);
            bool waived = false;
            ModelManifest? manifest = ManifestLoading.Load(Log, manifestPath, RepositoryRoot, allowed, d =>
            {
                waived |= d.Code == DiagnosticIds.GateWaived;
                return ManifestLoading.CheckLogs(d);
            });
            if (manifest is null)
            {
                return false;
            }

            severity = EnforcePolicy(manifest, severity);

            EvaluationRecord? record = CurrentRecords.Evaluation(StatePath, manifest, TrainingFingerprint, EvaluationFingerprint, SkipTraining, out Diagnostic? stale);
            if (record is null)
            {
                DiagnosticLogging.Log(Log, stale!);
                return false;
            }

            var skipped = new List<string>();
            if (SkipTraining && manifest.Model.Source == ModelSource.MLNet)
            {
                skipped.Add("train");
            }

            UncertaintyRecord? uncertainty = null;
            if (FairnessSettings.From(manifest).EstimatesIntervals)
            {
                uncertainty = CurrentRecords.Uncertainty(StatePath, manifest, record, PackageVersion, out Diagnostic? staleIntervals);
                if (uncertainty is null)
                {
                    DiagnosticLogging.Log(Log, staleIntervals!);
                    return false;
                }
            }

            FileHashCache hashes = FileHashCache.Load(Path.Combine(StatePath, OutputFiles.FileHashCache));
            var settings = new RunSettings
            {
                GateSeverity = severity, SkippedStages = skipped, PackageVersion = PackageVersion, RepositoryRoot = RepositoryRoot,
                Inputs = InputFiles.Of(manifest, RepositoryRoot, hashes),
            };
            hashes.Save();
            GateEvaluation gates = GateEvaluator.Evaluate(manifest, record, uncertainty, Path.Combine(OutputPath, OutputFiles.TestScores));
            Directory.CreateDirectory(OutputPath);
            ResultsPath = Path.Combine(OutputPath, OutputFiles.Results);
            RunRecord runRecord = ResultsWriter.ToRecord(manifest, record, gates, settings);
            AtomicFile.WriteAllTextIfChanged(ResultsPath, RunRecordJson.Write(runRecord));
            // The reviewers' and CI systems' files, from the same record: written whether the gates passed or not.
            RunReports.WriteAll(new ReportInput(runRecord, manifest, OutputPath));
            // The line the summary target prints on every build the gates let through, no-op builds included.
            AtomicFile.WriteAllTextIfChanged(Path.Combine(StatePath, OutputFiles.GateSummary), GateSummary.Line(runRecord) + "\n");
            // What cannot be in results.json without making it checkout-dependent: commit, dirty tree, time.
            ProvenanceRecord.For(ResultsPath, RepositoryRoot, PackageVersion, System.DateTime.UtcNow)
                .WriteTo(Path.Combine(OutputPath, OutputFiles.Provenance));

            bool demote = severity == "warning";
            if (demote)
            {
                DiagnosticLogging.Log(Log, Diagnostic.Warning(DiagnosticIds.GatesDemoted,
                    "gate failures are reported as warnings because AiFactoryGateSeverity=warning; results.json records " +
                    "the demotion and every failed gate", new SourceLocation(manifestPath, 0, 0)));
            }

            foreach (Diagnostic diagnostic in gates.Diagnostics)
            {
                DiagnosticLogging.Log(Log, diagnostic, demote);
            }

            // Under a waiver the check runs on every build: its warning stays in sight, and its expiry is noticed the day it comes.
            if (PassedMarker != null && !demote && !waived && gates.Diagnostics.Count == 0 && !Log.HasLoggedErrors)
            {
                File.WriteAllText(PassedMarker, record.EvaluationFingerprint + "\n");
            }

            return !Log.HasLoggedErrors;
        }

        /// <summary>
        /// The policies' build rules: demoting gate severity (AIF2026; the gates are then judged as errors) and skipping
        /// training (AIF2027), each forbidden everywhere or in CI builds only — by the tightest of every policy that
        /// applies, outer ones too, reported at that policy's line. Returns the severity to judge at.
        /// </summary>
        private string EnforcePolicy(ModelManifest manifest, string severity)
        {
            bool ci = ContinuousIntegration.IsBuild(ContinuousIntegrationBuild, System.Environment.GetEnvironmentVariable);
            BuildRule? demote = BuildRules.DemoteGates(manifest.Policies);
            if (severity == "warning" && demote != null && demote.Forbids(ci))
            {
                DiagnosticLogging.Log(Log, Diagnostic.Error(DiagnosticIds.GateDemotionForbidden,
                    $"AiFactoryGateSeverity=warning reports failed gates as warnings, but the policy forbids that {BuildPermissions.Where(demote.Permission)} " +
                    $"({demote.Quoted}); build without it — failed gates are errors",
                    demote.Location));
                severity = "error";
            }

            BuildRule? skip = BuildRules.SkipTraining(manifest.Policies);
            if (SkipTraining && manifest.Model.Source == ModelSource.MLNet && skip != null && skip.Forbids(ci))
            {
                DiagnosticLogging.Log(Log, Diagnostic.Error(DiagnosticIds.SkipTrainingForbidden,
                    $"AiFactorySkipTraining=true skips training, but the policy forbids that {BuildPermissions.Where(skip.Permission)} " +
                    $"({skip.Quoted}); build without it so the model is trained for the current inputs",
                    skip.Location));
            }

            return severity;
        }
    }
}
