namespace AiFactory.Manifest.Model
{
    /// <summary>Which way a metric improves, and so which bound a gate on it usually sets and what "worse" means against a baseline.</summary>
    internal enum MetricDirection
    {
        /// <summary>Higher is better (auc, rates): a gate usually sets <c>min</c>; worse means lower.</summary>
        HigherIsBetter,

        /// <summary>Lower is better (losses, calibration error, cost): a gate usually sets <c>max</c>; worse means higher.</summary>
        LowerIsBetter,
    }
}
