using System;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Metrics
{
    /// <summary>Says in words why a metric of a <see cref="BinaryMetrics"/> is undefined, for diagnostics and reports.</summary>
    internal static class UndefinedMetricReason
    {
        /// <summary>
        /// Why <paramref name="metric"/> has no value, e.g. "no row was predicted positive (precision = TP / (TP + FP)
        /// has an empty denominator)"; null when the metric has a value.
        /// </summary>
        public static string? Explain(BinaryMetrics metrics, string metric)
        {
            if (metrics is null)
            {
                throw new ArgumentNullException(nameof(metrics));
            }

            if (metrics.Get(metric).HasValue)
            {
                return null;
            }

            ConfusionCounts c = metrics.Confusion;
            MetricDescriptor descriptor = MetricDescriptor.Named(metric);
            if (descriptor.NeedsScores && !metrics.HasScores)
            {
                return "the predictions are labels only, without scores";
            }

            switch (descriptor.Conditioning)
            {
                case MetricConditioning.PredictedPositives:
                    return NoPredictedPositive;
                case MetricConditioning.Positives:
                    return NoActualPositive;
                case MetricConditioning.PositivesAndPredictedPositives:
                    return metrics.Precision is null ? NoPredictedPositive : NoActualPositive;
                case MetricConditioning.BothClasses:
                    return c.Positives == 0
                        ? "the data has no positive rows, so no positive can be ranked above a negative"
                        : "the data has no negative rows, so no positive can be ranked above a negative";
                default:
                    return "there are no rows";
            }
        }

        private const string NoPredictedPositive = "no row was predicted positive (precision = TP / (TP + FP) divides by zero)";

        private const string NoActualPositive = "the data has no positive rows (recall = TP / (TP + FN) divides by zero)";
    }
}
