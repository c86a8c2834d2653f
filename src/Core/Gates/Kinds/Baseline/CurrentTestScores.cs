using System.IO;
using AiFactory.Core.Baseline;
using AiFactory.Core.Evaluation;
using AiFactory.Core.Metrics;
using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Core.Gates.Kinds.Baseline
{
    /// <summary>
    /// This model's rows for the paired difference: the test-scores.csv its evaluation wrote beside results.json, taken
    /// only when it holds the rows the evaluation record measured (as many rows, scores when the record has them, and the
    /// same confusion counts), so the interval is of the figures the gates judge.
    /// </summary>
    internal static class CurrentTestScores
    {
        /// <summary>The rows, or null with why there are none.</summary>
        public static PairedScores? Read(string? path, EvaluationRecord evaluation, out IntervalMissing missing)
        {
            missing = IntervalMissing.None;
            if (path is null)
            {
                missing = IntervalMissing.CurrentRowsNotGiven;
                return null;
            }

            if (!File.Exists(path))
            {
                missing = IntervalMissing.CurrentRowsMissing;
                return null;
            }

            PairedScores rows;
            try
            {
                rows = PairedScores.Read(path);
            }
            catch (DiagnosticException)
            {
                missing = IntervalMissing.CurrentRowsUnreadable;
                return null;
            }

            BinaryMetrics metrics = evaluation.Metrics;
            ConfusionCounts counts = ConfusionCounts.FromPredictions(rows.Labels, rows.Predicted);
            ConfusionCounts recorded = metrics.Confusion;
            bool same = rows.Rows == evaluation.TestRows && rows.HasScores == metrics.HasScores
                && counts.TruePositives == recorded.TruePositives && counts.FalsePositives == recorded.FalsePositives
                && counts.TrueNegatives == recorded.TrueNegatives && counts.FalseNegatives == recorded.FalseNegatives;
            if (!same)
            {
                missing = IntervalMissing.CurrentRowsNotEvaluated;
                return null;
            }

            return rows;
        }
    }
}
