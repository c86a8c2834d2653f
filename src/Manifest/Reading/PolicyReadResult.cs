using System.Collections.Generic;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Manifest.Reading
{
    /// <summary>The outcome of reading a policy and its waivers: the validated policy, or every problem found.</summary>
    internal sealed class PolicyReadResult
    {
        /// <summary>Creates a result; the policy is dropped when a diagnostic is an error.</summary>
        public PolicyReadResult(GovernancePolicy? policy, IReadOnlyList<Diagnostic> diagnostics)
        {
            Diagnostics = diagnostics;
            foreach (Diagnostic diagnostic in diagnostics)
            {
                HasErrors |= diagnostic.Severity == DiagnosticSeverity.Error;
            }

            // A half-read policy must never govern a model: a minimum it failed to read is a loosening nobody approved.
            Policy = HasErrors ? null : policy;
        }

        /// <summary>The validated policy with its waivers, or null when there are errors.</summary>
        public GovernancePolicy? Policy { get; }

        /// <summary>Every problem found in the policy and the waivers file.</summary>
        public IReadOnlyList<Diagnostic> Diagnostics { get; }

        /// <summary>True when at least one diagnostic is an error.</summary>
        public bool HasErrors { get; }
    }
}
