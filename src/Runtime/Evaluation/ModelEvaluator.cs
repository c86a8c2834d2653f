using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using AiFactory.Core.Baseline;
using AiFactory.Core.Data;
using AiFactory.Core.Evaluation;
using AiFactory.Core.Fairness;
using AiFactory.Core.Fingerprints;
using AiFactory.Core.IO;
using AiFactory.Core.Profiling;
using AiFactory.Core.Protocol;
using AiFactory.Core.Results;
using AiFactory.Core.Metrics;
using AiFactory.Data;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using AiFactory.Training;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace AiFactory.Evaluation
{
    /// <summary>
    /// Scores the held-out test set and measures the model. An ML.NET model and a scored file from another system
    /// go through the same rule (positive iff probability ≥ threshold) and the same metric code.
    /// </summary>
    internal sealed class ModelEvaluator
    {
        private readonly Action<string> _progress;

        /// <summary>Creates an evaluator that reports what it is doing through <paramref name="progress"/>.</summary>
        public ModelEvaluator(Action<string> progress)
        {
            _progress = progress;
        }

        /// <summary>Evaluates the trained ML.NET model in <paramref name="outputPath"/> on the manifest's test set.</summary>
        public EvaluationRecord EvaluateTrainedModel(ModelManifest manifest, string outputPath, string evaluationFingerprint)
        {
            string modelPath = Path.Combine(outputPath, OutputFiles.Model);
            string infoPath = Path.Combine(outputPath, OutputFiles.ModelInfo);
            if (!File.Exists(modelPath) || !File.Exists(infoPath))
            {
                throw new DiagnosticException(DiagnosticIds.StaleResults,
                    $"no trained model in {outputPath}; build without -p:AiFactorySkipTraining=true to train it",
                    new SourceLocation(manifest.FilePath, 0, 0));
            }

            TrainedModelInfo info = TrainedModelInfo.ReadFrom(infoPath);
            _progress($"scoring test data {Path.GetFileName(manifest.Data.TestPath)}");
            LabelledData test = ManifestDataLoader.Load(manifest, manifest.Data.TestPath, manifest.Data.TestLocation, "test", info.ColumnTypes);

            var ml = new MLContext(seed: manifest.Model.Seed);
            ITransformer model;
            using (var stream = File.OpenRead(modelPath))
            {
                model = ml.Model.Load(stream, out _);
            }

            IDataView scored;
            try
            {
                scored = model.Transform(new TableDataView(test.Table, manifest.Data.Label, test.Labels));
            }
            catch (Exception e) when (e is ArgumentException || e is InvalidOperationException)
            {
                throw new DiagnosticException(DiagnosticIds.TrainingFailed,
                    $"the model cannot score the test data: {e.Message}", new SourceLocation(manifest.Data.TestPath, 1, 0));
            }

            DataViewSchema.Column? probability = scored.Schema.GetColumnOrNull("Probability");
            if (probability is null || probability.Value.Type != NumberDataViewType.Single)
            {
                throw new DiagnosticException(DiagnosticIds.NoProbability,
                    "the trained model outputs no Probability column (Single); use a calibrated binary trainer " +
                    "(ML.NET's binary trainers add one by default) or append a calibrator to the pipeline",
                    new SourceLocation(manifest.FilePath, 0, 0));
            }

            // Widening float to double is exact; the predictions file writes the double with "R" so that reading it
            // back in predictions mode gives the same values and the same figures.
            double[] scores = scored.GetColumn<float>("Probability").Select(p => (double)p).ToArray();
            BinaryMetrics metrics = BinaryMetricsCalculator.FromScores(test.Labels, scores, manifest.Model.Threshold);
            WritePredictions(Path.Combine(outputPath, OutputFiles.Predictions), manifest, test, scores);

            // Read again here, with the types it was trained with, so that its profile and the checks that compare it with
            // the test data are part of the evaluation record and judged under the same fingerprints.
            LabelledData train = ManifestDataLoader.Load(manifest, manifest.Data.TrainPath!, manifest.Data.TrainLocation, "training", info.ColumnTypes);
            DataReport data = InspectData(manifest, outputPath, train, test.Table, test.Labels);

            // The same grouping and counting as predictions mode, from the same labels, predictions and scores.
            bool[] predicted = GroupedEvaluation.Predict(scores, manifest.Model.Threshold);
            GroupedCounts? groups = GroupedEvaluation.Compute(test.Table, manifest.Data, test.Labels, predicted, scores);

            // Last, once everything measured: a failed evaluation leaves the earlier evidence as it was.
            TestScoresFile.Write(Path.Combine(outputPath, OutputFiles.TestScores), test.Labels, scores, predicted);

            return new EvaluationRecord
            {
                TrainingFingerprint = info.TrainingFingerprint,
                EvaluationFingerprint = evaluationFingerprint,
                ModelHash = info.ModelHash,
                Source = "mlnet",
                TestDataPath = manifest.Data.TestPath,
                TestRows = test.Table.RowCount,
                TrainDataPath = manifest.Data.TrainPath,
                TrainRows = info.TrainRows,
                Metrics = metrics,
                Groups = groups,
                Data = data,
            };
        }

        /// <summary>Evaluates a scored file produced by another system (<c>"source": "predictions"</c>).</summary>
        /// <param name="manifest">The manifest.</param>
        /// <param name="evaluationFingerprint">The current evaluation fingerprint, recorded.</param>
        /// <param name="outputPath">Where the data profile page and test-scores.csv go (AiFactoryOutputPath); null writes neither.</param>
        public EvaluationRecord EvaluatePredictions(ModelManifest manifest, string evaluationFingerprint, string? outputPath = null)
        {
            _progress($"reading predictions {Path.GetFileName(manifest.Data.TestPath)}");
            ScoredPredictions predictions = PredictionsLoader.Load(manifest);
            LabelEncoder.RequireBothClasses(predictions.Labels, predictions.Table, "test");
            BinaryMetrics metrics = predictions.Scores != null
                ? BinaryMetricsCalculator.FromScores(predictions.Labels, predictions.Scores, manifest.Model.Threshold)
                : BinaryMetricsCalculator.FromPredictions(predictions.Labels, predictions.Predicted!);
            bool[] predicted = predictions.Predicted ?? GroupedEvaluation.Predict(predictions.Scores!, manifest.Model.Threshold);
            GroupedCounts? groups = GroupedEvaluation.Compute(predictions.Table, manifest.Data, predictions.Labels, predicted, predictions.Scores);
            DataReport data = InspectData(manifest, outputPath, null, predictions.Table, predictions.Labels);

            // The scored file holds these rows already; the same evidence file is written anyway, so that a baseline's
            // rows are read one way whatever produced them.
            if (outputPath != null)
            {
                TestScoresFile.Write(Path.Combine(outputPath, OutputFiles.TestScores), predictions.Labels, predictions.Scores, predicted);
            }
            return new EvaluationRecord
            {
                TrainingFingerprint = "",
                EvaluationFingerprint = evaluationFingerprint,
                ModelHash = null,
                Source = "predictions",
                TestDataPath = manifest.Data.TestPath,
                TestRows = predictions.RowCount,
                Metrics = metrics,
                Groups = groups,
                Data = data,
            };
        }

        /// <summary>Profiles and checks the data (<see cref="DataInspector"/>) and writes the profile page into the output folder.</summary>
        private DataReport InspectData(ModelManifest manifest, string? outputPath, LabelledData? train, DataTable test, bool[] testLabels)
        {
            _progress(train is null ? $"profiling {Path.GetFileName(test.Path)}" : $"profiling {Path.GetFileName(train.Table.Path)} and {Path.GetFileName(test.Path)}");
            DataReport report = DataInspector.Inspect(manifest.Data, train?.Table, train?.Labels, test, testLabels);
            if (outputPath != null)
            {
                string root = manifest.Directory;
                string page = DataProfilePage.Render(report, manifest.Model.Name,
                    train is null ? null : ReportPath.Relative(root, train.Table.Path), ReportPath.Relative(root, test.Path));
                Directory.CreateDirectory(outputPath);
                AtomicFile.WriteAllTextIfChanged(Path.Combine(outputPath, DataProfilePage.FileName), page);
            }

            return report;
        }

        private static void WritePredictions(string path, ModelManifest manifest, LabelledData test, double[] scores)
        {
            // The label as written in the data, the score, and the sensitive attributes: enough to govern these
            // predictions again in predictions mode, or to review them by group.
            DataColumn label = test.Table.Get(manifest.Data.Label);
            DataColumn[] sensitive = manifest.Data.Sensitive.Select(test.Table.Get).ToArray();
            var csv = new StringBuilder();
            csv.Append(Csv(manifest.Data.Label)).Append(",score");
            foreach (DataColumn column in sensitive)
            {
                csv.Append(',').Append(Csv(column.Name));
            }

            csv.Append('\n');
            for (int row = 0; row < scores.Length; row++)
            {
                csv.Append(Csv(label.Categories![row] ?? "")).Append(',')
                   .Append(scores[row].ToString("R", CultureInfo.InvariantCulture));
                foreach (DataColumn column in sensitive)
                {
                    csv.Append(',').Append(Csv(column.Type == ColumnType.Number
                        ? column.Numbers![row].ToString("R", CultureInfo.InvariantCulture)
                        : column.Categories![row] ?? ""));
                }

                csv.Append('\n');
            }

            AtomicFile.WriteAllBytes(path, new UTF8Encoding(false).GetBytes(csv.ToString()));
        }

        private static readonly SearchValues<char> CsvSpecial = SearchValues.Create(",\"\n\r");

        private static string Csv(string value) =>
            value.AsSpan().IndexOfAny(CsvSpecial) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
