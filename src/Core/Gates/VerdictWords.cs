using AiFactory.Manifest.Model;

namespace AiFactory.Core.Gates
{
    /// <summary>The words of a verdict against a minimum or a maximum, shared by every gate judged with an interval.</summary>
    internal static class VerdictWords
    {
        /// <summary>The value as a message shows it: on the side of the bound its point estimate is.</summary>
        public static string Shown(double value, double threshold, bool isMinimum, GateVerdict verdict) =>
            verdict.PointPassed ? GateNumberFormat.PassingValue(value, threshold, isMinimum) : GateNumberFormat.Value(value, threshold);

        /// <summary>"meets the minimum 0.80", "is below the minimum 0.80 set here", and the words of the interval's part in it.</summary>
        public static string Verdict(GateVerdict verdict, JudgingMode mode, bool isMinimum, string threshold)
        {
            string bar = isMinimum ? "minimum" : "maximum";
            if (verdict.Passed)
            {
                return verdict.PointPassed
                    ? $"meets the {bar} {threshold}"
                    : $"is {(isMinimum ? "below" : "above")} the {bar} {threshold}, but the interval reaches {(isMinimum ? "above" : "below")} it, so it passes on the benefit of the doubt";
            }

            return verdict.PointPassed && mode == JudgingMode.BurdenOfProof
                ? $"is not shown to meet the {bar} {threshold} set here: the interval reaches {(isMinimum ? "below" : "above")} it"
                : $"is {(isMinimum ? "below" : "above")} the {bar} {threshold} set here";
        }
    }
}
