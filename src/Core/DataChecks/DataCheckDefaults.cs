namespace AiFactory.Core.DataChecks
{
    /// <summary>
    /// The levels at which the build warns about its data when the manifest sets no gate: findings strong enough that a
    /// reviewer would stop at them, set high so that ordinary data passes silently. A gate in <c>gates.data</c>
    /// replaces the warning with an error at the manifest's bound.
    /// </summary>
    internal static class DataCheckDefaults
    {
        /// <summary>A single column that predicts the label with an out-of-sample AUC of at least this is a leakage warning (AIF3017).</summary>
        public const double LeakageWarningAuc = 0.95;

        /// <summary>
        /// A column that predicts a sensitive attribute with at least this strength is a proxy warning (AIF3018): for a binary
        /// attribute an out-of-sample AUC of 0.8, what Hosmer and Lemeshow call excellent discrimination.
        /// </summary>
        public const double ProxyWarningStrength = 0.6;
    }
}
