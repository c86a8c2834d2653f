using System;
using System.Collections.Generic;

namespace AiFactory.Core.Results
{
    /// <summary>How the build was run, recorded in results.json so that a demoted gate or a skipped stage is never silent.</summary>
    internal sealed class RunSettings
    {
        /// <summary>Severity failed gates were reported at: <c>"error"</c> (default) or <c>"warning"</c> when demoted.</summary>
        public string GateSeverity { get; set; } = "error";

        /// <summary>Stages the build was asked to skip (e.g. <c>"fairness"</c>); empty by default.</summary>
        public IReadOnlyList<string> SkippedStages { get; set; } = Array.Empty<string>();

        /// <summary>The version of AiFactory.Build that produced the results.</summary>
        public string PackageVersion { get; set; } = "";

        /// <summary>
        /// The repository root (the folder holding .git, or the project's): a data file inside it is written relative to
        /// the manifest's folder, with ../ steps where needed, so every clone writes the same path; "" writes files
        /// outside the manifest's folder as absolute paths.
        /// </summary>
        public string RepositoryRoot { get; set; } = "";

        /// <summary>The files the results were computed from, with their hashes (<see cref="InputFiles.Of"/>); empty when not given.</summary>
        public IReadOnlyList<InputFile> Inputs { get; set; } = Array.Empty<InputFile>();
    }
}
