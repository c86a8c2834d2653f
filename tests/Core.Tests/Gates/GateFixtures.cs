using AiFactory.Core.Evaluation;
using AiFactory.Core.Metrics;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.Gates;

/// <summary>Builds manifests and evaluations directly (the manifest reader is tested on its own).</summary>
internal static class GateFixtures
{
    public static ModelManifest NewManifest(string directory)
    {
        return new ModelManifest
        {
            FilePath = Path.Combine(directory, "aifactory.json"),
            Directory = directory,
            Model = new ModelSection { Name = "LoanApproval", Owners = new[] { "credit-risk" } },
        };
    }

    public static string SomeFolder => Path.Combine(Path.GetTempPath(), "aifactory-gates", "LoanApproval");

    public static Bound At(ModelManifest manifest, double value, int line, int column) =>
        new(value, new SourceLocation(manifest.FilePath, line, column));

    public static MetricGate Min(ModelManifest manifest, string metric, double value, int line = 14, int column = 31) =>
        new(metric) { Min = At(manifest, value, line, column) };

    public static MetricGate Max(ModelManifest manifest, string metric, double value, int line = 15, int column = 31) =>
        new(metric) { Max = At(manifest, value, line, column) };

    public static BinaryMetrics NewMetrics(
        double? auc = 0.9,
        double accuracy = 0.9,
        double? f1 = 0.7,
        double? precision = 0.7,
        double? recall = 0.7,
        double? logLoss = 0.3,
        bool hasScores = true,
        ConfusionCounts? confusion = null) =>
        new(confusion ?? new ConfusionCounts(200, 71, 589, 140), hasScores ? 0.5 : double.NaN, hasScores, accuracy, precision, recall, f1, auc, logLoss);

    public static EvaluationRecord NewEvaluation(BinaryMetrics metrics, int testRows = 6512) =>
        new()
        {
            EvaluationFingerprint = "e",
            TestDataPath = "/data/test.csv",
            TestRows = testRows,
            Metrics = metrics,
        };
}
