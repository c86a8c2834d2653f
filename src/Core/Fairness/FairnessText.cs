using System.Collections.Generic;
using System.Globalization;
using AiFactory.Core.Gates;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Fairness
{
    /// <summary>The words of fairness messages: judging modes, rates, intervals and lists of groups.</summary>
    internal static class FairnessText
    {
        /// <summary>The manifest value of a judging mode: <c>pointEstimate</c>, <c>benefitOfTheDoubt</c>, <c>burdenOfProof</c>.</summary>
        public static string ModeName(JudgingMode mode) =>
            mode == JudgingMode.PointEstimate ? "pointEstimate" : mode == JudgingMode.BurdenOfProof ? "burdenOfProof" : "benefitOfTheDoubt";

        /// <summary>A judging mode in words: "point estimate", "benefit of the doubt", "burden of proof".</summary>
        public static string ModeWords(JudgingMode mode) =>
            mode == JudgingMode.PointEstimate ? "point estimate" : mode == JudgingMode.BurdenOfProof ? "burden of proof" : "benefit of the doubt";

        /// <summary>A confidence level as a percentage: 0.95 → "95%", 0.975 → "97.5%".</summary>
        public static string Level(double level) => (level * 100).ToString("0.###", CultureInfo.InvariantCulture) + "%";

        /// <summary>A rate shown beside a group's name: 3 decimals.</summary>
        public static string Rate(double value) => double.IsNaN(value) ? "undefined" : GateNumberFormat.Fixed(value, GateNumberFormat.ValueDecimals);

        /// <summary>
        /// The interval part of a message: "95% CI 0.45–0.51", each end with 2 decimals or more, until it prints on the
        /// same side of the threshold as it is; or why there is none.
        /// </summary>
        public static string Interval(Interval? interval, double threshold, bool fallsBackToPoint)
        {
            string fallback = fallsBackToPoint ? ", judged on the point estimate" : "";
            if (interval is null)
            {
                return "no interval estimated" + fallback;
            }

            string undefined = interval.UndefinedResamples > 0 && interval.Resamples.HasValue
                ? $"{GateNumberFormat.Count(interval.UndefinedResamples.Value)} of {GateNumberFormat.Count(interval.Resamples.Value)} resamples undefined"
                : "";
            if (!interval.HasBounds)
            {
                return "no interval: " + (undefined.Length > 0 ? undefined : "too few defined resamples") + fallback;
            }

            string text = $"{Level(interval.Level)} CI {GateNumberFormat.Value(interval.Lower!.Value, threshold, 2)}–{GateNumberFormat.Value(interval.Upper!.Value, threshold, 2)}";
            return undefined.Length > 0 ? text + ", " + undefined : text;
        }

        /// <summary>Names joined for a sentence: 'A', 'B' and 'C'.</summary>
        public static string List(IReadOnlyList<string> items)
        {
            if (items.Count == 1) return items[0];
            return string.Join(", ", Take(items, items.Count - 1)) + " and " + items[items.Count - 1];
        }

        private static IEnumerable<string> Take(IReadOnlyList<string> items, int count)
        {
            for (int i = 0; i < count; i++) yield return items[i];
        }
    }
}
