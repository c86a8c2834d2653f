using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using AiFactory.Core.IO;

namespace AiFactory.Core.Baseline
{
    /// <summary>
    /// <c>test-scores.csv</c>, the per-row evidence the evaluate stage leaves beside results.json: one line per test row,
    /// in the test file's order, after the header <c>label,score,predicted</c> — the label as 1 (the positive class)
    /// or 0, the score as the shortest text that reads back to the same double (empty for label-only predictions), and
    /// the predicted label (score ≥ threshold, or the scored file's own) as 1 or 0. A results.json kept as a baseline
    /// brings it along, so the gates can compare two models on the same rows (read back by the paired comparison of baseline gates).
    /// </summary>
    /// <remarks>Deterministic: the same rows give the same bytes (invariant culture, <c>\n</c> line ends, ASCII).</remarks>
    internal static class TestScoresFile
    {
        /// <summary>The first line of the file.</summary>
        public const string Header = "label,score,predicted";

        /// <summary>The file's text for rows with scores, or with predicted labels only (<paramref name="scores"/> null).</summary>
        /// <param name="labels">Each row's label, true = positive.</param>
        /// <param name="scores">Each row's score; null for label-only predictions.</param>
        /// <param name="predicted">Each row's predicted label.</param>
        public static string Format(IReadOnlyList<bool> labels, IReadOnlyList<double>? scores, IReadOnlyList<bool> predicted)
        {
            if (labels is null) throw new ArgumentNullException(nameof(labels));
            if (predicted is null) throw new ArgumentNullException(nameof(predicted));
            if (predicted.Count != labels.Count || (scores != null && scores.Count != labels.Count))
            {
                throw new ArgumentException("Each row needs a label, a predicted label and, with scores, a score.", nameof(predicted));
            }

            var text = new StringBuilder(labels.Count * (scores is null ? 5 : 24) + Header.Length + 1);
            text.Append(Header).Append('\n');
            for (int row = 0; row < labels.Count; row++)
            {
                text.Append(labels[row] ? '1' : '0').Append(',');
                if (scores != null) text.Append(scores[row].ToString("R", CultureInfo.InvariantCulture));
                text.Append(',').Append(predicted[row] ? '1' : '0').Append('\n');
            }

            return text.ToString();
        }

        /// <summary>Writes the file atomically (a temporary file, then a move), every time: its time tells the build the stage ran.</summary>
        public static void Write(string path, IReadOnlyList<bool> labels, IReadOnlyList<double>? scores, IReadOnlyList<bool> predicted)
        {
            AtomicFile.WriteAllBytes(path, Encoding.ASCII.GetBytes(Format(labels, scores, predicted)));
        }
    }
}
