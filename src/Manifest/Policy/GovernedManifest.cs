using System;
using System.Collections.Generic;
using System.IO;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;

namespace AiFactory.Manifest.Policy
{
    /// <summary>
    /// Reads a model's aifactory.json as the build judges it: the manifest, then the policy above it (with the hub's
    /// waivers) applied, so every stage and every tool sees the same effective gates.
    /// </summary>
    internal static class GovernedManifest
    {
        /// <summary>
        /// Reads the manifest file and applies the aifactory.policy.json files in its folder and above, nearest first
        /// (an outer policy binds the nearer one as it binds a manifest). The result holds the effective manifest
        /// (<c>Manifest.Policy</c> names the nearest policy, <c>Manifest.Policies</c> all of them) and the diagnostics of
        /// the manifest, the policies and their waivers, the policies' loosenings of each other (<see cref="PolicyChain"/>)
        /// and the application, in that order.
        /// </summary>
        /// <param name="manifestPath">Path of aifactory.json.</param>
        /// <param name="options">What to check beyond the text.</param>
        /// <param name="today">The date waivers are judged on; null for today's UTC date.</param>
        public static ManifestReadResult ReadFile(string manifestPath, ManifestReadOptions options, DateTime? today = null)
        {
            ManifestReadResult read = ManifestReader.ReadFile(manifestPath, options);
            List<string> policies = PolicyLocator.FindAll(Path.GetDirectoryName(Path.GetFullPath(manifestPath)) ?? ".");
            if (policies.Count == 0)
            {
                return read;
            }

            var diagnostics = new List<Diagnostic>(read.Diagnostics);
            var readPolicies = new List<Model.GovernancePolicy>();
            foreach (string policyPath in policies)
            {
                PolicyReadResult policy = PolicyReader.ReadFile(policyPath);
                diagnostics.AddRange(policy.Diagnostics);
                if (policy.Policy != null)
                {
                    readPolicies.Add(policy.Policy);
                }
            }

            if (read.Manifest == null || readPolicies.Count < policies.Count)
            {
                return new ManifestReadResult(null, diagnostics);
            }

            // A nearer policy that loosens an outer one is reported at its own line, whatever the manifest sets.
            DateTime date = today ?? DateTime.UtcNow.Date;
            diagnostics.AddRange(PolicyChain.Check(policies, date));

            // Nearest first: what the nearest policy adds counts as the model's own for the policies above it (a
            // loosening it brings is the chain's report above, not the model's).
            foreach (Model.GovernancePolicy policy in readPolicies)
            {
                diagnostics.AddRange(PolicyApplier.Apply(read.Manifest, policy, date));
            }

            NothingJudged(read.Manifest, diagnostics);
            return new ManifestReadResult(read.Manifest, diagnostics);
        }

        /// <summary>
        /// Applies one policy (and its waivers) to manifest text, with no IO: what analyzers do with the files the
        /// build gives them as AdditionalFiles. Returns the manifest's diagnostics followed by the policy's and the
        /// application's.
        /// </summary>
        public static ManifestReadResult Read(string manifestPath, string manifestText, ManifestReadOptions options, PolicyReadResult policy, DateTime today)
        {
            if (policy is null)
            {
                throw new ArgumentNullException(nameof(policy));
            }

            ManifestReadResult read = ManifestReader.Read(manifestPath, manifestText, options);
            var diagnostics = new List<Diagnostic>(read.Diagnostics);
            diagnostics.AddRange(policy.Diagnostics);
            if (read.Manifest == null || policy.Policy == null)
            {
                return new ManifestReadResult(null, diagnostics);
            }

            diagnostics.AddRange(PolicyApplier.Apply(read.Manifest, policy.Policy, today));
            NothingJudged(read.Manifest, diagnostics);
            return new ManifestReadResult(read.Manifest, diagnostics);
        }

        /// <summary>
        /// AIF2031 when a model under a policy is left with no gate (its manifest sets none and none of the policy's
        /// applies to it): a build that judges nothing would pass whatever the model does. Only when nothing else is an
        /// error already (a missing required gate says more).
        /// </summary>
        private static void NothingJudged(ModelManifest manifest, List<Diagnostic> diagnostics)
        {
            if (manifest.Gates.Any || manifest.Policy == null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in diagnostics)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    return;
                }
            }

            diagnostics.Add(Diagnostic.Error(DiagnosticIds.NothingJudged,
                $"nothing judges model '{manifest.Model.Name}': its manifest sets no gate and none of the gates of the policy " +
                $"{manifest.Policy.FilePath} applies to it, so the build would pass whatever the model does. Add a gate to " +
                "aifactory.json, e.g. \"gates\": { \"metrics\": { \"auc\": { \"min\": 0.70 } } }, or give the model what the policy's gates need",
                new SourceLocation(manifest.FilePath, 1, 1)));
        }
    }
}
