using System.Collections.Generic;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Reading;

namespace AiFactory.Manifest.Gates
{
    /// <summary>A bootstrap seed is each model's: a policy that writes one in a section is refused (AIF2002).</summary>
    internal static class PolicySeed
    {
        /// <param name="context">The policy's reading.</param>
        /// <param name="settings">The settings the policy's section writes, or null when it has no such section.</param>
        /// <param name="section">The section's key under gates: <c>metrics</c>, <c>fairness</c>.</param>
        public static void Refuse(ReadContext context, IDictionary<string, SourceLocation>? settings, string section)
        {
            if (settings != null && settings.TryGetValue("seed", out SourceLocation? seed))
            {
                context.Error(DiagnosticIds.UnknownKey,
                    $"a policy cannot set the bootstrap seed: the seed is each model's (model.seed or gates.{section}.seed). Remove it here",
                    seed);
            }
        }
    }
}
