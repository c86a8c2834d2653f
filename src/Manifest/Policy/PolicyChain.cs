using System;
using System.Collections.Generic;
using System.IO;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;

namespace AiFactory.Manifest.Policy
{
    /// <summary>
    /// Compares each policy with every policy above it (docs/policy.md): a nearer policy may tighten an outer one but
    /// never loosen it. Each setting a nearer policy writes looser than an outer one is AIF2023 at the nearer policy's
    /// line, naming the outer one's — whether or not a manifest below sets that gate itself, and with no waiver (waivers
    /// are granted to models). Gates, fairness settings and the build permissions are compared by the same "tighter
    /// than" orders as a manifest's.
    /// </summary>
    internal static class PolicyChain
    {
        /// <summary>The loosenings among <paramref name="policyPaths"/>, nearest first; files are read afresh for each pair.</summary>
        /// <param name="policyPaths">The policies that apply to a model, nearest first, each already read without errors.</param>
        /// <param name="today">The date of the build (no waiver applies between policies; kept for the merge's rules).</param>
        public static IReadOnlyList<Diagnostic> Check(IReadOnlyList<string> policyPaths, DateTime today)
        {
            if (policyPaths is null)
            {
                throw new ArgumentNullException(nameof(policyPaths));
            }

            var diagnostics = new List<Diagnostic>();
            for (int nearer = 0; nearer < policyPaths.Count; nearer++)
            {
                for (int outer = nearer + 1; outer < policyPaths.Count; outer++)
                {
                    // Fresh reads: comparing merges the outer policy's settings into the nearer one's in place.
                    GovernancePolicy? near = PolicyReader.ReadFile(policyPaths[nearer]).Policy;
                    GovernancePolicy? far = PolicyReader.ReadFile(policyPaths[outer]).Policy;
                    if (near != null && far != null)
                    {
                        diagnostics.AddRange(Compare(near, far, today));
                    }
                }
            }

            return diagnostics;
        }

        /// <summary>Every setting <paramref name="nearer"/> writes looser than <paramref name="outer"/>, as AIF2023 at the nearer one's line.</summary>
        public static IReadOnlyList<Diagnostic> Compare(GovernancePolicy nearer, GovernancePolicy outer, DateTime today)
        {
            if (nearer is null)
            {
                throw new ArgumentNullException(nameof(nearer));
            }

            if (outer is null)
            {
                throw new ArgumentNullException(nameof(outer));
            }

            // The nearer policy's gates stand in for a model that every policy gate applies to: scores, training data,
            // costs and two sensitive attributes, so that no comparison is skipped for want of something a model lacks.
            var asModel = new ModelManifest
            {
                FilePath = nearer.FilePath,
                Directory = Path.GetDirectoryName(nearer.FilePath) ?? "",
                Data = new DataSection { TrainPath = "train", TestPath = "test", Score = "score", Sensitive = new[] { "first", "second" } },
                Business = new BusinessSection { Costs = new CostMatrix() },
                Gates = nearer.Gates,
            };
            var merge = new PolicyMerge(asModel, outer, today, comparesPolicies: true);
            PolicyApplier.ApplyGates(merge);
            Permission(merge, "build.demoteGates", nearer.DemoteGates, nearer.DemoteGatesLocation, outer.DemoteGates, outer.DemoteGatesLocation);
            Permission(merge, "build.skipTraining", nearer.SkipTraining, nearer.SkipTrainingLocation, outer.SkipTraining, outer.SkipTrainingLocation);
            return merge.Diagnostics;
        }

        private static void Permission(PolicyMerge merge, string path, BuildPermission mine, SourceLocation? mineAt, BuildPermission policys, SourceLocation? policyAt)
        {
            if (policyAt != null)
            {
                merge.Setting(path, mine, mineAt, policys, policyAt, TighterThan.Permission, v => "\"" + BuildPermissions.Name(v) + "\"", new List<Waiver>());
            }
        }
    }
}
