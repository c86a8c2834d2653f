using AiFactory.Core.Gates;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Fairness
{
    /// <summary>
    /// How a judging mode turns a figure and its interval into pass or fail against an inclusive bound:
    /// point estimate — the figure decides; benefit of the doubt — fail only when the whole interval is on the failing
    /// side; burden of proof — pass only when the whole interval is on the passing side. Without an interval the
    /// figure decides, and the message says so.
    /// </summary>
    public sealed class FairnessVerdict
    {
        private FairnessVerdict(bool passed, bool pointPassed, bool usedInterval)
        {
            Passed = passed;
            PointPassed = pointPassed;
            UsedInterval = usedInterval;
        }

        /// <summary>The gate's outcome.</summary>
        public bool Passed { get; }

        /// <summary>Whether the point estimate alone is on the passing side.</summary>
        public bool PointPassed { get; }

        /// <summary>Whether the interval decided (false for the point estimate, or when there is no interval).</summary>
        public bool UsedInterval { get; }

        /// <summary>True when the mode wanted an interval but there was none, so the point estimate decided.</summary>
        public bool FellBackToPoint(JudgingMode mode) => mode != JudgingMode.PointEstimate && !UsedInterval;

        /// <summary>Judges <paramref name="value"/> (with <paramref name="interval"/>) against a minimum or a maximum.</summary>
        public static FairnessVerdict Judge(double value, Interval? interval, double threshold, bool isMinimum, JudgingMode mode)
        {
            bool point = Passes(value, threshold, isMinimum);
            if (mode == JudgingMode.PointEstimate || interval is null || !interval.HasBounds)
            {
                return new FairnessVerdict(point, point, false);
            }

            double lower = interval.Lower!.Value, upper = interval.Upper!.Value;

            // The end nearer the failing side decides under burden of proof; the end nearer the passing side under benefit of the doubt.
            double decisive = mode == JudgingMode.BurdenOfProof ? (isMinimum ? lower : upper) : (isMinimum ? upper : lower);
            return new FairnessVerdict(Passes(decisive, threshold, isMinimum), point, true);
        }

        /// <summary>The inclusive comparison every gate uses (with its 1e-12 tolerance).</summary>
        public static bool Passes(double value, double threshold, bool isMinimum) =>
            isMinimum ? GateComparison.AtLeast(value, threshold) : GateComparison.AtMost(value, threshold);
    }
}
