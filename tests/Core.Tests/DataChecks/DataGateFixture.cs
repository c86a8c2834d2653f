using AiFactory.Core.Evaluation;
using AiFactory.Core.Gates;
using AiFactory.Core.Profiling;
using AiFactory.Core.Tests.Data;
using AiFactory.Core.Tests.Gates;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;

namespace AiFactory.Core.Tests.DataChecks;

/// <summary>A manifest read from text (so gate locations are real) judged against a data report.</summary>
internal static class DataGateFixture
{
    /// <summary>A manifest of the synthetic loan data with the given <c>gates.data</c> body; line 7 holds it.</summary>
    public static string Manifest(string dataGates, bool predictions = false) =>
        "{\n" +
        (predictions
            ? "  \"model\": { \"name\": \"LoanApproval\", \"source\": \"predictions\" },\n  \"data\": { \"test\": \"test.csv\", \"score\": \"score\",\n"
            : "  \"model\": { \"name\": \"LoanApproval\" },\n  \"data\": { \"train\": \"train.csv\", \"test\": \"test.csv\",\n") +
        "            \"label\": \"approved\", \"positive\": \"yes\",\n" +
        "            \"sensitive\": [\"group\"] },\n" +
        "  \"gates\": {\n" +
        "    \"data\": " + dataGates + "\n" +
        "  }\n" +
        "}\n";

    public static ModelManifest Read(string folder, string text)
    {
        string path = Path.Combine(folder, "aifactory.json");
        ManifestReadResult read = ManifestReader.Read(path, text, new ManifestReadOptions());
        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
        return read.Manifest!;
    }

    public static GateEvaluation Judge(ModelManifest manifest, DataReport report, string? trainPath, string testPath)
    {
        EvaluationRecord evaluation = GateFixtures.NewEvaluation(GateFixtures.NewMetrics(), report.Test.Rows);
        evaluation.TestDataPath = testPath;
        evaluation.TrainDataPath = trainPath;
        evaluation.TrainRows = report.Train?.Rows;
        evaluation.Data = report;
        GateEvaluation judged = GateEvaluator.Evaluate(manifest, evaluation);

        // These manifests declare sensitive attributes for the group and proxy checks but no fairness gate: the warning
        // AIF5014 that this earns them has its own tests (SensitiveAttributeCoverageTests) and is left out here.
        Assert.Equal(manifest.Data.Sensitive.Count > 0 ? 1 : 0, judged.Diagnostics.Count(d => d.Code == DiagnosticIds.SensitiveAttributeUnguarded));
        return new GateEvaluation(judged.Gates, judged.Diagnostics.Where(d => d.Code != DiagnosticIds.SensitiveAttributeUnguarded).ToArray());
    }

    public static GateResult Gate(GateEvaluation evaluation, string id) => Assert.Single(evaluation.Gates, g => g.Id == id);

    /// <summary>Writes the two files into <paramref name="dir"/> and inspects them under <paramref name="data"/> (the planted section by default).</summary>
    public static (DataReport Report, string Train, string Test) Inspect(TempDirectory dir, string trainCsv, string testCsv, DataSection? data = null)
    {
        data ??= PlantedData.Section();
        string trainPath = dir.Write("train.csv", trainCsv), testPath = dir.Write("test.csv", testCsv);
        var train = PlantedData.Read(trainPath, data);
        var test = PlantedData.Read(testPath, data);
        return (DataInspector.Inspect(data, train.Table, train.Labels, test.Table, test.Labels), trainPath, testPath);
    }
}
