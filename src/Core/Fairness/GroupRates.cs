namespace AiFactory.Core.Fairness
{
    /// <summary>
    /// The computation of the <see cref="GroupRate.CountRates"/> of a confusion matrix, each into its descriptor's slot.
    /// A rate whose denominator is empty is NaN here (null in results): undefined, never 0.
    /// </summary>
    internal static class GroupRates
    {
        /// <summary>The number of rates computed from counts (the length of a rates array).</summary>
        public const int Count = 6;

        /// <summary>Writes the rates of one confusion matrix into <paramref name="output"/> from <paramref name="offset"/>.</summary>
        public static void Compute(long tp, long fp, long tn, long fn, double[] output, int offset)
        {
            long n = tp + fp + tn + fn;
            output[offset + GroupRate.SelectionRate.Index] = Ratio(tp + fp, n);
            output[offset + GroupRate.Tpr.Index] = Ratio(tp, tp + fn);
            output[offset + GroupRate.Fpr.Index] = Ratio(fp, fp + tn);
            output[offset + GroupRate.Fnr.Index] = Ratio(fn, tp + fn);
            output[offset + GroupRate.Precision.Index] = Ratio(tp, tp + fp);
            output[offset + GroupRate.Accuracy.Index] = Ratio(tp + tn, n);
        }

        /// <summary>numerator / denominator, NaN when the denominator is 0.</summary>
        public static double Ratio(long numerator, long denominator) =>
            denominator == 0 ? double.NaN : (double)numerator / denominator;
    }
}
