using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using AiFactory.Core.Protocol;
using AiFactory.Manifest.Diagnostics;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace AiFactory.Build.Tasks
{
    /// <summary>
    /// Runs a heavy stage (<see cref="ModelStage"/>) out of process: the built model project itself, started with
    /// <c>dotnet exec</c>, so ML.NET loads with the project's own dependencies and never inside MSBuild.
    /// ToolTask gives cancellation (Ctrl+C kills the process tree) and the timeout.
    /// </summary>
    public sealed class RunModelStage : ToolTask
    {
        private bool _cancelled;
        private bool _reportedDiagnostic;
        private StageArguments _arguments = new StageArguments();

        /// <summary>"train", "evaluate" or "estimate-uncertainty".</summary>
        [Required]
        public string Stage { get; set; } = "";

        /// <summary>The built model project (bin/…/Model.dll) with its runtimeconfig and deps files.</summary>
        [Required]
        public string ModelAssemblyPath { get; set; } = "";

        /// <summary>
        /// What the prepare stage recorded (prepared.state): the manifest, the folders, the fingerprints and the
        /// other arguments every stage is started with (<see cref="StageArguments"/>).
        /// </summary>
        [Required]
        public string PreparedStateFile { get; set; } = "";

        /// <summary>The dotnet host (DOTNET_HOST_PATH); found on PATH when empty.</summary>
        public string DotnetHostPath { get; set; } = "";

        /// <summary>Time limit in seconds (AiFactoryStageTimeoutSeconds); 0 or less means none.</summary>
        public int TimeoutSeconds { get; set; }

        /// <inheritdoc />
        public override bool Execute()
        {
            if (ModelStage.Find(Stage) is null)
            {
                Log.LogError($"AiFactory: unknown stage '{Stage}'; the stages are {string.Join(", ", ModelStage.All)}");
                return false;
            }

            if (!File.Exists(PreparedStateFile))
            {
                Log.LogError($"AiFactory: {Stage} cannot start: {PreparedStateFile}, which the prepare stage writes, is missing; build again");
                return false;
            }

            _arguments = PreparedState.ReadFrom(PreparedStateFile).Arguments.For(Stage);
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
            IReadOnlyList<string> arguments = _arguments.ToArguments();
            builder.AppendSwitch(arguments[0]);
            for (int i = 1; i + 1 < arguments.Count; i += 2)
            {
                if (arguments[i + 1].Length == 0)
                {
                    // An empty value must still reach the runner as an (empty) argument.
                    builder.AppendSwitch(arguments[i]);
                    builder.AppendTextUnquoted(" \"\"");
                }
                else
                {
                    builder.AppendSwitchIfNotNull(arguments[i] + " ", arguments[i + 1]);
                }
            }

            return builder.ToString();
        }

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

            string? detail = RunnerProtocol.ParseDetail(singleLine);
            if (detail != null)
            {
                Log.LogMessage(MessageImportance.Normal, detail);
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
                    new SourceLocation(_arguments.ManifestPath, 0, 0)));
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
