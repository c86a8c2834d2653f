using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Gates.Business;
using AiFactory.Manifest.Json;
using AiFactory.Manifest.Model;

namespace AiFactory.Manifest.Reading
{
    /// <summary>
    /// Reads and validates aifactory.json: the single source of truth for what a manifest may say. Reports every
    /// problem in one pass, each at its line and column (invalid JSON alone stops at its first problem).
    /// </summary>
    internal static class ManifestReader
    {
        /// <summary>
        /// Validates manifest text. Does no IO except through <see cref="ManifestReadOptions.FileExists"/>, so analyzers
        /// can call it on an AdditionalFile.
        /// </summary>
        /// <param name="manifestPath">The manifest's path: relative paths inside resolve against its folder, and
        /// diagnostics name it as given.</param>
        /// <param name="text">The manifest's content.</param>
        /// <param name="options">What to check beyond the text.</param>
        public static ManifestReadResult Read(string manifestPath, string text, ManifestReadOptions options)
        {
            if (manifestPath == null)
            {
                throw new ArgumentNullException(nameof(manifestPath));
            }

            if (text == null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            if (options == null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            string fullPath = Path.GetFullPath(manifestPath);
            string directory = Path.GetDirectoryName(fullPath) ?? fullPath;
            var context = new ReadContext(manifestPath, directory, options);

            JsonNode? root = JsonFileText.Parse(context, text);
            if (root == null)
            {
                return new ManifestReadResult(null, context.Diagnostics);
            }

            ModelManifest? manifest = null;
            if (root is JsonObject rootObject)
            {
                manifest = ReadRoot(context, rootObject);
                manifest.FilePath = fullPath;
                manifest.Directory = directory;
            }
            else
            {
                context.Error(
                    DiagnosticIds.WrongType,
                    TypeMismatch.Message("the manifest", "a JSON object", root, "write { \"model\": { ... }, \"data\": { ... } }"),
                    context.At(root));
            }

            return new ManifestReadResult(manifest, JsonFileText.InFileOrder(context.Diagnostics));
        }

        /// <summary>
        /// Reads the manifest file and validates it; a missing or unreadable file is AIF2011.
        /// </summary>
        /// <param name="manifestPath">Path of aifactory.json.</param>
        /// <param name="options">What to check beyond the text.</param>
        public static ManifestReadResult ReadFile(string manifestPath, ManifestReadOptions options)
        {
            if (manifestPath == null)
            {
                throw new ArgumentNullException(nameof(manifestPath));
            }

            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(manifestPath);
            }
            catch (Exception e) when (e is FileNotFoundException || e is DirectoryNotFoundException)
            {
                return NotFound(manifestPath,
                    $"there is no manifest at {SafeFullPath(manifestPath)}; create aifactory.json next to the model's project file " +
                    "(see docs/manifest.md), or point the AiFactoryManifest MSBuild property at it");
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                return NotFound(manifestPath, $"the manifest {manifestPath} cannot be read: {e.Message}");
            }

            string? text = JsonFileText.Decode(manifestPath, bytes, out Diagnostic? notText);
            return text == null ? new ManifestReadResult(null, new[] { notText! }) : Read(manifestPath, text, options);
        }

        private static ModelManifest ReadRoot(ReadContext context, JsonObject node)
        {
            var root = new ObjectReader(context, node, "", ManifestKeys.Root);
            var manifest = new ModelManifest();
            root.String("$schema", allowEmpty: true);

            ModelSource? source = null;
            JsonObject? model = root.Object("model", requiredExample: "\"model\": { \"name\": \"LoanApproval\" }");
            if (model != null)
            {
                manifest.Model = ModelSectionReader.Read(context, model, out source);
            }

            bool hasCosts = false;
            JsonObject? business = root.Object("business");
            if (business != null)
            {
                manifest.Business = BusinessSectionReader.Read(context, business);
                hasCosts = business.GetProperty("costs") != null;
            }

            bool labelOnly = false;
            JsonObject? data = root.Object("data", requiredExample: "\"data\": { \"train\": \"data/train.csv\", \"test\": \"data/test.csv\", \"label\": \"Approved\", \"positive\": \"true\" }");
            if (data != null)
            {
                manifest.Data = DataSectionReader.Read(context, data, source);

                // Judged on the keys written, not on their validated values, so a typo in the column name does not
                // hide that auc cannot be computed from labels.
                labelOnly = source != ModelSource.MLNet && data.GetProperty("prediction") != null && data.GetProperty("score") == null;
            }

            JsonObject? gates = root.Object("gates");
            if (gates != null)
            {
                var paths = new DataPaths(context, manifest.Data.AllowedRoots);
                manifest.Gates = GatesSectionReader.Read(context, gates, paths, labelOnly, hasCosts, data != null ? manifest.Data : null);
            }

            return manifest;
        }

        private static ManifestReadResult NotFound(string manifestPath, string message) =>
            new ManifestReadResult(null, new[]
            {
                Diagnostic.Error(DiagnosticIds.ManifestNotFound, message, new SourceLocation(manifestPath, 0, 0)),
            });

        private static string SafeFullPath(string path)
        {
            try
            {
                return Path.GetFullPath(path);
            }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is PathTooLongException)
            {
                return path;
            }
        }
    }
}
