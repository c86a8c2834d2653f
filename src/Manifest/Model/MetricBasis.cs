namespace AiFactory.Manifest.Model
{
    /// <summary>What an overall metric is computed from, which decides how its interval is estimated.</summary>
    internal enum MetricBasis
    {
        /// <summary>The confusion matrix at the threshold (rates, f1, cost): a count bootstrap of the four cells.</summary>
        Counts,

        /// <summary>The order of the scores (auc): DeLong's variance.</summary>
        Ranks,

        /// <summary>The scores themselves (logLoss, brier, ece): a count bootstrap of the score cells.</summary>
        Scores,
    }
}
