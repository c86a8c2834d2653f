using AiFactory.Core.Evaluation;
using AiFactory.Core.Gates;
using AiFactory.Core.Metrics;
using AiFactory.Core.Results;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Json;
using AiFactory.Manifest.Model;

using AiFactory.Manifest.Reading;

namespace AiFactory.Core.Tests.Results;

/// <summary>
/// A realistic case: predictions of a logistic regression on the UCI Adult extract (../shared/data/adult-scored.csv)
/// governed by the manifest below. The metrics are the reference figures of that data's README; the gate positions
/// are read from the manifest text, so they are the ones the build would report.
/// </summary>
internal static class ResultsExample
{
    public const string ManifestText =
        "{\n" +
        "  \"model\": {\n" +
        "    \"name\": \"IncomeOver50K\",\n" +
        "    \"source\": \"predictions\",\n" +
        "    \"owners\": [\"census-analytics\"],\n" +
        "    \"intendedUse\": \"Shows governed predictions on the UCI Adult census extract; not for decisions about people.\",\n" +
        "    \"threshold\": 0.5\n" +
        "  },\n" +
        "  \"business\": {\n" +
        "    \"kpi\": \"Expected loss per 1,000 applicants\",\n" +
        "    \"costs\": { \"falsePositive\": 500, \"falseNegative\": 120 }\n" +
        "  },\n" +
        "  \"data\": {\n" +
        "    \"test\": \"data/adult-scored.csv\",\n" +
        "    \"label\": \"class\",\n" +
        "    \"positive\": \">50K\",\n" +
        "    \"score\": \"score\",\n" +
        "    \"sensitive\": [\"sex\", \"race\"]\n" +
        "  },\n" +
        "  \"gates\": {\n" +
        "    \"metrics\": {\n" +
        "      \"auc\": { \"min\": 0.80 },\n" +
        "      \"f1\": { \"min\": 0.60 },\n" +
        "      \"logLoss\": { \"max\": 0.45 }\n" +
        "    },\n" +
        "    \"baseline\": {\n" +
        "      \"results\": \"baseline/results.json\",\n" +
        "      \"auc\": { \"maxDrop\": 0.01 }\n" +
        "    },\n" +
        "    \"business\": { \"maxCostPer1000\": 40000 },\n" +
        "    \"fairness\": { \"demographicParityRatio\": { \"min\": 0.80 } }\n" +
        "  }\n" +
        "}\n";

    public const string BaselineText =
        "{\n  \"schemaVersion\": 1,\n  \"metrics\": { \"auc\": 0.8208, \"accuracy\": 0.8101, \"f1\": 0.4877, \"precision\": 0.6915, \"recall\": 0.3766, \"logLoss\": 0.4125 }\n}\n";

    /// <summary>Writes the manifest and the baseline into <paramref name="folder"/> and returns the manifest as the reader would.</summary>
    public static ModelManifest WriteManifest(string folder)
    {
        string path = Path.Combine(folder, "aifactory.json");
        File.WriteAllText(path, ManifestText);
        Directory.CreateDirectory(Path.Combine(folder, "baseline"));
        File.WriteAllText(Path.Combine(folder, "baseline", "results.json"), BaselineText);

        // The reader checks no files here: the example's data file is not copied into the folder.
        ManifestReadResult read = ManifestReader.Read(path, ManifestText, new ManifestReadOptions());
        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
        return read.Manifest!;
    }

    /// <summary>The evaluation of adult-scored.csv at threshold 0.5 (README reference figures).</summary>
    public static EvaluationRecord Evaluation(string folder) => new()
    {
        TrainingFingerprint = "",
        EvaluationFingerprint = "9c1f0e5b7a2d4c83e6f1a0b9d8c7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9",
        ModelHash = null,
        Source = "predictions",
        TestDataPath = Path.Combine(folder, "data", "adult-scored.csv"),
        TestRows = 32561,
        Metrics = new BinaryMetrics(
            new ConfusionCounts(3086, 1292, 23428, 4755),
            0.5,
            true,
            0.8142870304966063,
            0.7048880767473732,
            0.3935722484376993,
            0.5051149848596449,
            0.8314172810209715,
            0.40672481221229184,
            0.129990554081509,
            0.019975316802554877)
        {
            // The evidence of the intervals, as the evaluation computes it from the scores.
            AucVariance = AdultMetrics.Value.AucVariance,
            ScoreCells = AdultMetrics.Value.ScoreCells,
        },
        Groups = AdultGroups.Value,
        Data = AdultData.Value,
    };

    /// <summary>What the evaluation finds in adult-scored.csv read as the manifest above reads it (profile, leakage, proxies).</summary>
    private static readonly Lazy<AiFactory.Core.Profiling.DataReport> AdultData = new(() =>
    {
        ModelManifest manifest = ManifestReader.Read(Path.Combine(Path.GetTempPath(), "aifactory.json"), ManifestText, new ManifestReadOptions()).Manifest!;
        manifest.Data.TestPath = AiFactory.Core.Tests.IO.RepositoryLayout.SharedData("adult-scored.csv");
        AiFactory.Core.Data.ScoredPredictions adult = AiFactory.Core.Data.PredictionsLoader.Load(manifest);
        return AiFactory.Core.Profiling.DataInspector.Inspect(manifest.Data, null, null, adult.Table, adult.Labels);
    });

    /// <summary>The metrics of adult-scored.csv as the evaluation computes them.</summary>
    private static readonly Lazy<BinaryMetrics> AdultMetrics = new(() =>
    {
        AiFactory.Core.Data.ScoredPredictions adult = AiFactory.Core.Tests.Fairness.FairnessFixtures.Adult;
        return BinaryMetricsCalculator.FromScores(adult.Labels, adult.Scores!, 0.5);
    });

    /// <summary>The group counts of adult-scored.csv by sex and race, as the evaluation computes them.</summary>
    private static readonly Lazy<AiFactory.Core.Fairness.GroupedCounts> AdultGroups = new(() =>
    {
        AiFactory.Core.Data.ScoredPredictions adult = AiFactory.Core.Tests.Fairness.FairnessFixtures.Adult;
        return AiFactory.Core.Fairness.GroupedEvaluation.Compute(adult.Table, AiFactory.Core.Tests.Fairness.FairnessFixtures.AdultManifest.Data,
            adult.Labels, AiFactory.Core.Fairness.GroupedEvaluation.Predict(adult.Scores!, 0.5), adult.Scores)!;
    });

    public static RunSettings Settings => new()
    {
        PackageVersion = "0.1.0",
        // What CheckGates records (InputFiles.Of): here by hand, as the example's data file stays in ../shared/data.
        Inputs = new[]
        {
            new InputFile("manifest", "aifactory.json", AiFactory.Core.Fingerprints.Sha256.OfText(ManifestText)),
            new InputFile("testData", "data/adult-scored.csv", AiFactory.Core.Fingerprints.Sha256.OfFile(AiFactory.Core.Tests.IO.RepositoryLayout.SharedData("adult-scored.csv"))),
            new InputFile("baseline", "baseline/results.json", AiFactory.Core.Fingerprints.Sha256.OfText(BaselineText)),
        },
    };

    public static string ResultsJson(string folder)
    {
        ModelManifest manifest = WriteManifest(folder);
        EvaluationRecord evaluation = Evaluation(folder);
        var uncertainty = AiFactory.Core.Fairness.UncertaintyEstimator.Estimate(evaluation.Groups!,
            AiFactory.Core.Fairness.FairnessSettings.From(manifest), "uncertainty", evaluation.EvaluationFingerprint);
        GateEvaluation gates = GateEvaluator.Evaluate(manifest, evaluation, uncertainty);
        return ResultsWriter.ToJson(manifest, evaluation, gates, Settings);
    }
}
