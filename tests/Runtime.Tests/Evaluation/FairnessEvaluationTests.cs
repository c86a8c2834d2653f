using AiFactory.Core.Evaluation;
using AiFactory.Core.Fairness;
using AiFactory.Core.Protocol;
using AiFactory.Evaluation;
using AiFactory.Hosting;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;
using AiFactory.Runtime.Tests.Hosting;
using AiFactory.Training;

namespace AiFactory.Runtime.Tests.Evaluation;

/// <summary>
/// The evaluation records each sensitive group's counts and AUC, identically for an ML.NET model and for its exported
/// scores in predictions mode; the runner's estimate-uncertainty command turns them into intervals.
/// </summary>
public sealed class FairnessEvaluationTests : IDisposable
{
    private readonly GovernedFolder _folder = new("""
        {
          "model": { "name": "Loans", "task": "binary-classification", "seed": 3 },
          "data": { "train": "data/train.csv", "test": "data/test.csv", "label": "approved", "positive": "yes",
                    "columns": { "region": "category", "group": "category" }, "sensitive": ["group", "region"] },
          "gates": { "fairness": { "demographicParityRatio": { "min": 0.8 }, "intersections": true, "resamples": 200 } }
        }
        """);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void An_mlnet_model_and_its_exported_scores_in_predictions_mode_give_identical_group_figures()
    {
        ModelManifest manifest = _folder.Manifest();
        new ModelTrainer(_ => { }).Train(manifest, new LogisticPipeline(), _folder.Output, "training-fp");
        EvaluationRecord mlnet = new ModelEvaluator(_ => { }).EvaluateTrainedModel(manifest, _folder.Output, "evaluation-fp");

        Assert.Equal(new[] { "group", "region", "group&region" }, mlnet.Groups!.Groupings.Select(g => g.Key));
        Assert.Equal(700, mlnet.Groups.Groupings[2].Groups.Sum(g => g.Confusion.Total));

        string predictions = Path.Combine(_folder.Folder, "predictions.aifactory.json");
        File.Copy(Path.Combine(_folder.Output, OutputFiles.Predictions), Path.Combine(_folder.Folder, "predictions.csv"));
        File.WriteAllText(predictions, """
            {
              "model": { "name": "LoansScores", "source": "predictions" },
              "data": { "test": "predictions.csv", "label": "approved", "positive": "yes", "score": "score", "sensitive": ["group", "region"] }
            }
            """);
        ModelManifest scored = ManifestReader.ReadFile(predictions, new ManifestReadOptions { FileExists = File.Exists }).Manifest!;

        Assert.Contains("group", File.ReadLines(Path.Combine(_folder.Folder, "predictions.csv")).First());
        EvaluationRecord fromScores = new ModelEvaluator(_ => { }).EvaluatePredictions(scored, "scores-fp");

        var w1 = new AiFactory.Core.Json.JsonTextWriter();
        mlnet.Groups.Write(w1);
        var w2 = new AiFactory.Core.Json.JsonTextWriter();
        fromScores.Groups!.Write(w2);
        Assert.Equal(w1.ToString(), w2.ToString());
    }

    [Fact]
    public void Estimate_uncertainty_writes_intervals_of_the_current_evaluation_with_the_given_fingerprint()
    {
        ModelManifest manifest = _folder.Manifest();
        new ModelTrainer(_ => { }).Train(manifest, new LogisticPipeline(), _folder.Output, "training-fp");
        new ModelEvaluator(_ => { }).EvaluateTrainedModel(manifest, _folder.Output, "evaluation-fp")
            .WriteTo(Path.Combine(_folder.State, OutputFiles.EvaluationRecord));

        string[] Args(string evaluation) => new[]
        {
            "estimate-uncertainty", "--manifest", _folder.ManifestPath, "--output", _folder.Output, "--state", _folder.State,
            "--evaluation-fingerprint", evaluation, "--uncertainty-fingerprint", "uncertainty-fp",
        };

        var output = new StringWriter();
        Assert.Equal(0, FactoryHost.Run(Args("evaluation-fp"), typeof(FairnessEvaluationTests).Assembly, output));
        Assert.Contains("estimating fairness intervals: 200 bootstrap resamples of", output.ToString());
        UncertaintyRecord record = UncertaintyRecord.ReadFrom(Path.Combine(_folder.State, OutputFiles.UncertaintyRecord));
        Assert.Equal(("uncertainty-fp", "evaluation-fp", 200), (record.Fingerprint, record.EvaluationFingerprint, record.Resamples));
        Assert.Equal(new[] { "group", "region", "group&region" }, record.Groupings.Select(g => g.Key));

        var stale = new StringWriter();
        Assert.Equal(1, FactoryHost.Run(Args("another"), typeof(FairnessEvaluationTests).Assembly, stale));
        Diagnostic diagnostic = stale.ToString().Split('\n').Select(RunnerProtocol.ParseDiagnostic).OfType<Diagnostic>().Single();
        Assert.Equal(DiagnosticIds.StaleResults, diagnostic.Code);
    }
}
