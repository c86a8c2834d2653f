using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiFactory.Analyzers.Infrastructure
{
    /// <summary>
    /// What the analyzers know from the project's aifactory.json, read from the AdditionalFile the package adds, with
    /// the same reader the build uses (no IO: the compiler or the IDE gives the text).
    /// </summary>
    internal sealed class ManifestFacts
    {
        /// <summary>The item metadata the package sets on the manifest's AdditionalFiles item.</summary>
        public const string ManifestMetadataKey = "build_metadata.AdditionalFiles.AiFactoryManifest";

        /// <summary>The manifest's usual file name, for projects that add it by hand.</summary>
        public const string DefaultFileName = "aifactory.json";

        // Keyed by the text: the IDE reuses one SourceText while the file is unchanged, so a keystroke in C# code
        // does not re-read the manifest. The boxed path guards against the same text under another name.
        private static readonly ConditionalWeakTable<SourceText, CachedRead> Cache = new ConditionalWeakTable<SourceText, CachedRead>();

        private static readonly ManifestFacts NoManifest = new ManifestFacts(null, null, null);

        /// <summary>The item metadata the package sets on the policy's AdditionalFiles item (the nearest aifactory.policy.json above).</summary>
        public const string PolicyMetadataKey = "build_metadata.AdditionalFiles.AiFactoryPolicy";

        /// <summary>The item metadata the package sets on the waivers file beside the policy.</summary>
        public const string WaiversMetadataKey = "build_metadata.AdditionalFiles.AiFactoryWaivers";

        private ManifestFacts(AdditionalText? file, SourceText? text, ManifestReadResult? result, IReadOnlyList<Manifest.Diagnostics.Diagnostic>? policyProblems = null)
        {
            File = file;
            Text = text;
            Result = result;
            PolicyProblems = policyProblems ?? Array.Empty<Manifest.Diagnostics.Diagnostic>();
            ModelManifest? manifest = result?.Manifest;
            Sensitive = manifest?.Data.Sensitive ?? Array.Empty<string>();
            Label = string.IsNullOrEmpty(manifest?.Data.Label) ? null : manifest!.Data.Label;
            Seed = manifest?.Model.Seed ?? ModelSection.DefaultSeed;
        }

        /// <summary>The manifest's AdditionalFile, or null when the project has none.</summary>
        public AdditionalText? File { get; }

        /// <summary>The manifest's text, or null.</summary>
        public SourceText? Text { get; }

        /// <summary>What the reader found, or null without a manifest.</summary>
        public ManifestReadResult? Result { get; }

        /// <summary>
        /// What applying the policy above the manifest finds (loosened settings, waivers, required gates), when the
        /// build gave the policy as an AdditionalFile and the manifest itself is valid; empty otherwise.
        /// </summary>
        public IReadOnlyList<Manifest.Diagnostics.Diagnostic> PolicyProblems { get; }

        /// <summary><c>data.sensitive</c> of a valid manifest (empty otherwise).</summary>
        public IReadOnlyList<string> Sensitive { get; }

        /// <summary><c>data.label</c> of a valid manifest, or null.</summary>
        public string? Label { get; }

        /// <summary><c>model.seed</c>, or the factory's default seed.</summary>
        public int Seed { get; }

        /// <summary>Finds and reads the manifest among the analyzer's AdditionalFiles.</summary>
        public static ManifestFacts Read(AnalyzerOptions options, CancellationToken cancellationToken)
        {
            AdditionalText? file = Find(options);
            if (file == null)
            {
                return NoManifest;
            }

            SourceText? text = file.GetText(cancellationToken);
            if (text == null)
            {
                return NoManifest;
            }

            CachedRead cached = Cache.GetValue(text, t => new CachedRead(file.Path, Parse(file.Path, t)));
            ManifestReadResult? result = string.Equals(cached.Path, file.Path, StringComparison.Ordinal)
                ? cached.Result
                : Parse(file.Path, text);
            return new ManifestFacts(file, text, result, result != null && !result.HasErrors ? ApplyPolicy(options, file.Path, text, cancellationToken) : null);
        }

        /// <summary>
        /// The policy's findings on the manifest, from the policy and waivers AdditionalFiles (no IO); null without a
        /// policy. Waivers are judged on today's date, as the build judges them.
        /// </summary>
        private static IReadOnlyList<Manifest.Diagnostics.Diagnostic>? ApplyPolicy(AnalyzerOptions options, string manifestPath, SourceText manifestText, CancellationToken cancellationToken)
        {
            AdditionalText? policy = FindMarked(options, PolicyMetadataKey);
            SourceText? policyText = policy?.GetText(cancellationToken);
            if (policy == null || policyText == null)
            {
                return null;
            }

            AdditionalText? waivers = FindMarked(options, WaiversMetadataKey);
            SourceText? waiversText = waivers?.GetText(cancellationToken);
            try
            {
                PolicyReadResult read = waivers != null && waiversText != null
                    ? PolicyReader.Read(policy.Path, policyText.ToString(), waivers.Path, waiversText.ToString())
                    : PolicyReader.Read(policy.Path, policyText.ToString());
                ManifestReadResult governed = Manifest.Policy.GovernedManifest.Read(manifestPath, manifestText.ToString(), new ManifestReadOptions(), read, DateTime.UtcNow.Date);
                var found = new List<Manifest.Diagnostics.Diagnostic>();
                foreach (Manifest.Diagnostics.Diagnostic diagnostic in governed.Diagnostics)
                {
                    // The manifest's own problems are reported already; the policy file's own are the build's to report.
                    if (diagnostic.Location != null && string.Equals(diagnostic.Location.File, manifestPath, StringComparison.Ordinal)
                        && IsPolicyFinding(diagnostic.Code))
                    {
                        found.Add(diagnostic);
                    }
                }

                return found;
            }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is System.IO.PathTooLongException)
            {
                return null;
            }
        }

        private static bool IsPolicyFinding(string code) =>
            code == Manifest.Diagnostics.DiagnosticIds.PolicyLoosened || code == Manifest.Diagnostics.DiagnosticIds.RequiredGateMissing
            || code == Manifest.Diagnostics.DiagnosticIds.GateWaived || code == Manifest.Diagnostics.DiagnosticIds.WaiverExpired;

        private static AdditionalText? FindMarked(AnalyzerOptions options, string metadataKey)
        {
            foreach (AdditionalText file in options.AdditionalFiles)
            {
                if (options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(metadataKey, out string? marked)
                    && string.Equals(marked, "true", StringComparison.OrdinalIgnoreCase))
                {
                    return file;
                }
            }

            return null;
        }

        /// <summary>True when <paramref name="file"/> is the project's manifest.</summary>
        public static bool IsManifest(AnalyzerOptions options, AdditionalText file) =>
            ReferenceEquals(Find(options), file);

        private static AdditionalText? Find(AnalyzerOptions options)
        {
            AdditionalText? byName = null;
            foreach (AdditionalText file in options.AdditionalFiles)
            {
                if (options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(ManifestMetadataKey, out string? marked)
                    && string.Equals(marked, "true", StringComparison.OrdinalIgnoreCase))
                {
                    return file;
                }

                if (byName == null && string.Equals(FileName(file.Path), DefaultFileName, StringComparison.OrdinalIgnoreCase))
                {
                    byName = file;
                }
            }

            return byName;
        }

        private static string FileName(string path)
        {
            int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
            return slash < 0 ? path : path.Substring(slash + 1);
        }

        // FileExists null: analyzers may not touch the disk (the build checks that the data files exist).
        private static ManifestReadResult? Parse(string path, SourceText text)
        {
            try
            {
                return ManifestReader.Read(path, text.ToString(), new ManifestReadOptions());
            }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is System.IO.PathTooLongException)
            {
                // A path the platform cannot resolve: the build reports it; the analyzers go on without the manifest.
                return null;
            }
        }

        private sealed class CachedRead
        {
            public CachedRead(string path, ManifestReadResult? result)
            {
                Path = path;
                Result = result;
            }

            public string Path { get; }

            public ManifestReadResult? Result { get; }
        }
    }
}
