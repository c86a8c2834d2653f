using System;
using System.Diagnostics;
using System.IO;
using AiFactory.Core.Protocol;
using AiFactory.Manifest.Diagnostics;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace AiFactory.Build.Tasks
{
    /// <summary>
    /// Runs a heavy stage (train or evaluate) out of process: the built model project itself, started with
    /// <c>dotnet exec</c>, so ML.NET loads with the project's own dependencies and never inside MSBuild.
    /// ToolTask gives cancellation (Ctrl+C kills the process tree) and the timeout.
    /// </summary>
    public sealed class RunModelStage : ToolTask
    {
        private bool _cancelled;
        private bool _reportedDiagnostic;

        /// <summary>"train", "evaluate" or "estimate-uncertainty".</summary>
        [Required]
        public string Stage { get; set; } = "";

        /// <summary>The built model project (bin/…/Model.dll) with its runtimeconfig and deps files.</summary>
        [Required]
        public string ModelAssemblyPath { get; set; } = "";

        /// <summary>The project's aifactory.json.</summary>
        [Required]
        public string ManifestPath { get; set; } = "";

        /// <summary>AiFactoryOutputPath.</summary>
        [Required]
        public string OutputPath { get; set; } = "";

        /// <summary>The state folder under obj/.</summary>
        [Required]
        public string StatePath { get; set; } = "";

        /// <summary>The current training fingerprint.</summary>
        public string TrainingFingerprint { get; set; } = "";

        /// <summary>The current evaluation fingerprint.</summary>
        public string EvaluationFingerprint { get; set; } = "";

        /// <summary>The current uncertainty fingerprint (recorded by estimate-uncertainty).</summary>
        public string UncertaintyFingerprint { get; set; } = "";

        /// <summary>The package version.</summary>
        public string PackageVersion { get; set; } = "";

        /// <summary>The repository root data paths must stay within.</summary>
        public string RepositoryRoot { get; set; } = "";

        /// <summary>Extra allowed data roots (semicolon-separated, absolute).</summary>
        public string AllowedDataRoots { get; set; } = "";

        /// <summary>The dotnet host (DOTNET_HOST_PATH); found on PATH when empty.</summary>
        public string DotnetHostPath { get; set; } = "";

        /// <summary>Time limit in seconds (AiFactoryStageTimeoutSeconds); 0 or less means none.</summary>
        public int TimeoutSeconds { get; set; }

        /// <inheritdoc />
        public override bool Execute()
        {
            Timeout = TimeoutSeconds > 0 ? checked(TimeoutSeconds * 1000) : System.Threading.Timeout.Infinite;
            return base.Execute();
        }

        /// <inheritdoc />
        protected override string ToolName => RuntimeInformationIsWindows() ? "dotnet.exe" : "dotnet";

        /// <inheritdoc />
        protected override MessageImportance StandardOutputLoggingImportance => MessageImportance.Low;

        /// <inheritdoc />
        protected override string GenerateFullPathToTool()
        {
            if (!string.IsNullOrEmpty(DotnetHostPath) && File.Exists(DotnetHostPath))
            {
                return DotnetHostPath;
            }

            foreach (string folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
            {
                string candidate = Path.Combine(folder.Trim(), ToolName);
                if (folder.Length > 0 && File.Exists(candidate))
                {
                    return candidate;
                }
            }

            return ToolName;
        }

        /// <inheritdoc />
        protected override string GenerateCommandLineCommands()
        {
            var builder = new CommandLineBuilder();
            builder.AppendSwitch("exec");
            builder.AppendFileNameIfNotNull(ModelAssemblyPath);
            builder.AppendSwitch(Stage);
            builder.AppendSwitchIfNotNull("--manifest ", ManifestPath);
            builder.AppendSwitchIfNotNull("--output ", OutputPath.TrimEnd('/', '\\'));
            builder.AppendSwitchIfNotNull("--state ", StatePath.TrimEnd('/', '\\'));
            builder.AppendSwitchIfNotNull("--training-fingerprint ", Quoted(TrainingFingerprint));
            builder.AppendSwitchIfNotNull("--evaluation-fingerprint ", Quoted(EvaluationFingerprint));
            if (UncertaintyFingerprint.Length > 0)
            {
                builder.AppendSwitchIfNotNull("--uncertainty-fingerprint ", UncertaintyFingerprint);
            }
            builder.AppendSwitchIfNotNull("--package-version ", Quoted(PackageVersion));
            builder.AppendSwitchIfNotNull("--repository-root ", Quoted(RepositoryRoot.TrimEnd('/', '\\')));
            builder.AppendSwitchIfNotNull("--allowed-data-roots ", Quoted(AllowedDataRoots));
            return builder.ToString();
        }

        // An empty value must still reach the runner as an argument.
        private static string Quoted(string value) => value.Length == 0 ? "\"\"" : value;

        /// <inheritdoc />
        protected override void LogEventsFromTextOutput(string singleLine, MessageImportance messageImportance)
        {
            Diagnostic? diagnostic = RunnerProtocol.ParseDiagnostic(singleLine);
            if (diagnostic != null)
            {
                DiagnosticLogging.Log(Log, diagnostic);
                _reportedDiagnostic |= diagnostic.Severity == DiagnosticSeverity.Error;
                return;
            }

            string? progress = RunnerProtocol.ParseProgress(singleLine);
            if (progress != null)
            {
                Log.LogMessage(MessageImportance.High, "AiFactory: " + progress);
                return;
            }

            base.LogEventsFromTextOutput(singleLine, messageImportance);
        }

        /// <inheritdoc />
        public override void Cancel()
        {
            _cancelled = true;
            base.Cancel();
        }

        /// <inheritdoc />
        protected override int ExecuteTool(string pathToTool, string responseFileCommands, string commandLineCommands)
        {
            var clock = Stopwatch.StartNew();
            int exitCode = base.ExecuteTool(pathToTool, responseFileCommands, commandLineCommands);
            if (exitCode != 0 && !_cancelled && Timeout != System.Threading.Timeout.Infinite && clock.ElapsedMilliseconds >= Timeout)
            {
                DiagnosticLogging.Log(Log, Diagnostic.Error(DiagnosticIds.TrainingTimedOut,
                    $"{Stage} stopped after {Timeout / 1000.0:0.#} s, the limit set by AiFactoryStageTimeoutSeconds; " +
                    "raise the limit, or train on less data",
                    new SourceLocation(ManifestPath, 0, 0)));
                _reportedDiagnostic = true;
            }

            return exitCode;
        }

        /// <inheritdoc />
        protected override bool HandleTaskExecutionErrors()
        {
            // The runner already reported a coded diagnostic: don't add MSBuild's generic "exited with code 1".
            return _reportedDiagnostic || _cancelled ? false : base.HandleTaskExecutionErrors();
        }

        private static bool RuntimeInformationIsWindows() => Path.DirectorySeparatorChar == '\\';
    }
}
