using System.Collections.Generic;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Manifest.Reading
{
    /// <summary>The outcome of reading a manifest: the validated manifest, or every problem found.</summary>
    internal sealed class ManifestReadResult
    {
        /// <summary>Creates a result; <paramref name="manifest"/> must be null when a diagnostic is an error.</summary>
        public ManifestReadResult(ModelManifest? manifest, IReadOnlyList<Diagnostic> diagnostics)
        {
            Diagnostics = diagnostics;
            foreach (Diagnostic diagnostic in diagnostics)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    HasErrors = true;
                }
            }

            // A manifest with errors must never reach the gates: a half-read threshold is a gate that cannot fail.
            Manifest = HasErrors ? null : manifest;
        }

        /// <summary>The validated manifest, or null when there are errors.</summary>
        public ModelManifest? Manifest { get; }

        /// <summary>Every problem found, in the order of their positions in the file.</summary>
        public IReadOnlyList<Diagnostic> Diagnostics { get; }

        /// <summary>True when at least one diagnostic is an error.</summary>
        public bool HasErrors { get; }
    }
}
