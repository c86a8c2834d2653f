using System;
using System.Collections.Generic;
using System.IO;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Reading;

namespace AiFactory.Manifest.Policy
{
    /// <summary>
    /// Reads a model's aifactory.json as the build judges it: the manifest, then the policy above it (with the hub's
    /// waivers) applied, so every stage and every tool sees the same effective gates.
    /// </summary>
    public static class GovernedManifest
    {
        /// <summary>
        /// Reads the manifest file and applies the nearest aifactory.policy.json in its folder or above. The result
        /// holds the effective manifest (<c>Manifest.Policy</c> names the policy applied) and the diagnostics of the
        /// manifest, the policy, the waivers and the application, in that order.
        /// </summary>
        /// <param name="manifestPath">Path of aifactory.json.</param>
        /// <param name="options">What to check beyond the text.</param>
        /// <param name="today">The date waivers are judged on; null for today's UTC date.</param>
        public static ManifestReadResult ReadFile(string manifestPath, ManifestReadOptions options, DateTime? today = null)
        {
            ManifestReadResult read = ManifestReader.ReadFile(manifestPath, options);
            string? policyPath = PolicyLocator.Find(Path.GetDirectoryName(Path.GetFullPath(manifestPath)) ?? ".");
            if (policyPath == null)
            {
                return read;
            }

            PolicyReadResult policy = PolicyReader.ReadFile(policyPath);
            var diagnostics = new List<Diagnostic>(read.Diagnostics);
            diagnostics.AddRange(policy.Diagnostics);
            if (read.Manifest == null || policy.Policy == null)
            {
                return new ManifestReadResult(null, diagnostics);
            }

            diagnostics.AddRange(PolicyApplier.Apply(read.Manifest, policy.Policy, today ?? DateTime.UtcNow.Date));
            return new ManifestReadResult(read.Manifest, diagnostics);
        }
    }
}
