namespace AiFactory.Core.Fairness
{
    /// <summary>
    /// The rows a rate is taken over, which decides the evidence a group needs for it (<see cref="GroupAdequacy"/>):
    /// every row needs minGroupSize rows; given the label also minClassSize of each class; given the prediction also
    /// minClassSize predicted positives.
    /// </summary>
    internal enum Conditioning
    {
        /// <summary>Every row of the group (selection rate, accuracy).</summary>
        AllRows,

        /// <summary>The rows with Y=1 (tpr, fnr; equal opportunity).</summary>
        Positives,

        /// <summary>The rows with Y=0 (fpr).</summary>
        Negatives,

        /// <summary>The rows of each class, Y=1 and Y=0 (auc; equalized odds).</summary>
        BothClasses,

        /// <summary>The rows predicted positive, Ŷ=1 (precision).</summary>
        PredictedPositives,
    }
}
