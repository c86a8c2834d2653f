using AiFactory.Core.Fairness;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Gates
{
    /// <summary>
    /// How a judging mode turns a figure and its interval into pass or fail against an inclusive bound — the one
    /// comparison every gate kind uses. Point estimate: the figure decides. Benefit of the doubt: the gate fails only
    /// when the figure is on the failing side <em>and</em> the whole interval is too (clear evidence of a problem).
    /// Burden of proof: the gate passes only when the figure is on the passing side <em>and</em> the whole interval is
    /// too (clear evidence the bound is met). So benefit of the doubt never fails what the point estimate passes, and
    /// burden of proof never passes what it fails, whatever the interval. Without an interval the figure decides, and
    /// the message says so.
    /// </summary>
    internal sealed class GateVerdict
    {
        private GateVerdict(bool passed, bool pointPassed, bool usedInterval)
        {
            Passed = passed;
            PointPassed = pointPassed;
            UsedInterval = usedInterval;
        }

        /// <summary>The gate's outcome.</summary>
        public bool Passed { get; }

        /// <summary>Whether the point estimate alone is on the passing side.</summary>
        public bool PointPassed { get; }

        /// <summary>Whether an interval was weighed (false for the point estimate, or when there is no interval).</summary>
        public bool UsedInterval { get; }

        /// <summary>True when the gate passed only because its interval reaches across the bound (benefit of the doubt).</summary>
        public bool PassedOnInterval => Passed && !PointPassed;

        /// <summary>True when the mode wanted an interval but there was none, so the point estimate decided.</summary>
        public bool FellBackToPoint(JudgingMode mode) => mode != JudgingMode.PointEstimate && !UsedInterval;

        /// <summary>Judges <paramref name="value"/> (with <paramref name="interval"/>) against a minimum or a maximum.</summary>
        public static GateVerdict Judge(double value, Interval? interval, double threshold, bool isMinimum, JudgingMode mode)
        {
            bool point = Passes(value, threshold, isMinimum);
            if (mode == JudgingMode.PointEstimate || interval is null || !interval.HasBounds)
            {
                return new GateVerdict(point, point, false);
            }

            double lower = interval.Lower!.Value, upper = interval.Upper!.Value;

            // The end nearer the failing side must pass too under burden of proof; under benefit of the doubt the end
            // nearer the passing side may rescue a failing figure. The figure itself always counts, so an interval that
            // leaves out its own estimate can neither fail a passing figure nor pass a failing one against the mode.
            if (mode == JudgingMode.BurdenOfProof)
            {
                return new GateVerdict(point && Passes(isMinimum ? lower : upper, threshold, isMinimum), point, true);
            }

            return new GateVerdict(point || Passes(isMinimum ? upper : lower, threshold, isMinimum), point, true);
        }

        /// <summary>The inclusive comparison every gate uses (with its 1e-12 tolerance).</summary>
        public static bool Passes(double value, double threshold, bool isMinimum) =>
            isMinimum ? GateComparison.AtLeast(value, threshold) : GateComparison.AtMost(value, threshold);
    }
}
