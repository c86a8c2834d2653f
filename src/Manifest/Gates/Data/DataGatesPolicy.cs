using AiFactory.Manifest.Gates.Metrics;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Policy;

namespace AiFactory.Manifest.Gates.Data
{
    /// <summary>
    /// Applies the policy's <c>gates.data</c> to a manifest's: each bound, and the settings (judging, confidence,
    /// resamples) in the order <c>gates.metrics</c>' follow (<see cref="MetricSettingsPolicy"/>).
    /// </summary>
    internal static class DataGatesPolicy
    {
        public static void Apply(PolicyMerge merge)
        {
            DataGates? policy = merge.Policy.Gates.Data;
            if (policy == null)
            {
                return;
            }

            ModelManifest manifest = merge.Manifest;
            DataGates mine = manifest.Gates.Data ?? new DataGates { Location = policy.Location };
            bool hasTrain = manifest.Data.TrainPath != null;
            bool hasSensitive = manifest.Data.Sensitive.Count > 0;

            // Predictions have no training file: the policy's minRows applies to the test file only.
            mine.MinRowsTrain = hasTrain ? merge.Bound("data.minRows.train", mine.MinRowsTrain, policy.MinRowsTrain, minimum: true) : mine.MinRowsTrain;
            mine.MinRowsTest = merge.Bound("data.minRows.test", mine.MinRowsTest, policy.MinRowsTest, minimum: true);
            mine.MaxMissingRate = merge.Bound("data.maxMissingRate.overall", mine.MaxMissingRate, policy.MaxMissingRate, minimum: false);
            mine.MaxMissingRateEachColumn = merge.Bound("data.maxMissingRate.eachColumn", mine.MaxMissingRateEachColumn, policy.MaxMissingRateEachColumn, minimum: false);
            if (policy.MaxMissingRateEachColumn != null)
            {
                // A column's own bound replaces eachColumn for that column, so it must not be looser than the policy's.
                foreach (ColumnBound column in mine.MaxMissingRateColumns)
                {
                    merge.Bound($"data.maxMissingRate.columns.{column.Column}", column.Bound, policy.MaxMissingRateEachColumn, minimum: false);
                }
            }

            mine.MaxDuplicateRate = merge.Bound("data.maxDuplicateRate", mine.MaxDuplicateRate, policy.MaxDuplicateRate, minimum: false);
            mine.MaxOverlapRate = hasTrain ? merge.Bound("data.maxOverlapRate", mine.MaxOverlapRate, policy.MaxOverlapRate, minimum: false) : mine.MaxOverlapRate;
            mine.MinMinorityShare = merge.Bound("data.minMinorityShare", mine.MinMinorityShare, policy.MinMinorityShare, minimum: true);
            MetricSettingsPolicy.Apply(merge, "data", mine.Settings, policy.Settings);
            mine.MaxLeakageAuc = merge.Bound("data.maxLeakageAuc", mine.MaxLeakageAuc, policy.MaxLeakageAuc, minimum: false);
            if (hasSensitive)
            {
                mine.MinGroupRows = merge.Bound("data.minGroupRows", mine.MinGroupRows, policy.MinGroupRows, minimum: true);
                mine.MaxProxyStrength = merge.Bound("data.maxProxyStrength", mine.MaxProxyStrength, policy.MaxProxyStrength, minimum: false);
            }
            else
            {
                const string reason = "data.sensitive names no sensitive attribute";
                if (policy.MinGroupRows != null) merge.NotApplicable("data.minGroupRows", policy.MinGroupRows.Location, reason);
                if (policy.MaxProxyStrength != null) merge.NotApplicable("data.maxProxyStrength", policy.MaxProxyStrength.Location, reason);
            }

            if (mine.Any)
            {
                manifest.Gates.Data = mine;
            }
        }
    }
}
