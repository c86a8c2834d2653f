using System.Collections.Generic;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Json;

namespace AiFactory.Manifest.Reading
{
    /// <summary>One reading of one manifest: where it is, what may be checked, and the problems found so far.</summary>
    internal sealed class ReadContext
    {
        public ReadContext(string manifestPath, string manifestDirectory, ManifestReadOptions options)
        {
            ManifestPath = manifestPath;
            ManifestDirectory = manifestDirectory;
            Options = options;
        }

        /// <summary>The manifest path as the caller gave it: diagnostics name the file the way the build does.</summary>
        public string ManifestPath { get; }

        /// <summary>Absolute folder relative paths resolve against.</summary>
        public string ManifestDirectory { get; }

        public ManifestReadOptions Options { get; }

        /// <summary>True when the file read is an aifactory.policy.json: its gates are a model's minimums, not a model's own.</summary>
        public bool IsPolicy { get; set; }

        public List<Diagnostic> Diagnostics { get; } = new List<Diagnostic>();

        public SourceLocation At(JsonNode node) => new SourceLocation(ManifestPath, node.Line, node.Column);

        public SourceLocation At(JsonProperty property) => new SourceLocation(ManifestPath, property.Line, property.Column);

        public void Error(string code, string message, SourceLocation location) =>
            Diagnostics.Add(Diagnostic.Error(code, message, location));
    }
}
