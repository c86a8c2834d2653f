using System.Globalization;

namespace AiFactory.Manifest.Reading
{
    /// <summary>The inclusive range a number in the manifest must lie in, with the words that describe it.</summary>
    internal sealed class NumberRange
    {
        public static readonly NumberRange UnitInterval = new NumberRange(0, 1, "between 0 and 1 (inclusive)");
        public static readonly NumberRange NonNegative = new NumberRange(0, double.PositiveInfinity, "0 or more");
        public static readonly NumberRange AnyFinite = new NumberRange(double.NegativeInfinity, double.PositiveInfinity, "a finite number");
        public static readonly NumberRange Seed = new NumberRange(0, int.MaxValue, "an integer from 0 to " + int.MaxValue.ToString(CultureInfo.InvariantCulture));
        public static readonly NumberRange PositiveCount = new NumberRange(1, int.MaxValue, "an integer from 1 to " + int.MaxValue.ToString(CultureInfo.InvariantCulture));
        public static readonly NumberRange ConfidenceLevel = new NumberRange(0.5, 0.999, "between 0.5 and 0.999 (inclusive)");
        public static readonly NumberRange BootstrapResamples = new NumberRange(100, 1000000, "an integer from 100 to 1000000");

        private NumberRange(double min, double max, string description)
        {
            Min = min;
            Max = max;
            Description = description;
        }

        public double Min { get; }

        public double Max { get; }

        /// <summary>Completes "must be ...".</summary>
        public string Description { get; }

        /// <summary>Finite and inside the range (a literal like 1e400 reads as infinity and is never accepted).</summary>
        public bool Contains(double value) =>
            !double.IsNaN(value) && !double.IsInfinity(value) && value >= Min && value <= Max;

        /// <summary>The range of a metric's values as its descriptor gives it: [0, 1] for rates and AUC, [0, ∞) for logLoss.</summary>
        public static NumberRange ForMetric(string metric) =>
            double.IsPositiveInfinity(Model.MetricDescriptor.Named(metric).Upper) ? NonNegative : UnitInterval;
    }
}
