using System.Collections.Generic;
using AiFactory.Manifest.Gates.Baseline;
using AiFactory.Manifest.Gates.Business;
using AiFactory.Manifest.Gates.Data;
using AiFactory.Manifest.Gates.Fairness;
using AiFactory.Manifest.Gates.Metrics;
using AiFactory.Manifest.Policy;

namespace AiFactory.Manifest.Gates
{
    /// <summary>
    /// The registry of gate kinds, in the order they are read, merged and listed: metrics, baseline, business, data,
    /// fairness. Adding a kind is adding it here (docs/development.md, "Adding a gate kind").
    /// </summary>
    internal static class GateSections
    {
        public static readonly IReadOnlyList<IGateSection> All = new IGateSection[]
        {
            new MetricsGateSection(),
            new BaselineGateSection(),
            new BusinessGateSection(),
            new DataGateSection(),
            new FairnessGateSection(),
        };

        /// <summary>The keys of the kinds a policy can set, in registry order: the sections a waiver's gate path may start with.</summary>
        public static IReadOnlyList<string> InPolicy { get; } = BuildInPolicy();

        /// <summary>Every threshold a policy's <c>required</c> may name, kind by kind.</summary>
        public static IReadOnlyList<string> Thresholds { get; } = BuildThresholds();

        /// <summary>The kind whose key is <paramref name="key"/>, or null.</summary>
        public static IGateSection? Named(string key)
        {
            foreach (IGateSection kind in All)
            {
                if (kind.Key == key)
                {
                    return kind;
                }
            }

            return null;
        }

        /// <summary>The kind a threshold path (<c>metrics.auc</c>) belongs to, or null.</summary>
        public static IGateSection? Owning(string path) => Named(path.Split('.')[0]);

        /// <summary>The policy's gates against the manifest's, in place: stage by stage, each kind in order.</summary>
        public static void MergePolicy(PolicyMerge merge)
        {
            foreach (PolicyStage stage in new[] { PolicyStage.TestSetBounds, PolicyStage.TestSetSettings, PolicyStage.Section })
            {
                foreach (IGateSection kind in All)
                {
                    kind.MergePolicy(merge, stage);
                }
            }
        }

        private static List<string> BuildInPolicy()
        {
            var keys = new List<string>();
            foreach (IGateSection kind in All)
            {
                if (kind.PolicyRefusal == null)
                {
                    keys.Add(kind.Key);
                }
            }

            return keys;
        }

        private static List<string> BuildThresholds()
        {
            var paths = new List<string>();
            foreach (IGateSection kind in All)
            {
                paths.AddRange(kind.Thresholds);
            }

            return paths;
        }
    }
}
