using System;
using System.Globalization;
using System.IO;
using AiFactory.Core.Protocol;
using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Core.Baseline
{
    /// <summary>
    /// One model's test rows as its test-scores.csv holds them (<see cref="TestScoresFile"/>): each row's label, score
    /// (null for label-only predictions) and predicted label, in the test file's order. Two of them, of the same rows,
    /// are what a paired difference is computed from (<see cref="PairedDifference"/>).
    /// </summary>
    internal sealed class PairedScores
    {
        /// <summary>Creates the rows of a model from its labels, scores (null without) and predicted labels.</summary>
        /// <param name="path">The test-scores file they come from (named in diagnostics).</param>
        /// <param name="labels">Each row's label, true = positive.</param>
        /// <param name="scores">Each row's score in [0, 1]; null for label-only predictions.</param>
        /// <param name="predicted">Each row's predicted label.</param>
        public PairedScores(string path, bool[] labels, double[]? scores, bool[] predicted)
        {
            Path = path ?? throw new ArgumentNullException(nameof(path));
            Labels = labels ?? throw new ArgumentNullException(nameof(labels));
            Predicted = predicted ?? throw new ArgumentNullException(nameof(predicted));
            if (predicted.Length != labels.Length || (scores != null && scores.Length != labels.Length))
            {
                throw new ArgumentException("Each row needs a label, a predicted label and, with scores, a score.", nameof(predicted));
            }

            Scores = scores;
        }

        /// <summary>The test-scores file the rows were read from.</summary>
        public string Path { get; }

        /// <summary>Each row's label, true = positive.</summary>
        public bool[] Labels { get; }

        /// <summary>Each row's score; null for label-only predictions.</summary>
        public double[]? Scores { get; }

        /// <summary>Each row's predicted label (score ≥ threshold, or the scored file's own).</summary>
        public bool[] Predicted { get; }

        /// <summary>The number of rows.</summary>
        public int Rows => Labels.Length;

        /// <summary>Whether the rows have scores (auc, logLoss, brier and ece need them).</summary>
        public bool HasScores => Scores != null;

        /// <summary>The test-scores.csv beside a results.json: where its build left it.</summary>
        public static string PathNextTo(string resultsPath)
        {
            if (resultsPath is null) throw new ArgumentNullException(nameof(resultsPath));
            return System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(resultsPath)) ?? "", OutputFiles.TestScores);
        }

        /// <summary>Reads the test-scores.csv beside <paramref name="resultsPath"/>.</summary>
        /// <param name="resultsPath">The results.json whose rows are wanted (a baseline's, or this build's).</param>
        /// <exception cref="DiagnosticException"><see cref="DiagnosticIds.BaselineInvalid"/>, as <see cref="Read"/>.</exception>
        public static PairedScores ReadNextTo(string resultsPath) => Read(PathNextTo(resultsPath), resultsPath);

        /// <summary>Reads a test-scores.csv.</summary>
        /// <param name="path">The file.</param>
        /// <param name="resultsPath">The results.json it belongs to, named when the file is missing; null to name the file alone.</param>
        /// <exception cref="DiagnosticException">
        /// <see cref="DiagnosticIds.BaselineInvalid"/> when the file is missing or unreadable, or a line is not
        /// <c>label,score,predicted</c> as the build writes it — at the line and column of the problem.
        /// </exception>
        public static PairedScores Read(string path, string? resultsPath = null)
        {
            if (path is null) throw new ArgumentNullException(nameof(path));
            if (!File.Exists(path))
            {
                string owner = resultsPath is null ? "" : $" beside {resultsPath}";
                throw Invalid(
                    $"there is no {OutputFiles.TestScores}{owner}, so the models cannot be compared row by row; copy the {OutputFiles.TestScores} its build wrote into the same aifactory output folder next to that results.json (a build by an earlier version writes none: rebuild that model), or judge the baseline gates on the point estimate",
                    new SourceLocation(resultsPath ?? path, 0, 0));
            }

            string[] lines;
            try
            {
                lines = File.ReadAllText(path).Split('\n');
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw Invalid($"{OutputFiles.TestScores} cannot be read ({e.Message.TrimEnd('.')}); check that it is readable", new SourceLocation(path, 0, 0));
            }

            // A checkout that turned the line ends into \r\n is read as the build wrote it.
            int count = lines.Length;
            if (count > 0 && TrimEnd(lines[count - 1]).Length == 0) count--;
            if (count == 0 || TrimEnd(lines[0]) != TestScoresFile.Header)
            {
                throw Invalid(
                    $"{OutputFiles.TestScores} does not start with the line \"{TestScoresFile.Header}\"; use the {OutputFiles.TestScores} the model's build wrote, unchanged",
                    new SourceLocation(path, 1, 1));
            }

            int rows = count - 1;
            if (rows == 0)
            {
                throw Invalid($"{OutputFiles.TestScores} holds no rows; use the {OutputFiles.TestScores} the model's build wrote, unchanged", new SourceLocation(path, 2, 1));
            }

            var labels = new bool[rows];
            var predicted = new bool[rows];
            double[]? scores = null;
            for (int row = 0; row < rows; row++)
            {
                int line = row + 2;
                string text = TrimEnd(lines[row + 1]);
                int first = text.IndexOf(',');
                int second = first < 0 ? -1 : text.IndexOf(',', first + 1);
                if (second < 0 || text.IndexOf(',', second + 1) >= 0)
                {
                    throw Invalid($"line {line} of {OutputFiles.TestScores} is \"{Shorten(text)}\", not label,score,predicted (three fields); use the {OutputFiles.TestScores} the model's build wrote, unchanged",
                        new SourceLocation(path, line, 1));
                }

                labels[row] = Bit(text.Substring(0, first), "label", path, line, 1);
                predicted[row] = Bit(text.Substring(second + 1), "predicted label", path, line, second + 2);
                string score = text.Substring(first + 1, second - first - 1);
                if (row == 0 && score.Length > 0) scores = new double[rows];
                if ((scores != null) != (score.Length > 0))
                {
                    throw Invalid(
                        $"line {line} of {OutputFiles.TestScores} {(score.Length > 0 ? "has a score" : "has no score")} and line 2 {(scores != null ? "has one" : "has none")}; every row has a score, or none (label-only predictions); use the {OutputFiles.TestScores} the model's build wrote, unchanged",
                        new SourceLocation(path, line, first + 2));
                }

                if (scores != null)
                {
                    if (!double.TryParse(score, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !(value >= 0 && value <= 1))
                    {
                        throw Invalid($"the score \"{Shorten(score)}\" on line {line} of {OutputFiles.TestScores} is not a probability in [0, 1]; use the {OutputFiles.TestScores} the model's build wrote, unchanged",
                            new SourceLocation(path, line, first + 2));
                    }

                    scores[row] = value;
                }
            }

            return new PairedScores(path, labels, scores, predicted);
        }

        /// <summary>
        /// Refuses to pair two models whose rows differ: the same number of rows, with the same label in each, in order.
        /// </summary>
        /// <exception cref="DiagnosticException">
        /// <see cref="DiagnosticIds.BaselineNotComparable"/> at the baseline's first row that differs (or where its rows end).
        /// </exception>
        public static void RequireSameRows(PairedScores current, PairedScores baseline)
        {
            if (current is null) throw new ArgumentNullException(nameof(current));
            if (baseline is null) throw new ArgumentNullException(nameof(baseline));
            const string fix = "so the two models were not scored on the same test rows and cannot be compared row by row; use the results.json and test-scores.csv of the baseline model evaluated on this test set (build it with the same data.test), or remove gates.baseline";
            int shared = Math.Min(current.Rows, baseline.Rows);
            for (int row = 0; row < shared; row++)
            {
                if (current.Labels[row] != baseline.Labels[row])
                {
                    throw new DiagnosticException(DiagnosticIds.BaselineNotComparable,
                        $"row {Count(row + 1)} of the baseline's test rows has label {Bit(baseline.Labels[row])} where row {Count(row + 1)} of this model's has {Bit(current.Labels[row])}, {fix}",
                        new SourceLocation(baseline.Path, row + 2, 1));
                }
            }

            if (current.Rows != baseline.Rows)
            {
                throw new DiagnosticException(DiagnosticIds.BaselineNotComparable,
                    $"the baseline's test-scores.csv holds {Count(baseline.Rows)} rows and this model's {Count(current.Rows)}: row {Count(shared + 1)} is in only one of them, {fix}",
                    new SourceLocation(baseline.Path, shared + 2, 1));
            }
        }

        private static bool Bit(string field, string what, string path, int line, int column)
        {
            if (field == "1") return true;
            if (field == "0") return false;
            throw Invalid($"the {what} \"{Shorten(field)}\" on line {line} of {OutputFiles.TestScores} is not 1 or 0; use the {OutputFiles.TestScores} the model's build wrote, unchanged",
                new SourceLocation(path, line, column));
        }

        private static string Bit(bool value) => value ? "1" : "0";

        private static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

        private static string TrimEnd(string line) => line.Length > 0 && line[line.Length - 1] == '\r' ? line.Substring(0, line.Length - 1) : line;

        private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "…";

        private static DiagnosticException Invalid(string message, SourceLocation location) =>
            new DiagnosticException(DiagnosticIds.BaselineInvalid, message, location);
    }
}
