namespace AiFactory.Core.Fairness
{
    /// <summary>
    /// The rates of a group's confusion matrix, in the order <see cref="AiFactory.Manifest.Model.FairnessMetricNames.GroupRates"/>
    /// lists them. A rate whose denominator is empty is NaN here (null in results): undefined, never 0.
    /// </summary>
    public static class GroupRates
    {
        /// <summary>The number of rates.</summary>
        public const int Count = 6;

        /// <summary>Index of the selection rate (TP + FP) / n.</summary>
        public const int SelectionRate = 0;
        /// <summary>Index of the true positive rate TP / (TP + FN).</summary>
        public const int Tpr = 1;
        /// <summary>Index of the false positive rate FP / (FP + TN).</summary>
        public const int Fpr = 2;
        /// <summary>Index of the false negative rate FN / (TP + FN).</summary>
        public const int Fnr = 3;
        /// <summary>Index of the precision TP / (TP + FP).</summary>
        public const int Precision = 4;
        /// <summary>Index of the accuracy (TP + TN) / n.</summary>
        public const int Accuracy = 5;

        /// <summary>Writes the six rates of one confusion matrix into <paramref name="output"/> from <paramref name="offset"/>.</summary>
        public static void Compute(long tp, long fp, long tn, long fn, double[] output, int offset)
        {
            long n = tp + fp + tn + fn;
            output[offset + SelectionRate] = Ratio(tp + fp, n);
            output[offset + Tpr] = Ratio(tp, tp + fn);
            output[offset + Fpr] = Ratio(fp, fp + tn);
            output[offset + Fnr] = Ratio(fn, tp + fn);
            output[offset + Precision] = Ratio(tp, tp + fp);
            output[offset + Accuracy] = Ratio(tp + tn, n);
        }

        /// <summary>numerator / denominator, NaN when the denominator is 0.</summary>
        public static double Ratio(long numerator, long denominator) =>
            denominator == 0 ? double.NaN : (double)numerator / denominator;

        /// <summary>The index of a per-group rate by its manifest name, or −1 (auc is not a count rate).</summary>
        public static int IndexOf(string name)
        {
            switch (name)
            {
                case AiFactory.Manifest.Model.FairnessMetricNames.SelectionRate: return SelectionRate;
                case AiFactory.Manifest.Model.FairnessMetricNames.Tpr: return Tpr;
                case AiFactory.Manifest.Model.FairnessMetricNames.Fpr: return Fpr;
                case AiFactory.Manifest.Model.FairnessMetricNames.Fnr: return Fnr;
                case AiFactory.Manifest.Model.FairnessMetricNames.Precision: return Precision;
                case AiFactory.Manifest.Model.FairnessMetricNames.Accuracy: return Accuracy;
                default: return -1;
            }
        }

        /// <summary>The manifest name of a rate index.</summary>
        public static string NameOf(int index) => AiFactory.Manifest.Model.FairnessMetricNames.GroupRates[index];
    }
}
