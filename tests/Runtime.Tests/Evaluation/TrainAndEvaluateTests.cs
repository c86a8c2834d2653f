using System.Globalization;
using AiFactory.Core.Evaluation;
using AiFactory.Core.Metrics;
using AiFactory.Evaluation;
using AiFactory.Runtime.Tests.Hosting;
using AiFactory.Training;

namespace AiFactory.Runtime.Tests.Evaluation;

public sealed class TrainAndEvaluateTests : IDisposable
{
    private readonly GovernedFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_context_leaves_out_the_label_and_the_sensitive_attributes()
    {
        var manifest = _folder.Manifest();
        var train = AiFactory.Data.ManifestDataLoader.Load(manifest, manifest.Data.TrainPath!, null, "training", null);
        ModelContext context = ModelTrainer.CreateContext(manifest, train);
        Assert.Equal("approved", context.Label);
        Assert.Equal(3, context.Seed);
        Assert.Equal(new[] { "id", "income", "debt", "tenure" }, context.NumericFeatures);
        Assert.Equal(new[] { "region" }, context.CategoricalFeatures);
        Assert.Equal(new[] { "group" }, context.SensitiveColumns);
    }

    [Fact]
    public void Training_twice_gives_the_same_model_hash()
    {
        var manifest = _folder.Manifest();
        var trainer = new ModelTrainer(_ => { });
        TrainedModelInfo first = trainer.Train(manifest, new LogisticPipeline(), _folder.Output, "fp");
        byte[] firstBytes = File.ReadAllBytes(Path.Combine(_folder.Output, "model.zip"));
        TrainedModelInfo second = trainer.Train(manifest, new LogisticPipeline(), _folder.Output, "fp");
        Assert.Equal(first.ModelHash, second.ModelHash);
        Assert.Equal(firstBytes, File.ReadAllBytes(Path.Combine(_folder.Output, "model.zip")));
        Assert.Equal(1500, second.TrainRows);
    }

    [Fact]
    public void Evaluation_figures_match_an_independent_computation_from_the_exported_scores()
    {
        var manifest = _folder.Manifest();
        new ModelTrainer(_ => { }).Train(manifest, new LogisticPipeline(), _folder.Output, "training-fp");
        EvaluationRecord record = new ModelEvaluator(_ => { }).EvaluateTrainedModel(manifest, _folder.Output, "evaluation-fp");
        Assert.Equal("training-fp", record.TrainingFingerprint);
        Assert.Equal("evaluation-fp", record.EvaluationFingerprint);
        Assert.Equal(700, record.TestRows);
        Assert.InRange(record.Metrics.Auc!.Value, 0.7, 1.0);

        // Recount from predictions.csv and the test file, without the factory's readers.
        string[] exported = File.ReadAllLines(Path.Combine(_folder.Output, "predictions.csv"));
        Assert.Equal("approved,score,group", exported[0]);
        string[] testRows = File.ReadAllLines(Path.Combine(_folder.Folder, "data", "test.csv")).Skip(1).ToArray();
        long tp = 0, fp = 0, tn = 0, fn = 0;
        for (int i = 0; i < testRows.Length; i++)
        {
            string[] fields = exported[i + 1].Split(',');
            Assert.Equal(testRows[i].Split(',')[^1], fields[0]);
            bool actual = fields[0] == "yes";
            bool predicted = double.Parse(fields[1], CultureInfo.InvariantCulture) >= 0.5;
            if (actual && predicted) tp++;
            else if (!actual && predicted) fp++;
            else if (!actual) tn++;
            else fn++;
        }

        Assert.Equal(tp, record.Metrics.Confusion.TruePositives);
        Assert.Equal(fp, record.Metrics.Confusion.FalsePositives);
        Assert.Equal(tn, record.Metrics.Confusion.TrueNegatives);
        Assert.Equal(fn, record.Metrics.Confusion.FalseNegatives);
        Assert.Equal((double)(tp + tn) / testRows.Length, record.Metrics.Accuracy, 1e-15);
    }
}
