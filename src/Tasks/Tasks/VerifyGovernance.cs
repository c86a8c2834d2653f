using System;
using System.Collections.Generic;
using System.IO;
using AiFactory.Core.Evaluation;
using AiFactory.Core.Fairness;
using AiFactory.Core.Fingerprints;
using AiFactory.Core.Gates;
using AiFactory.Core.Protocol;
using AiFactory.Core.Results.Record;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Json;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Policy;
using AiFactory.Manifest.Reading;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace AiFactory.Build.Tasks
{
    /// <summary>
    /// After the build of a project under a policy, whether governance is on or not: an opt-out (AiFactoryEnabled not
    /// true, or a Main of the project's own in place of the factory's entry point) is judged by the policy's
    /// <c>build.optOut</c> rule (AIF2029); otherwise the gates must have been judged in this build for the current
    /// inputs — the fingerprints are computed again here from the manifest, the policies and the files, and the gates
    /// judged again from the recorded evaluation — so removing, emptying or skipping the stages never passes (AIF2030).
    /// It also notices a hub's Directory.Build.targets that was not imported.
    /// </summary>
    public sealed class VerifyGovernance : Task
    {
        /// <summary>The property that turns governance off.</summary>
        private const string EnabledProperty = "AiFactoryEnabled";

        /// <summary>What the hub's Directory.Build.targets sets to its own path; its name marks such a file.</summary>
        private const string HubTargetsProperty = "AiFactoryHubTargets";

        /// <summary>The project file.</summary>
        [Required]
        public string ProjectFile { get; set; } = "";

        /// <summary>AiFactoryEnabled as the build sees it.</summary>
        public string? Enabled { get; set; }

        /// <summary>AiFactoryGenerateEntryPoint.</summary>
        public string? GenerateEntryPoint { get; set; }

        /// <summary>StartupObject: a class other than the generated entry point starts the project.</summary>
        public string? StartupObject { get; set; }

        /// <summary>The files, in the order MSBuild reads them, where a user sets these properties (Directory.Build.props, the project file, Directory.Build.targets).</summary>
        public string[] PropertyFiles { get; set; } = System.Array.Empty<string>();

        /// <summary>The project's aifactory.json.</summary>
        [Required]
        public string ManifestPath { get; set; } = "";

        /// <summary>The state folder under obj/.</summary>
        [Required]
        public string StatePath { get; set; } = "";

        /// <summary>AiFactoryOutputPath.</summary>
        [Required]
        public string OutputPath { get; set; } = "";

        /// <summary>The compiled model assembly (obj/), part of the training fingerprint.</summary>
        public string ModelAssemblyPath { get; set; } = "";

        /// <summary>The packages the model compiles against (id/version), inputs of the training fingerprint as in the prepare stage.</summary>
        public string[] CompilePackages { get; set; } = System.Array.Empty<string>();

        /// <summary>Extra allowed data roots (semicolon-separated).</summary>
        public string? AllowedDataRoots { get; set; }

        /// <summary>AiFactoryGateSeverity.</summary>
        public string? GateSeverity { get; set; }

        /// <summary>AiFactorySkipTraining.</summary>
        public bool SkipTraining { get; set; }

        /// <summary>The MSBuild property ContinuousIntegrationBuild.</summary>
        public string? ContinuousIntegrationBuild { get; set; }

        /// <summary>AiFactoryHubTargets: the hub's Directory.Build.targets, when the build imported it.</summary>
        public string? HubTargets { get; set; }

        /// <summary>Written when the gates were judged for the current inputs and nothing depends on the date, so an unchanged build skips this.</summary>
        public string? VerifiedMarker { get; set; }

        private string ProjectName => Path.GetFileNameWithoutExtension(ProjectFile);

        /// <inheritdoc />
        public override bool Execute()
        {
            if (VerifiedMarker != null && File.Exists(VerifiedMarker))
            {
                File.Delete(VerifiedMarker);
            }

            string projectDirectory = Path.GetDirectoryName(Path.GetFullPath(ProjectFile))!;
            List<GovernancePolicy>? policies = ReadPolicies(projectDirectory);
            if (policies == null || policies.Count == 0)
            {
                return !Log.HasLoggedErrors;
            }

            CheckHubTargetsImported(policies);
            bool ci = ContinuousIntegration.IsBuild(ContinuousIntegrationBuild, Environment.GetEnvironmentVariable);
            BuildRule optOut = BuildRules.OptOut(policies)!;
            if (!IsTrue(Enabled))
            {
                PropertyOrigin origin = Origin(EnabledProperty, "true");
                ReportOptOut(optOut, ci, $"{EnabledProperty}={Enabled} turns governance off for {ProjectName} ({origin.Where})", origin);
                return !Log.HasLoggedErrors;
            }

            bool ownEntryPoint = ReportOwnEntryPoint(optOut, ci);
            bool judged = VerifyJudged(policies, ci, out bool datesMatter);
            if (judged && !ownEntryPoint && !datesMatter && !Log.HasLoggedErrors && VerifiedMarker != null)
            {
                File.WriteAllText(VerifiedMarker, "verified\n");
            }

            return !Log.HasLoggedErrors;
        }

        /// <summary>Every policy above the project's folder and above the manifest's, nearest first; null when one cannot be read.</summary>
        private List<GovernancePolicy>? ReadPolicies(string projectDirectory)
        {
            var paths = new List<string>(PolicyLocator.FindAll(projectDirectory));
            foreach (string path in PolicyLocator.FindAll(Path.GetDirectoryName(Path.GetFullPath(ManifestPath))!))
            {
                if (!paths.Contains(path))
                {
                    paths.Add(path);
                }
            }

            // Nearest first across both searches: the deeper folder is the nearer.
            paths.Sort((a, b) => b.Length.CompareTo(a.Length));
            var policies = new List<GovernancePolicy>();
            bool unreadable = false;
            foreach (string path in paths)
            {
                PolicyReadResult read = PolicyReader.ReadFile(path);
                foreach (Diagnostic diagnostic in read.Diagnostics)
                {
                    if (diagnostic.Severity == DiagnosticSeverity.Error)
                    {
                        DiagnosticLogging.Log(Log, diagnostic);
                    }
                }

                unreadable |= read.Policy == null;
                if (read.Policy != null)
                {
                    policies.Add(read.Policy);
                }
            }

            return unreadable ? null : policies;
        }

        /// <summary>AIF2030 when a hub's Directory.Build.targets (one that sets AiFactoryHubTargets) beside a policy was not imported.</summary>
        private void CheckHubTargetsImported(List<GovernancePolicy> policies)
        {
            string imported = string.IsNullOrWhiteSpace(HubTargets) ? "" : Path.GetFullPath(HubTargets!.Trim());
            foreach (GovernancePolicy policy in policies)
            {
                string hubTargets = Path.Combine(Path.GetDirectoryName(policy.FilePath)!, "Directory.Build.targets");
                if (!File.Exists(hubTargets) || string.Equals(imported, hubTargets, StringComparison.Ordinal)
                    || File.ReadAllText(hubTargets).IndexOf(HubTargetsProperty, StringComparison.Ordinal) < 0)
                {
                    continue;
                }

                DiagnosticLogging.Log(Log, Diagnostic.Error(DiagnosticIds.GovernanceBypassed,
                    $"the hub's {hubTargets} was not imported, so its checks did not run for {ProjectName} (ImportDirectoryBuildTargets=false, " +
                    "DirectoryBuildTargetsPath, or a nearer Directory.Build.targets that does not import it). Import it from the nearer file: " +
                    "<Import Project=\"$([MSBuild]::GetPathOfFileAbove('Directory.Build.targets', '$(MSBuildThisFileDirectory)../'))\" />",
                    new SourceLocation(ProjectFile, 0, 0)));
            }
        }

        /// <summary>A Main of the project's own writes whatever evaluation it likes: the optOut rule governs it too. True when replaced.</summary>
        private bool ReportOwnEntryPoint(BuildRule optOut, bool ci)
        {
            if (!IsTrue(GenerateEntryPoint))
            {
                PropertyOrigin origin = Origin("AiFactoryGenerateEntryPoint", "true");
                ReportOptOut(optOut, ci, $"AiFactoryGenerateEntryPoint={GenerateEntryPoint} starts {ProjectName} from a Main of its own instead of the " +
                    $"factory's entry point, which could write any evaluation ({origin.Where})", origin);
                return true;
            }

            string startup = (StartupObject ?? "").Trim();
            if (startup.Length > 0 && startup != "AiFactoryEntryPoint")
            {
                PropertyOrigin origin = Origin("StartupObject", "AiFactoryEntryPoint");
                ReportOptOut(optOut, ci, $"StartupObject={startup} starts {ProjectName} from a Main of its own instead of the factory's entry point, " +
                    $"which could write any evaluation ({origin.Where})", origin);
                return true;
            }

            return false;
        }

        /// <summary>AIF2029: an error where the rule forbids it, a warning where it allows it locally only, a message where it allows it.</summary>
        private void ReportOptOut(BuildRule rule, bool ci, string what, PropertyOrigin origin)
        {
            SourceLocation at = origin.Location ?? rule.Location;
            // Reported where the opt-out is written when that is a file; the rule's own line is named then.
            string rulePlace = at.File == rule.Location.File ? "" : $" in {rule.Location}";
            if (rule.Forbids(ci))
            {
                DiagnosticLogging.Log(Log, Diagnostic.Error(DiagnosticIds.GovernanceOptOut,
                    $"{what}, but the policy forbids that {BuildPermissions.Where(rule.Permission)} ({rule.Quoted}){rulePlace}; " +
                    "build without it so the model is trained and judged", at));
            }
            else if (rule.Permission == BuildPermission.LocalOnly)
            {
                DiagnosticLogging.Log(Log, Diagnostic.Warning(DiagnosticIds.GovernanceOptOut,
                    $"{what}; the policy allows that outside CI only ({rule.Quoted}){rulePlace}: the model is neither trained " +
                    "nor judged here, and a CI build fails on it", at));
            }
            else
            {
                Log.LogMessage(null, DiagnosticIds.GovernanceOptOut, null, at.File, at.Line, at.Column, 0, 0, MessageImportance.High,
                    $"{what}; the policy allows that ({rule.Quoted}){rulePlace}");
            }
        }

        /// <summary>
        /// The gates were judged in this build for the current inputs, and no failed gate passed the build unless demoted
        /// as the policy allows. Returns false after logging AIF2030 (or the manifest's own errors, which the prepare
        /// stage did not report). <paramref name="datesMatter"/> tells a waiver is in play, so the next build checks again.
        /// </summary>
        private bool VerifyJudged(List<GovernancePolicy> policies, bool ci, out bool datesMatter)
        {
            datesMatter = false;
            if (!ManifestLoading.ManifestUnderProjectPolicy(Log, ManifestPath, ProjectFile))
            {
                return false;
            }

            string manifestPath = Path.GetFullPath(ManifestPath);
            string manifestDirectory = Path.GetDirectoryName(manifestPath)!;
            var options = new ManifestReadOptions
            {
                RepositoryRoot = RepositoryRoot.Find(manifestDirectory),
                AllowedDataRoots = ManifestLoading.AllowedRoots(AllowedDataRoots, manifestDirectory),
                FileExists = File.Exists,
            };
            ManifestReadResult read = GovernedManifest.ReadFile(manifestPath, options);
            foreach (Diagnostic diagnostic in read.Diagnostics)
            {
                datesMatter |= PolicyApplier.IsWaiverDiagnostic(diagnostic);
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    DiagnosticLogging.Log(Log, diagnostic);
                }
            }

            ModelManifest? manifest = read.HasErrors ? null : read.Manifest;
            if (manifest == null)
            {
                return false;
            }

            FileHashCache hashes = FileHashCache.Load(Path.Combine(StatePath, OutputFiles.FileHashCache));
            string packageVersion = ThisPackage.Version;
            BuildFingerprints fingerprints;
            try
            {
                fingerprints = BuildFingerprints.ComputeWhenReadable(manifest, ModelAssemblyPath, options.RepositoryRoot ?? "", CompilePackages, packageVersion,
                    hashes, BuildEngine?.ProjectFileOfTaskNode ?? manifest.FilePath, BuildFingerprints.InputWait);
            }
            catch (DiagnosticException e)
            {
                DiagnosticLogging.Log(Log, e.Diagnostic);
                return false;
            }

            string training = fingerprints.Training;
            string evaluation = fingerprints.Evaluation;
            EvaluationRecord? record = CurrentRecords.Evaluation(StatePath, manifest, training, evaluation, SkipTraining, out Diagnostic? stale);
            UncertaintyRecord? uncertainty = null;
            if (record != null && FairnessSettings.From(manifest).EstimatesIntervals)
            {
                uncertainty = CurrentRecords.Uncertainty(StatePath, manifest, record, packageVersion, out stale);
            }

            if (stale != null)
            {
                NotJudged(stale.Message);
                return false;
            }

            GateEvaluation gates = GateEvaluator.Evaluate(manifest, record!, uncertainty, Path.Combine(OutputPath, OutputFiles.TestScores));
            string resultsPath = Path.Combine(OutputPath, OutputFiles.Results);
            string? resultsProblem = ResultsProblem(resultsPath, evaluation, gates.Passed);
            if (resultsProblem != null)
            {
                NotJudged(resultsProblem);
                return false;
            }

            bool demoted = string.Equals((GateSeverity ?? "").Trim(), "warning", StringComparison.OrdinalIgnoreCase)
                && !BuildRules.DemoteGates(policies)!.Forbids(ci);
            Diagnostic? failed = gates.Diagnostics.Count > 0 && !demoted ? FirstError(gates.Diagnostics) : null;
            if (failed != null)
            {
                DiagnosticLogging.Log(Log, Diagnostic.Error(DiagnosticIds.GovernanceBypassed,
                    $"a gate of {ProjectName} failed but the build did not fail on it (the check stage was changed or its errors ignored): " +
                    $"{failed.Location}: {failed.Message}. Build without what changed the check",
                    new SourceLocation(ProjectFile, 0, 0)));
                return false;
            }

            return true;
        }

        /// <summary>Why results.json is not the record of this evaluation, or null when it is.</summary>
        private static string? ResultsProblem(string resultsPath, string evaluationFingerprint, bool passed)
        {
            if (!File.Exists(resultsPath))
            {
                return $"there is no {resultsPath}";
            }

            try
            {
                RunRecord results = RunRecordJson.Read(JsonReader.Parse(File.ReadAllText(resultsPath)));
                string? recorded = results.Fingerprints?.Evaluation;
                bool? recordedPassed = results.Passed;
                if (recorded != evaluationFingerprint)
                {
                    return $"{resultsPath} records another evaluation than the current one";
                }

                return recordedPassed == passed ? null : $"{resultsPath} records passed={(recordedPassed == true ? "true" : "false")}, but the gates judge passed={(passed ? "true" : "false")}";
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is JsonSyntaxException || e is RunRecordFormatException)
            {
                return $"{resultsPath} cannot be read: {e.Message}";
            }
        }

        private void NotJudged(string reason) =>
            DiagnosticLogging.Log(Log, Diagnostic.Error(DiagnosticIds.GovernanceBypassed,
                $"the gates of {ProjectName} were not judged for its current inputs in this build ({reason}): the governed build's stages " +
                "were removed, emptied or skipped (a target redefined, or a property such as DesignTimeBuild=true). " +
                "Build without what skips them",
                new SourceLocation(ProjectFile, 0, 0)));

        private PropertyOrigin Origin(string property, string defaultValue) =>
            PropertyOrigin.Find(property, defaultValue, BuildEngine, PropertyFiles, Environment.GetEnvironmentVariable);

        private static Diagnostic? FirstError(IReadOnlyList<Diagnostic> diagnostics)
        {
            foreach (Diagnostic diagnostic in diagnostics)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    return diagnostic;
                }
            }

            return null;
        }

        private static bool IsTrue(string? value) => string.Equals((value ?? "").Trim(), "true", StringComparison.OrdinalIgnoreCase);
    }
}
