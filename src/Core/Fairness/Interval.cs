using System;

namespace AiFactory.Core.Fairness
{
    /// <summary>A confidence interval of a figure, with how it was obtained.</summary>
    internal sealed class Interval
    {
        /// <summary>The method of a percentile bootstrap interval (<see cref="PercentileInterval"/>).</summary>
        public const string BootstrapMethod = "bootstrap-percentile";

        /// <summary>The method of a bias-corrected percentile bootstrap interval (<see cref="BiasCorrectedInterval"/>): the build's rates and disparities.</summary>
        public const string BiasCorrectedMethod = "bootstrap-bc";

        /// <summary>The method of DeLong's interval of an AUC.</summary>
        public const string DeLongMethod = "delong";

        /// <summary>
        /// The method of a figure counted over the whole of a file (a census, not an estimate from a sample): its interval
        /// is the figure itself, with no level and no resamples.
        /// </summary>
        public const string ExactMethod = "exact";

        /// <summary>Creates an interval.</summary>
        /// <param name="lower">Lower end, or null when there is no interval (too many undefined resamples).</param>
        /// <param name="upper">Upper end, or null with <paramref name="lower"/>.</param>
        /// <param name="level">The confidence level, e.g. 0.95.</param>
        /// <param name="method"><see cref="BiasCorrectedMethod"/>, <see cref="BootstrapMethod"/>, <see cref="DeLongMethod"/> or <see cref="ExactMethod"/>.</param>
        /// <param name="resamples">Bootstrap resamples drawn; null for DeLong.</param>
        /// <param name="undefinedResamples">Resamples in which the figure was undefined (left out of the percentiles); null for DeLong.</param>
        public Interval(double? lower, double? upper, double level, string method, int? resamples, int? undefinedResamples)
        {
            if (lower.HasValue != upper.HasValue) throw new ArgumentException("Both ends or neither.");
            if (lower > upper) throw new ArgumentException($"Lower end {lower} above upper end {upper}.");
            Lower = lower;
            Upper = upper;
            Level = level;
            Method = method ?? throw new ArgumentNullException(nameof(method));
            Resamples = resamples;
            UndefinedResamples = undefinedResamples;
        }

        /// <summary>The interval of a figure counted over the whole of a file: lower = upper = <paramref name="value"/>, level 1.</summary>
        public static Interval Exact(double value) => new Interval(value, value, 1, ExactMethod, null, null);

        /// <summary>True for <see cref="ExactMethod"/>: a census, whose level results.json writes as null.</summary>
        public bool IsExact => Method == ExactMethod;

        /// <summary>Lower end; null when no interval could be formed.</summary>
        public double? Lower { get; }

        /// <summary>Upper end; null when no interval could be formed.</summary>
        public double? Upper { get; }

        /// <summary>True when both ends are known.</summary>
        public bool HasBounds => Lower.HasValue;

        /// <summary>The confidence level (1 for <see cref="ExactMethod"/>, written as null).</summary>
        public double Level { get; }

        /// <summary><see cref="BiasCorrectedMethod"/>, <see cref="BootstrapMethod"/> or <see cref="DeLongMethod"/>.</summary>
        public string Method { get; }

        /// <summary>Bootstrap resamples drawn; null for DeLong.</summary>
        public int? Resamples { get; }

        /// <summary>Resamples in which the figure was undefined; null for DeLong.</summary>
        public int? UndefinedResamples { get; }
    }
}
