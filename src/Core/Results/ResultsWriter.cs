using System;
using AiFactory.Core.Business;
using AiFactory.Core.Evaluation;
using AiFactory.Core.Fairness;
using AiFactory.Core.Gates;
using AiFactory.Core.Json;
using AiFactory.Core.Metrics;
using AiFactory.Core.Profiling;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Results
{
    /// <summary>
    /// Writes results.json, the public, machine-readable record of a build's evaluation (schema/results.schema.json).
    /// The output is deterministic: no timestamps, no machine-specific paths (files are named relative to the
    /// manifest's folder), a fixed key order — the same inputs give the same bytes.
    /// </summary>
    public static class ResultsWriter
    {
        /// <summary>The results.json version written.</summary>
        public const int SchemaVersion = 1;

        /// <summary>The results.json text, ending with a line break.</summary>
        public static string ToJson(ModelManifest manifest, EvaluationRecord evaluation, GateEvaluation gates, RunSettings settings)
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
            var w = new JsonTextWriter();
            w.StartObject();
            w.Property("schemaVersion", (long)SchemaVersion);

            ModelSection model = manifest.Model;
            w.PropertyName("model");
            w.StartObject();
            w.Property("name", model.Name);
            w.Property("task", model.Task);
            w.Property("source", model.Source == ModelSource.Predictions ? "predictions" : "mlnet");
            w.Property("owners", model.Owners);
            w.Property("intendedUse", model.IntendedUse);
            w.Property("threshold", model.Threshold);
            w.Property("seed", (long)model.Seed);
            w.EndObject();

            w.Property("packageVersion", settings.PackageVersion);

            w.PropertyName("fingerprints");
            w.StartObject();
            w.Property("training", string.IsNullOrEmpty(evaluation.TrainingFingerprint) ? null : evaluation.TrainingFingerprint);
            w.Property("evaluation", evaluation.EvaluationFingerprint);
            w.EndObject();

            w.PropertyName("inputs");
            w.StartArray();
            foreach (InputFile input in settings.Inputs)
            {
                w.StartObject();
                w.Property("role", input.Role);
                w.Property("file", input.File);
                w.Property("sha256", input.Sha256);
                w.EndObject();
            }

            w.EndArray();

            w.Property("modelHash", evaluation.ModelHash);

            w.PropertyName("data");
            w.StartObject();
            w.PropertyName("test");
            WriteDataFile(w, ReportPath.InRepository(root, settings.RepositoryRoot, evaluation.TestDataPath), evaluation.TestRows, evaluation.Data?.Test);
            w.PropertyName("train");
            if (evaluation.TrainDataPath is null)
            {
                w.Null();
            }
            else
            {
                WriteDataFile(w, ReportPath.InRepository(root, settings.RepositoryRoot, evaluation.TrainDataPath), evaluation.TrainRows, evaluation.Data?.Train);
            }

            w.PropertyName("overlap");
            DataReportJson.WriteOverlap(w, evaluation.Data?.Overlap);
            w.PropertyName("leakage");
            DataReportJson.WriteLeakage(w, evaluation.Data?.Leakage);
            w.PropertyName("proxies");
            DataReportJson.WriteProxies(w, evaluation.Data?.Proxies);

            w.EndObject();

            w.Property("testRows", (long)evaluation.TestRows);
            w.Property("decisionThreshold", double.IsNaN(metrics.Threshold) ? (double?)null : metrics.Threshold);

            w.PropertyName("metrics");
            w.StartObject();
            foreach (string name in MetricNames.All)
            {
                w.Property(name, metrics.Get(name));
            }

            w.EndObject();

            ConfusionCounts confusion = metrics.Confusion;
            w.PropertyName("confusion");
            w.StartObject();
            w.Property("truePositives", confusion.TruePositives);
            w.Property("falsePositives", confusion.FalsePositives);
            w.Property("trueNegatives", confusion.TrueNegatives);
            w.Property("falseNegatives", confusion.FalseNegatives);
            w.EndObject();

            WriteBusiness(w, manifest.Business, confusion);
            FairnessResultsWriter.WriteGroups(w, gates.Fairness);
            FairnessResultsWriter.WriteFairness(w, gates.Fairness, manifest.Gates.Fairness);

            w.PropertyName("gates");
            w.StartArray();
            foreach (GateResult gate in gates.Gates)
            {
                WriteGate(w, gate, root);
            }

            w.EndArray();

            w.PropertyName("settings");
            w.StartObject();
            w.Property("gateSeverity", settings.GateSeverity);
            w.Property("skippedStages", settings.SkippedStages);
            w.EndObject();

            w.PropertyName("policy");
            WritePolicy(w, manifest, root);

            w.Property("passed", gates.Passed);
            w.EndObject();
            return w.ToString();
        }

        private static void WriteDataFile(JsonTextWriter w, string path, long? rows, DataFileProfile? profile)
        {
            w.StartObject();
            w.Property("path", path);
            w.Property("rows", rows);
            w.PropertyName("profile");
            DataReportJson.WriteProfile(w, profile);
            w.EndObject();
        }

        private static void WriteBusiness(JsonTextWriter w, BusinessSection? business, ConfusionCounts confusion)
        {
            w.PropertyName("business");
            if (business is null)
            {
                w.Null();
                return;
            }

            w.StartObject();
            w.Property("kpi", business.Kpi);
            w.PropertyName("costs");
            CostMatrix? costs = business.Costs;
            if (costs is null)
            {
                w.Null();
            }
            else
            {
                w.StartObject();
                w.Property("truePositive", costs.TruePositive);
                w.Property("falsePositive", costs.FalsePositive);
                w.Property("trueNegative", costs.TrueNegative);
                w.Property("falseNegative", costs.FalseNegative);
                w.EndObject();
            }

            w.Property(MetricNames.CostPer1000, costs is null || confusion.Total == 0 ? (double?)null : ExpectedCost.Per1000(costs, confusion));
            w.EndObject();
        }

        /// <summary>
        /// The nearest policy that governed the model (docs/policy.md), with every policy applied under <c>applied</c>,
        /// nearest first; null without a policy.
        /// </summary>
        private static void WritePolicy(JsonTextWriter w, ModelManifest manifest, string root)
        {
            GovernancePolicy? nearest = manifest.Policy;
            if (nearest is null)
            {
                w.Null();
                return;
            }

            w.StartObject();
            WritePolicyFields(w, nearest, root);
            w.PropertyName("applied");
            w.StartArray();
            foreach (GovernancePolicy policy in manifest.Policies)
            {
                w.StartObject();
                WritePolicyFields(w, policy, root);
                w.EndObject();
            }

            w.EndArray();
            w.EndObject();
        }

        private static void WritePolicyFields(JsonTextWriter w, GovernancePolicy policy, string root)
        {
            w.Property("file", ReportPath.FromAncestor(root, policy.FilePath));
            w.Property("name", policy.Name);
            w.Property("owners", policy.Owners);
            w.Property("waiversFile", policy.WaiversFilePath is null ? null : ReportPath.FromAncestor(root, policy.WaiversFilePath));
        }

        private static void WriteWaiver(JsonTextWriter w, Waiver? waiver, string root)
        {
            if (waiver is null)
            {
                w.Null();
                return;
            }

            w.StartObject();
            w.Property("gate", waiver.Gate);
            w.Property("who", waiver.Who);
            w.Property("why", waiver.Why);
            w.Property("expires", waiver.ExpiresText);
            WriteLocation(w, waiver.Location, root);
            w.EndObject();
        }

        /// <summary><c>"location": { "file", "line", "column" }</c>, the file relative to the manifest's folder.</summary>
        private static void WriteLocation(JsonTextWriter w, AiFactory.Manifest.Diagnostics.SourceLocation location, string root)
        {
            w.PropertyName("location");
            w.StartObject();
            w.Property("file", ReportPath.FromAncestor(root, location.File));
            w.Property("line", (long)location.Line);
            w.Property("column", (long)location.Column);
            w.EndObject();
        }

        private static void WriteGate(JsonTextWriter w, GateResult gate, string root)
        {
            w.StartObject();
            w.Property("id", gate.Id);
            w.Property("kind", gate.Kind);
            w.Property("metric", gate.Metric);
            w.Property("value", gate.Value);
            w.Property("judgedValue", gate.JudgedValue);
            w.PropertyName("interval");
            FairnessResultsWriter.WriteInterval(w, gate.Interval);
            w.Property("threshold", gate.Threshold);
            w.Property("comparison", gate.Comparison);
            w.Property("status", GateStatusNames.Of(gate.Status));
            w.Property("passedOnInterval", gate.PassedOnInterval);
            WriteLocation(w, gate.Location, root);
            w.Property("code", gate.Code);
            w.Property("message", gate.Message);
            w.Property("baselineValue", gate.BaselineValue);
            w.PropertyName("waiver");
            WriteWaiver(w, gate.Waiver, root);
            FairnessResultsWriter.WriteGateFields(w, gate);
            w.EndObject();
        }
    }
}
