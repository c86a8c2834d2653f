using System;
using System.Collections.Generic;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Data
{
    /// <summary>Reads data.test in predictions mode: a file scored by another system, with labels and scores or predicted labels.</summary>
    internal static class PredictionsLoader
    {
        /// <summary>Reads and checks the predictions file the manifest names.</summary>
        /// <param name="manifest">A manifest with data.test, data.label, data.positive and exactly one of data.score and data.prediction.</param>
        /// <returns>The table, the labels, and the scores or predicted labels.</returns>
        /// <exception cref="DiagnosticException">
        /// Any error of <see cref="CsvTableReader.Read"/>; AIF3006 for a bad label or prediction, AIF3007 when the file
        /// holds one class, AIF3008 at file(line,col) for a score that is missing, not a number or outside [0, 1];
        /// AIF2006/AIF2013 when the manifest names neither, both, or contradictory columns.
        /// </exception>
        public static ScoredPredictions Load(ModelManifest manifest)
        {
            if (manifest is null) throw new ArgumentNullException(nameof(manifest));
            DataSection data = manifest.Data;
            string? score = string.IsNullOrEmpty(data.Score) ? null : data.Score;
            string? prediction = string.IsNullOrEmpty(data.Prediction) ? null : data.Prediction;
            CheckOutputColumn(manifest, score, prediction);
            string output = (score ?? prediction)!;

            var required = new List<string> { data.Label, output };
            required.AddRange(data.Sensitive);
            var options = new CsvReadOptions
            {
                DeclaredColumns = data.Columns,
                MissingValues = data.MissingValues,
                RequiredColumns = required,
                ForcedTypes = new Dictionary<string, ColumnType>(StringComparer.Ordinal)
                {
                    [data.Label] = ColumnType.Category,
                    [output] = score != null ? ColumnType.Number : ColumnType.Category,
                },
                ReferencedAt = data.TestLocation,
                OnBadRow = data.OnBadRow,
                NonNumericDiagnostic = (column, value, at) => column == score ? DataDiagnostics.ScoreNotNumeric(at, column, value) : null,
            };

            DataTable table = CsvTableReader.Read(data.TestPath, options);
            bool[] labels = LabelEncoder.ToBooleans(table, data.Label, data.Positive, data.PositiveLocation ?? data.LabelLocation);
            LabelEncoder.RequireBothClasses(labels, table, "test");
            return score != null
                ? new ScoredPredictions(table, labels, ReadScores(table, score), null)
                : new ScoredPredictions(table, labels, null, ReadPredictions(table, prediction!, data.Label, data.Positive, labels));
        }

        private static double[] ReadScores(DataTable table, string score)
        {
            DataColumn column = table.Get(score);
            int field = table.IndexOf(score);
            double[] scores = column.Numbers!;
            for (int row = 0; row < scores.Length; row++)
            {
                double value = scores[row];
                if (double.IsNaN(value)) throw new DiagnosticException(DataDiagnostics.ScoreMissing(LabelEncoder.Locate(table, row, field), score));
                if (value < 0 || value > 1) throw new DiagnosticException(DataDiagnostics.ScoreOutOfRange(LabelEncoder.Locate(table, row, field), score, value));
            }

            return scores;
        }

        private static bool[] ReadPredictions(DataTable table, string prediction, string label, string positive, bool[] labels)
        {
            DataColumn column = table.Get(prediction);
            DataColumn labelColumn = table.Get(label);
            int field = table.IndexOf(prediction);
            string? positiveKey = LabelKeys.OfText(column, positive);
            string? otherLabel = null;
            for (int row = 0; row < labels.Length && otherLabel is null; row++)
            {
                if (!labels[row]) otherLabel = LabelKeys.Of(labelColumn, row);
            }

            string? otherKey = otherLabel is null ? null : LabelKeys.OfText(column, otherLabel);
            var predicted = new bool[table.RowCount];
            for (int row = 0; row < predicted.Length; row++)
            {
                string? key = LabelKeys.Of(column, row);
                if (key is null) throw new DiagnosticException(DataDiagnostics.LabelMissing(LabelEncoder.Locate(table, row, field), prediction, "prediction"));
                if (key == positiveKey) predicted[row] = true;
                else if (key != otherKey) throw new DiagnosticException(DataDiagnostics.InvalidPrediction(LabelEncoder.Locate(table, row, field), prediction, key, positive, otherLabel));
            }

            return predicted;
        }

        private static void CheckOutputColumn(ModelManifest manifest, string? score, string? prediction)
        {
            DataSection data = manifest.Data;
            var manifestFile = new SourceLocation(manifest.FilePath, 0, 0);
            if (score != null && prediction != null)
                throw new DiagnosticException(DiagnosticIds.ConflictingKeys,
                    "data.score and data.prediction are both set; a predictions file holds either probabilities or predicted labels. Fix: keep data.score when the file has probabilities (score-based metrics need it), else data.prediction.",
                    data.PredictionLocation ?? data.ScoreLocation ?? manifestFile);
            if (score is null && prediction is null)
                throw new DiagnosticException(DiagnosticIds.MissingKey,
                    "predictions mode needs data.score (the probability column) or data.prediction (the predicted-label column). Fix: add one to the data section.",
                    manifestFile);
            string output = (score ?? prediction)!;
            SourceLocation? outputAt = score != null ? data.ScoreLocation : data.PredictionLocation;
            if (output == data.Label)
                throw new DiagnosticException(DiagnosticIds.ConflictingKeys,
                    $"data.{(score != null ? "score" : "prediction")} names the label column {DataDiagnostics.Quote(output)}; the predictions must be a column of their own. Fix: name the column the other system wrote.",
                    outputAt ?? manifestFile);
            if (score is null) return;
            foreach (ColumnDeclaration declaration in data.Columns)
            {
                if (declaration.Name == score && declaration.Type == ColumnType.Category)
                    throw new DiagnosticException(DiagnosticIds.ConflictingKeys,
                        $"data.columns declares the score column {DataDiagnostics.Quote(score)} as \"category\", but a score is a probability. Fix: declare it \"number\" or remove the declaration.",
                        declaration.Location);
            }
        }
    }
}
