using System;
using System.Collections.Generic;
using AiFactory.Manifest.Model;

namespace AiFactory.Manifest.Reading
{
    /// <summary>
    /// The gate paths a waiver may name: the key path under <c>gates</c> of a setting a policy can set — a bound
    /// (<c>metrics.auc.min</c>), a gate (<c>metrics.auc</c>, covering both its bounds) or a setting
    /// (<c>fairness.minGroupSize</c>) — the vocabulary of the manifest's own keys (<see cref="ManifestKeys"/>).
    /// </summary>
    internal static class WaivableGates
    {
        private const string MissingRateColumns = "data.maxMissingRate.columns";

        /// <summary>Every fixed setting a waiver may name; under <c>data.maxMissingRate.columns</c> any column name follows.</summary>
        public static IReadOnlyList<string> Settings { get; } = BuildPaths();

        /// <summary>Every fixed path a waiver may name: the settings and the gates above them (their prefixes at a dot).</summary>
        public static IReadOnlyList<string> Paths { get; } = WithPrefixes(Settings);

        /// <summary>True when <paramref name="gate"/> names a setting or a gate (a prefix of settings at a dot).</summary>
        public static bool Names(string gate)
        {
            if (gate.StartsWith(MissingRateColumns + ".", StringComparison.Ordinal))
            {
                string column = gate.Substring(MissingRateColumns.Length + 1);
                return column.Trim().Length > 0;
            }

            foreach (string path in Paths)
            {
                if (string.Equals(path, gate, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private static List<string> WithPrefixes(IReadOnlyList<string> settings)
        {
            var paths = new List<string>();
            foreach (string setting in settings)
            {
                for (int dot = setting.IndexOf('.'); dot > 0; dot = setting.IndexOf('.', dot + 1))
                {
                    string prefix = setting.Substring(0, dot);
                    if (!paths.Contains(prefix))
                    {
                        paths.Add(prefix);
                    }
                }

                paths.Add(setting);
            }

            return paths;
        }

        private static List<string> BuildPaths()
        {
            var paths = new List<string>();
            foreach (MetricDescriptor metric in MetricDescriptor.Overall)
            {
                Add(paths, "metrics." + metric.Name, ManifestKeys.MetricBounds);
            }

            Add(paths, "metrics", Without(ManifestKeys.MetricSettings, "seed"));
            Add(paths, "business", ManifestKeys.BusinessGates);
            Add(paths, "business", ManifestKeys.BusinessSettings);
            foreach (string gate in ManifestKeys.DataGates)
            {
                if (gate == "minRows")
                {
                    Add(paths, "data.minRows", ManifestKeys.DataGateFiles);
                }
                else if (gate == "maxMissingRate")
                {
                    Add(paths, "data.maxMissingRate", Without(ManifestKeys.MissingRateBounds, "columns"));
                    paths.Add(MissingRateColumns);
                }
                else
                {
                    paths.Add("data." + gate);
                }
            }

            foreach (string key in ManifestKeys.Fairness)
            {
                if (key == "seed")
                {
                    continue;
                }

                if (key == "everyGroup")
                {
                    foreach (string metric in FairnessMetricNames.GroupMetrics)
                    {
                        Add(paths, "fairness.everyGroup." + metric, ManifestKeys.GroupMetricBounds);
                    }
                }
                else if (key == "disparateImpact")
                {
                    Add(paths, "fairness.disparateImpact", ManifestKeys.DisparateImpactBounds);
                }
                else if (key.EndsWith("Difference", StringComparison.Ordinal))
                {
                    Add(paths, "fairness." + key, ManifestKeys.FairnessDifferenceBounds);
                }
                else if (key.EndsWith("Ratio", StringComparison.Ordinal))
                {
                    Add(paths, "fairness." + key, ManifestKeys.FairnessRatioBounds);
                }
                else
                {
                    paths.Add("fairness." + key);
                }
            }

            return paths;
        }

        private static void Add(List<string> paths, string prefix, IReadOnlyList<string> keys)
        {
            foreach (string key in keys)
            {
                paths.Add(prefix + "." + key);
            }
        }

        private static List<string> Without(IReadOnlyList<string> keys, string left)
        {
            var kept = new List<string>(keys);
            kept.Remove(left);
            return kept;
        }
    }
}
