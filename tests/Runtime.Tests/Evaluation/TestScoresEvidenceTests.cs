using System.Globalization;
using AiFactory.Core.Baseline;
using AiFactory.Core.Evaluation;
using AiFactory.Core.Metrics;
using AiFactory.Core.Protocol;
using AiFactory.Evaluation;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;
using AiFactory.Runtime.Tests.Hosting;
using AiFactory.Training;

namespace AiFactory.Runtime.Tests.Evaluation;

/// <summary>
/// The evaluate stage leaves test-scores.csv beside the results: each test row's label, score and predicted label in
/// the test file's order, the same bytes on every evaluation, for an ML.NET model and for a scored file alike.
/// </summary>
public sealed class TestScoresEvidenceTests : IDisposable
{
    private readonly GovernedFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string TestScores => Path.Combine(_folder.Output, OutputFiles.TestScores);

    private byte[] TrainAndEvaluate()
    {
        ModelManifest manifest = _folder.Manifest();
        new ModelTrainer(_ => { }).Train(manifest, new LogisticPipeline(), _folder.Output, "training-fp");
        new ModelEvaluator(_ => { }).EvaluateTrainedModel(manifest, _folder.Output, "evaluation-fp");
        return File.ReadAllBytes(TestScores);
    }

    [Fact]
    public void Each_test_row_has_its_label_its_exported_score_and_its_prediction_in_test_file_order()
    {
        byte[] first = TrainAndEvaluate();
        string[] lines = File.ReadAllText(TestScores).Split('\n');
        Assert.Equal("", lines[^1]); // every line ends with \n, none with \r
        Assert.DoesNotContain(lines, l => l.Contains('\r'));
        Assert.Equal("label,score,predicted", lines[0]);
        string[] testRows = File.ReadAllLines(Path.Combine(_folder.Folder, "data", "test.csv")).Skip(1).ToArray();
        string[] exported = File.ReadAllLines(Path.Combine(_folder.Output, OutputFiles.Predictions)).Skip(1).ToArray();
        Assert.Equal(testRows.Length + 2, lines.Length);
        for (int i = 0; i < testRows.Length; i++)
        {
            string[] fields = lines[i + 1].Split(',');
            Assert.Equal(3, fields.Length);
            Assert.Equal(testRows[i].Split(',')[^1] == "yes" ? "1" : "0", fields[0]);
            Assert.Equal(exported[i].Split(',')[1], fields[1]);
            double score = double.Parse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture);
            Assert.Equal(score.ToString("R", CultureInfo.InvariantCulture), fields[1]);
            Assert.Equal(score >= 0.5 ? "1" : "0", fields[2]);
        }

        // Evaluated again, the same bytes; read back, the rows give the figures the evaluation recorded.
        EvaluationRecord record = new ModelEvaluator(_ => { }).EvaluateTrainedModel(_folder.Manifest(), _folder.Output, "evaluation-fp");
        Assert.Equal(first, File.ReadAllBytes(TestScores));
        PairedScores rows = PairedScores.ReadNextTo(Path.Combine(_folder.Output, OutputFiles.Results));
        BinaryMetrics again = BinaryMetricsCalculator.FromScores(rows.Labels, rows.Scores!, 0.5);
        Assert.Equal(record.Metrics.Confusion.TruePositives, again.Confusion.TruePositives);
        Assert.Equal(record.Metrics.Auc, again.Auc);
        Assert.Equal(record.Metrics.LogLoss, again.LogLoss);
        PairedDifference itself = PairedDifference.Estimate(MetricDescriptor.Auc, rows, rows, null, 0.95, 100, 1);
        Assert.Equal((0.0, 0.0), (itself.Interval!.Lower!.Value, itself.Interval.Upper!.Value));
    }

    [Fact]
    public void Predictions_mode_writes_the_same_file_from_the_exported_scores()
    {
        byte[] mlnet = TrainAndEvaluate();
        File.Copy(Path.Combine(_folder.Output, OutputFiles.Predictions), Path.Combine(_folder.Folder, "predictions.csv"));
        string manifestPath = Path.Combine(_folder.Folder, "predictions.aifactory.json");
        File.WriteAllText(manifestPath, """
            {
              "model": { "name": "LoansScores", "source": "predictions" },
              "data": { "test": "predictions.csv", "label": "approved", "positive": "yes", "score": "score", "sensitive": ["group"] }
            }
            """);
        ModelManifest scored = ManifestReader.ReadFile(manifestPath, new ManifestReadOptions { FileExists = File.Exists }).Manifest!;
        string output = Path.Combine(_folder.Folder, "scored-out");
        new ModelEvaluator(_ => { }).EvaluatePredictions(scored, "scores-fp", output);
        Assert.Equal(mlnet, File.ReadAllBytes(Path.Combine(output, OutputFiles.TestScores)));
    }

    [Fact]
    public void Label_only_predictions_leave_the_score_empty()
    {
        File.WriteAllText(Path.Combine(_folder.Folder, "labels.csv"), "approved,decision\nyes,yes\nno,yes\nno,no\nyes,no\nyes,yes\n");
        string manifestPath = Path.Combine(_folder.Folder, "labels.aifactory.json");
        File.WriteAllText(manifestPath, """
            {
              "model": { "name": "LoansLabels", "source": "predictions" },
              "data": { "test": "labels.csv", "label": "approved", "positive": "yes", "prediction": "decision" }
            }
            """);
        ModelManifest labels = ManifestReader.ReadFile(manifestPath, new ManifestReadOptions { FileExists = File.Exists }).Manifest!;
        string output = Path.Combine(_folder.Folder, "labels-out");
        new ModelEvaluator(_ => { }).EvaluatePredictions(labels, "labels-fp", output);
        Assert.Equal("label,score,predicted\n1,,1\n0,,1\n0,,0\n1,,0\n1,,1\n", File.ReadAllText(Path.Combine(output, OutputFiles.TestScores)));
    }
}
