namespace AiFactory.Manifest.Model
{
    /// <summary>The rows an overall metric is taken over: it is undefined when they are none.</summary>
    internal enum MetricConditioning
    {
        /// <summary>Every row of the test set (accuracy, logLoss, brier, ece, cost): defined on any test set.</summary>
        AllRows,

        /// <summary>The rows with Y=1 (recall): undefined without a positive row.</summary>
        Positives,

        /// <summary>The rows predicted positive, Ŷ=1 (precision): undefined when none is.</summary>
        PredictedPositives,

        /// <summary>The rows with Y=1 and the rows with Ŷ=1 (f1, through precision and recall): undefined when either is empty.</summary>
        PositivesAndPredictedPositives,

        /// <summary>The rows of each class, Y=1 and Y=0 (auc): undefined when a class is absent.</summary>
        BothClasses,
    }
}
