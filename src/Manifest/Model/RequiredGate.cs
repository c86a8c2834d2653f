using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Manifest.Model
{
    /// <summary>An entry of a policy's <c>required</c>: a gate every model under the policy must have.</summary>
    internal sealed class RequiredGate
    {
        /// <summary>Creates a required gate.</summary>
        public RequiredGate(string path, SourceLocation location)
        {
            Path = path;
            Location = location;
        }

        /// <summary>The gate's key path under <c>gates</c>: <c>metrics.auc</c>, <c>fairness.everyGroup.fpr</c>, ...</summary>
        public string Path { get; }

        /// <summary>Where the entry is in the policy file.</summary>
        public SourceLocation Location { get; }
    }
}
