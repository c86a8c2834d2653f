using AiFactory.Core.Business;
using AiFactory.Core.Fairness;
using AiFactory.Core.Gates;
using AiFactory.Core.Metrics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.Metrics;

/// <summary>
/// The intervals of the test set's figures by simulation: each replicate draws a test set from a known model
/// (<see cref="ScoredSample"/>), computes every figure and its interval as the build does (95%, 1,000 resamples), and
/// records on which side of each interval the true figure falls, and how each judging mode decides a gate whose bound
/// is the true figure (a model exactly at the bound), a little worse than it (a model above the bar) or a little better
/// (a model below the bar).
/// </summary>
internal static class MetricSimulation
{
    public static readonly CostMatrix Costs = new() { FalsePositive = 500, FalseNegative = 120 };

    public static readonly JudgingMode[] Modes = { JudgingMode.PointEstimate, JudgingMode.BenefitOfTheDoubt, JudgingMode.BurdenOfProof };

    /// <summary>Where the bound is set against the true figure.</summary>
    public enum Bound
    {
        /// <summary>The bound is the true figure: the model meets it exactly, so every failure is a false one.</summary>
        AtTheBound,

        /// <summary>The model is better than the bound by the margin: failures are false.</summary>
        Above,

        /// <summary>The model is worse than the bound by the margin: failures are right (power).</summary>
        Below,
    }

    public sealed class Scenario
    {
        public string Name { get; init; } = "";
        public int Rows { get; init; }
        public double A { get; init; } = -1;
        public double B { get; init; } = 1.5;
        public IReadOnlyDictionary<MetricDescriptor, double> Margins { get; init; } = new Dictionary<MetricDescriptor, double>();
    }

    public sealed class Outcome
    {
        public int Replicates { get; set; }
        public Dictionary<MetricDescriptor, double> Truth { get; } = new();
        public Dictionary<MetricDescriptor, int> BelowLower { get; } = new();
        public Dictionary<MetricDescriptor, int> AboveUpper { get; } = new();
        public Dictionary<(MetricDescriptor Metric, Bound Bound, JudgingMode Mode), int> Failures { get; } = new();

        public double Coverage(MetricDescriptor m) => 1 - (double)(BelowLower[m] + AboveUpper[m]) / Replicates;
        public double FailureRate(MetricDescriptor m, Bound bound, JudgingMode mode) => (double)Failures[(m, bound, mode)] / Replicates;
    }

    /// <summary>The figures of the model itself: those of a million rows drawn from it.</summary>
    public static Dictionary<MetricDescriptor, double> Truth(Scenario scenario)
    {
        (bool[] labels, double[] scores) = ScoredSample.Draw(1_000_000, 20261207, scenario.A, scenario.B);
        BinaryMetrics m = BinaryMetricsCalculator.FromScores(labels, scores, 0.5);
        return Figures(m);
    }

    private static Dictionary<MetricDescriptor, double> Figures(BinaryMetrics m)
    {
        var figures = new Dictionary<MetricDescriptor, double>();
        foreach (MetricDescriptor metric in MetricDescriptor.Overall) figures[metric] = m.Get(metric) ?? double.NaN;
        figures[MetricDescriptor.CostPer1000] = ExpectedCost.Per1000(Costs, m.Confusion);
        return figures;
    }

    public static Outcome Run(Scenario scenario, int replicates, ulong seed = 1)
    {
        var outcome = new Outcome { Replicates = replicates };
        foreach ((MetricDescriptor metric, double truth) in Truth(scenario)) outcome.Truth[metric] = truth;
        foreach (MetricDescriptor metric in MetricDescriptor.All)
        {
            outcome.BelowLower[metric] = 0;
            outcome.AboveUpper[metric] = 0;
            foreach (Bound bound in Enum.GetValues<Bound>())
            {
                foreach (JudgingMode mode in Modes) outcome.Failures[(metric, bound, mode)] = 0;
            }
        }

        for (int r = 0; r < replicates; r++)
        {
            (bool[] labels, double[] scores) = ScoredSample.Draw(scenario.Rows, seed * 1_000_003 + (ulong)r, scenario.A, scenario.B);
            BinaryMetrics metrics = BinaryMetricsCalculator.FromScores(labels, scores, 0.5);
            Dictionary<MetricDescriptor, double> values = Figures(metrics);
            IReadOnlyDictionary<MetricDescriptor, Interval> intervals = MetricIntervals.Estimate(metrics, Costs, MetricDescriptor.All, 0.95, 1000, r);
            foreach (MetricDescriptor metric in MetricDescriptor.All)
            {
                double truth = outcome.Truth[metric];
                Interval interval = intervals[metric];
                if (interval.Lower > truth) outcome.BelowLower[metric]++;
                if (interval.Upper < truth) outcome.AboveUpper[metric]++;
                bool isMinimum = !metric.LowerIsBetter;
                double margin = scenario.Margins.TryGetValue(metric, out double m) ? m : 0;
                foreach (Bound bound in Enum.GetValues<Bound>())
                {
                    // A minimum below the truth (or a maximum above it) is met by the model; past it, it is missed.
                    double better = bound == Bound.Above ? -margin : bound == Bound.Below ? margin : 0;
                    double threshold = truth + (isMinimum ? better : -better);
                    foreach (JudgingMode mode in Modes)
                    {
                        if (!GateVerdict.Judge(values[metric], interval, threshold, isMinimum, mode).Passed) outcome.Failures[(metric, bound, mode)]++;
                    }
                }
            }
        }

        return outcome;
    }
}
