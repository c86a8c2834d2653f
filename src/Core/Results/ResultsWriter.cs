using System;
using System.Linq;
using AiFactory.Core.Business;
using AiFactory.Core.Evaluation;
using AiFactory.Core.Fairness;
using AiFactory.Core.Gates;
using AiFactory.Core.Metrics;
using AiFactory.Core.Profiling;
using AiFactory.Core.Results.Record;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Results
{
    /// <summary>
    /// Builds the run record of a build's evaluation and writes it as results.json, the public, machine-readable record
    /// (schema/results.schema.json) through <see cref="RunRecordJson"/>.
    /// The output is deterministic: no timestamps, no machine-specific paths (files are named relative to the
    /// manifest's folder), a fixed key order — the same inputs give the same bytes.
    /// </summary>
    internal static class ResultsWriter
    {
        /// <summary>The results.json version written.</summary>
        public const int SchemaVersion = RunRecord.CurrentSchemaVersion;

        /// <summary>The results.json text, ending with a line break.</summary>
        public static string ToJson(ModelManifest manifest, EvaluationRecord evaluation, GateEvaluation gates, RunSettings settings) =>
            RunRecordJson.Write(ToRecord(manifest, evaluation, gates, settings));

        /// <summary>The run record of an evaluation and its gates, as results.json publishes it.</summary>
        public static RunRecord ToRecord(ModelManifest manifest, EvaluationRecord evaluation, GateEvaluation gates, RunSettings settings)
        {
            if (manifest is null)
            {
                throw new ArgumentNullException(nameof(manifest));
            }

            if (evaluation is null)
            {
                throw new ArgumentNullException(nameof(evaluation));
            }

            if (gates is null)
            {
                throw new ArgumentNullException(nameof(gates));
            }

            if (settings is null)
            {
                throw new ArgumentNullException(nameof(settings));
            }

            BinaryMetrics metrics = evaluation.Metrics ?? throw new ArgumentException("The evaluation has no metrics.", nameof(evaluation));
            string root = manifest.Directory;
            ModelSection model = manifest.Model;
            return new RunRecord
            {
                SchemaVersion = SchemaVersion,
                Model = new ModelRecord
                {
                    Name = model.Name,
                    Task = model.Task,
                    Source = model.Source == ModelSource.Predictions ? "predictions" : "mlnet",
                    Owners = model.Owners,
                    IntendedUse = model.IntendedUse,
                    Threshold = model.Threshold,
                    Seed = model.Seed,
                },
                PackageVersion = settings.PackageVersion,
                Fingerprints = new FingerprintsRecord
                {
                    Training = string.IsNullOrEmpty(evaluation.TrainingFingerprint) ? null : evaluation.TrainingFingerprint,
                    Evaluation = evaluation.EvaluationFingerprint,
                },
                Inputs = settings.Inputs,
                ModelHash = evaluation.ModelHash,
                Data = new DataRecord
                {
                    Test = DataFile(ReportPath.InRepository(root, settings.RepositoryRoot, evaluation.TestDataPath), evaluation.TestRows, evaluation.Data?.Test),
                    Train = evaluation.TrainDataPath is null
                        ? null
                        : DataFile(ReportPath.InRepository(root, settings.RepositoryRoot, evaluation.TrainDataPath), evaluation.TrainRows, evaluation.Data?.Train),
                    Overlap = evaluation.Data?.Overlap,
                    Leakage = evaluation.Data?.Leakage,
                    Proxies = evaluation.Data?.Proxies,
                },
                TestRows = evaluation.TestRows,
                DecisionThreshold = double.IsNaN(metrics.Threshold) ? (double?)null : metrics.Threshold,
                Metrics = MetricNames.All.Select(name => new NamedValue<double?>(name, metrics.Get(name))).ToList(),
                Confusion = new ConfusionRecord
                {
                    TruePositives = metrics.Confusion.TruePositives,
                    FalsePositives = metrics.Confusion.FalsePositives,
                    TrueNegatives = metrics.Confusion.TrueNegatives,
                    FalseNegatives = metrics.Confusion.FalseNegatives,
                },
                Business = Business(manifest.Business, metrics.Confusion),
                Groups = FairnessRecords.Groups(gates.Fairness),
                Fairness = FairnessRecords.Fairness(gates.Fairness, manifest.Gates.Fairness),
                Gates = gates.Gates.Select(gate => Gate(gate, root)).ToList(),
                Settings = new SettingsRecord { GateSeverity = settings.GateSeverity, SkippedStages = settings.SkippedStages },
                Policy = Policy(manifest, root),
                Passed = gates.Passed,
            };
        }

        private static DataFileRecord DataFile(string path, long? rows, DataFileProfile? profile) =>
            new DataFileRecord { Path = path, Rows = rows, Profile = profile };

        private static BusinessRecord? Business(BusinessSection? business, ConfusionCounts confusion)
        {
            if (business is null)
            {
                return null;
            }

            CostMatrix? costs = business.Costs;
            return new BusinessRecord
            {
                Kpi = business.Kpi,
                Costs = costs is null
                    ? null
                    : new CostsRecord
                    {
                        TruePositive = costs.TruePositive,
                        FalsePositive = costs.FalsePositive,
                        TrueNegative = costs.TrueNegative,
                        FalseNegative = costs.FalseNegative,
                    },
                CostPer1000 = costs is null || confusion.Total == 0 ? (double?)null : ExpectedCost.Per1000(costs, confusion),
            };
        }

        /// <summary>
        /// The nearest policy that governed the model (docs/policy.md), with every policy applied under <c>applied</c>,
        /// nearest first; null without a policy.
        /// </summary>
        private static PolicyRecord? Policy(ModelManifest manifest, string root)
        {
            GovernancePolicy? nearest = manifest.Policy;
            if (nearest is null)
            {
                return null;
            }

            return Policy(nearest, root, new PolicyRecord { Applied = manifest.Policies.Select(p => Policy(p, root, new AppliedPolicyRecord())).ToList() });
        }

        private static T Policy<T>(GovernancePolicy policy, string root, T record)
            where T : AppliedPolicyRecord
        {
            record.File = ReportPath.FromAncestor(root, policy.FilePath);
            record.Name = policy.Name;
            record.Owners = policy.Owners;
            record.WaiversFile = policy.WaiversFilePath is null ? null : ReportPath.FromAncestor(root, policy.WaiversFilePath);
            return record;
        }

        /// <summary>A location with its file relative to the manifest's folder.</summary>
        private static LocationRecord Location(SourceLocation location, string root) => new LocationRecord
        {
            File = ReportPath.FromAncestor(root, location.File),
            Line = location.Line,
            Column = location.Column,
        };

        private static GateResultRecord Gate(GateResult gate, string root) => new GateResultRecord
        {
            Id = gate.Id,
            Kind = gate.Kind,
            Metric = gate.Metric,
            Value = gate.Value,
            JudgedValue = gate.JudgedValue,
            Interval = gate.Interval,
            Threshold = gate.Threshold,
            Comparison = gate.Comparison,
            Status = GateStatusNames.Of(gate.Status),
            PassedOnInterval = gate.PassedOnInterval,
            Location = Location(gate.Location, root),
            Code = gate.Code,
            Message = gate.Message,
            BaselineValue = gate.BaselineValue,
            Waiver = gate.Waiver is null
                ? null
                : new WaiverRecord
                {
                    Gate = gate.Waiver.Gate,
                    Who = gate.Waiver.Who,
                    Why = gate.Waiver.Why,
                    Expires = gate.Waiver.ExpiresText,
                    Location = Location(gate.Waiver.Location, root),
                },
            Attribute = gate.Attribute,
            Judging = gate.Judging,
            DecidingGroups = gate.DecidingGroups,
        };
    }
}
