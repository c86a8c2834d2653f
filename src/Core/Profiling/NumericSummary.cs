namespace AiFactory.Core.Profiling
{
    /// <summary>
    /// The distribution of a number column's present values. Quantiles interpolate linearly between the two nearest
    /// ranks (NumPy's default, Hyndman–Fan type 7); the standard deviation is the sample one (n − 1).
    /// </summary>
    internal sealed class NumericSummary
    {
        /// <summary>The smallest value.</summary>
        public double Min { get; set; }

        /// <summary>The largest value.</summary>
        public double Max { get; set; }

        /// <summary>The mean.</summary>
        public double Mean { get; set; }

        /// <summary>The sample standard deviation (n − 1 in the denominator); null with fewer than two values.</summary>
        public double? StandardDeviation { get; set; }

        /// <summary>The 5th percentile.</summary>
        public double P5 { get; set; }

        /// <summary>The first quartile.</summary>
        public double P25 { get; set; }

        /// <summary>The median.</summary>
        public double P50 { get; set; }

        /// <summary>The third quartile.</summary>
        public double P75 { get; set; }

        /// <summary>The 95th percentile.</summary>
        public double P95 { get; set; }
    }
}
