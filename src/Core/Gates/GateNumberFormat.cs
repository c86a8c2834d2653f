using System;
using System.Globalization;
using AiFactory.Core.Json;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Gates
{
    /// <summary>
    /// How numbers appear in gate messages (invariant culture): thresholds as the manifest wrote them (0.80
    /// prints as 0.80; in their shortest exact form when the text is unknown), measured values with 3 decimals — or more, until the printed value sits on the same side
    /// of the threshold as the real one, so a message never reads "0.800 is below the minimum 0.8" — and counts
    /// with thousands separators.
    /// </summary>
    internal static class GateNumberFormat
    {
        /// <summary>Decimals a measured value gets at least.</summary>
        public const int ValueDecimals = 3;

        // Beyond 15 significant digits .NET Framework pads with zeros, so more decimals would show nothing new.
        private const int MaxDecimals = 15;

        private static readonly char[] Exponent = { 'e', 'E' };

        /// <summary>A threshold in its shortest round-trip form, e.g. 0.8 → "0.8", 40000 → "40000".</summary>
        public static string Threshold(double value) => JsonTextWriter.FormatDouble(value);

        /// <summary>A threshold as the manifest wrote it ("0.80"), else in its shortest round-trip form.</summary>
        public static string Threshold(Bound bound) => Threshold(bound?.Value ?? throw new ArgumentNullException(nameof(bound)), bound.Text);

        /// <summary>A gate's threshold as the manifest wrote it ("0.80"), else in its shortest round-trip form.</summary>
        public static string Threshold(GateResult gate) => Threshold(gate?.Threshold ?? throw new ArgumentNullException(nameof(gate)), gate.ThresholdText);

        private static string Threshold(double value, string? text) =>
            text != null && text.IndexOfAny(Exponent) < 0 ? text : Threshold(value);

        /// <summary>A threshold in its shortest round-trip form with thousands separators, e.g. 40000 → "40,000".</summary>
        public static string GroupedThreshold(double value)
        {
            string text = JsonTextWriter.FormatDouble(value);
            if (text.IndexOfAny(Exponent) >= 0)
            {
                return text;
            }

            bool negative = text.StartsWith("-", StringComparison.Ordinal);
            string digits = negative ? text.Substring(1) : text;
            int dot = digits.IndexOf('.');
            string integer = dot < 0 ? digits : digits.Substring(0, dot);
            string fraction = dot < 0 ? "" : digits.Substring(dot);
            string grouped = long.Parse(integer, CultureInfo.InvariantCulture).ToString("N0", CultureInfo.InvariantCulture);
            return (negative ? "-" : "") + grouped + fraction;
        }

        /// <summary>
        /// A measured value with <paramref name="minDecimals"/> decimals or more: digits are added until the printed
        /// number compares with <paramref name="threshold"/> as the value itself does (strictly above, below or equal),
        /// so that a failed gate's message shows why it failed.
        /// </summary>
        public static string Value(double value, double threshold, int minDecimals = ValueDecimals, bool grouped = false)
        {
            int side = Math.Sign(value.CompareTo(threshold));
            return Fixed(value, Decimals(value, printed => Math.Sign(printed.CompareTo(threshold)) == side, minDecimals, grouped), grouped);
        }

        /// <summary>
        /// A value that passed a bound, with <paramref name="minDecimals"/> decimals or more: digits are added until the
        /// printed number is on the passing side of <paramref name="threshold"/> or equal to it (a value within the
        /// tolerance below a minimum prints as the minimum, not as a near-miss).
        /// </summary>
        public static string PassingValue(double value, double threshold, bool atLeast, int minDecimals = ValueDecimals, bool grouped = false) =>
            Fixed(value, Decimals(value, printed => atLeast ? printed >= threshold : printed <= threshold, minDecimals, grouped), grouped);

        /// <summary>The fewest decimals from <paramref name="minDecimals"/> with which <paramref name="value"/> prints as a number <paramref name="acceptable"/> accepts.</summary>
        public static int Decimals(double value, Func<double, bool> acceptable, int minDecimals = ValueDecimals, bool grouped = false)
        {
            if (acceptable is null)
            {
                throw new ArgumentNullException(nameof(acceptable));
            }

            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                return minDecimals;
            }

            for (int decimals = minDecimals; decimals < MaxDecimals; decimals++)
            {
                double printed = double.Parse(Fixed(value, decimals, grouped), NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
                if (acceptable(printed))
                {
                    return decimals;
                }
            }

            return Math.Max(minDecimals, MaxDecimals);
        }

        /// <summary>A value with a fixed number of decimals.</summary>
        public static string Fixed(double value, int decimals, bool grouped = false) =>
            value.ToString((grouped ? "N" : "F") + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

        /// <summary>A count with thousands separators, e.g. 6512 → "6,512".</summary>
        public static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

        /// <summary>"1 row" or "6,512 rows".</summary>
        public static string Rows(long count) => Count(count) + (count == 1 ? " row" : " rows");
    }
}
