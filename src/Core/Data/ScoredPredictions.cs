using System;

namespace AiFactory.Core.Data
{
    /// <summary>
    /// Predictions made by another system, ready to evaluate: the labels and either scores (probability of the positive
    /// class; the gates apply model.threshold) or predicted labels.
    /// </summary>
    internal sealed class ScoredPredictions
    {
        /// <summary>Creates the predictions; exactly one of <paramref name="scores"/> and <paramref name="predicted"/> is set.</summary>
        /// <param name="table">The whole test file (sensitive attributes and other columns included).</param>
        /// <param name="labels">The true labels: true for the positive class.</param>
        /// <param name="scores">Probabilities of the positive class in [0, 1], or null.</param>
        /// <param name="predicted">Predicted labels, or null.</param>
        public ScoredPredictions(DataTable table, bool[] labels, double[]? scores, bool[]? predicted)
        {
            Table = table ?? throw new ArgumentNullException(nameof(table));
            Labels = labels ?? throw new ArgumentNullException(nameof(labels));
            if ((scores is null) == (predicted is null)) throw new ArgumentException("Exactly one of scores and predicted must be given.");
            if (labels.Length != table.RowCount) throw new ArgumentException($"{labels.Length} labels for {table.RowCount} rows.", nameof(labels));
            if (scores != null && scores.Length != table.RowCount) throw new ArgumentException($"{scores.Length} scores for {table.RowCount} rows.", nameof(scores));
            if (predicted != null && predicted.Length != table.RowCount) throw new ArgumentException($"{predicted.Length} predictions for {table.RowCount} rows.", nameof(predicted));
            Scores = scores;
            Predicted = predicted;
        }

        /// <summary>The test file as read.</summary>
        public DataTable Table { get; }

        /// <summary>The true labels: true for the positive class.</summary>
        public bool[] Labels { get; }

        /// <summary>data.score: the probability of the positive class per row, each in [0, 1]; null when the file holds predicted labels.</summary>
        public double[]? Scores { get; }

        /// <summary>data.prediction: the predicted label per row (true = positive); null when the file holds scores.</summary>
        public bool[]? Predicted { get; }

        /// <summary>The number of rows.</summary>
        public int RowCount => Labels.Length;
    }
}
