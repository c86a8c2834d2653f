using AiFactory.Core.Fairness;
using AiFactory.Core.Metrics;

namespace AiFactory.Core.Tests.Fairness;

/// <summary>
/// How often an interval read from the count bootstrap misses the true figure, by simulation: each replicate draws
/// every group's confusion cells from known cell probabilities (so every rate and disparity has a known true value),
/// bootstraps them as the build does (1,000 resamples), and checks on which side of each interval the truth falls.
/// </summary>
internal static class IntervalCoverage
{
    /// <summary>One group's true rates: share of positives, TPR and FPR.</summary>
    public sealed record TrueGroup(double Positives, double Tpr, double Fpr);

    public sealed class Scenario
    {
        public string Name { get; init; } = "";
        public int GroupSize { get; init; }
        public TrueGroup[] Groups { get; init; } = System.Array.Empty<TrueGroup>();
    }

    /// <summary>A statistic read from the layout of <see cref="DisparityStatistics"/>.</summary>
    public sealed record Statistic(string Name, Func<DisparityStatistics, int> Index);

    public static readonly Statistic[] Statistics =
    {
        new("selectionRate (group 0)", s => s.GroupRateIndex(0, GroupRate.SelectionRate)),
        new("tpr (group 0)", s => s.GroupRateIndex(0, GroupRate.Tpr)),
        new("demographicParityDifference", s => s.DisparityIndex(Disparity.DemographicParityDifference)),
        new("demographicParityRatio", s => s.DisparityIndex(Disparity.DemographicParityRatio)),
        new("equalizedOddsDifference", s => s.DisparityIndex(Disparity.EqualizedOddsDifference)),
        new("equalizedOddsRatio", s => s.DisparityIndex(Disparity.EqualizedOddsRatio)),
        new("equalOpportunityDifference", s => s.DisparityIndex(Disparity.EqualOpportunityDifference)),
    };

    /// <summary>Misses of one method for one statistic: truth below the lower end, above the upper end; replicates with no interval.</summary>
    public sealed class Misses
    {
        public int Replicates { get; set; }
        public int BelowLower { get; set; }
        public int AboveUpper { get; set; }
        public int NoInterval { get; set; }
        public int EstimateOutside { get; set; }
        public double Coverage => 1 - (double)(BelowLower + AboveUpper + NoInterval) / Replicates;
        public double LowerMissRate => (double)BelowLower / Replicates;
        public double UpperMissRate => (double)AboveUpper / Replicates;
    }

    public sealed class Outcome
    {
        public Dictionary<(string Method, string Statistic), Misses> Misses { get; } = new();
        public Dictionary<string, double> Truth { get; } = new();
    }

    public const string Percentile = "percentile";
    public const string BiasCorrected = "bias-corrected";

    public static Outcome Run(Scenario scenario, int replicates, int resamples = 1000, double level = 0.95, ulong seed = 7)
    {
        int count = scenario.Groups.Length;
        var adequacy = Enumerable.Range(0, count).Select(_ => GroupAdequacy.Of(new ConfusionCounts(1, 1, 1, 1), 1, 1)).ToArray();
        var statistics = new DisparityStatistics(adequacy, -1);
        var outcome = new Outcome();

        // The truth: the statistics of the cell probabilities themselves (scaled to counts of 10^12).
        var truth = new double[statistics.Size];
        statistics.Compute(Cells(scenario.Groups.Select(g => Probabilities(g).Select(p => (long)Math.Round(p * 1e12)).ToArray()).ToArray()), truth);
        foreach (Statistic s in Statistics) outcome.Truth[s.Name] = truth[s.Index(statistics)];

        var random = new Xoshiro256StarStar(seed);
        var estimate = new double[statistics.Size];
        for (int r = 0; r < replicates; r++)
        {
            var observed = new long[count][];
            for (int g = 0; g < count; g++) observed[g] = Draw(random, scenario.GroupSize, Probabilities(scenario.Groups[g]));
            long[] cells = Cells(observed);
            statistics.Compute(cells, estimate);
            var groups = observed.Select((c, g) => new GroupCounts("g" + g, new ConfusionCounts(c[0], c[1], c[2], c[3]), null, null)).ToList();
            double[][] samples = CountBootstrap.Resample(groups, statistics, resamples, random);
            foreach (Statistic s in Statistics)
            {
                int i = s.Index(statistics);
                double t = truth[i];
                Record(outcome, Percentile, s.Name, PercentileInterval.Of((double[])samples[i].Clone(), level), t, estimate[i]);
                Record(outcome, BiasCorrected, s.Name, BiasCorrectedInterval.Of((double[])samples[i].Clone(), estimate[i], level), t, estimate[i]);
            }
        }

        return outcome;
    }

    private static void Record(Outcome outcome, string method, string statistic, Interval interval, double truth, double estimate)
    {
        if (!outcome.Misses.TryGetValue((method, statistic), out Misses? misses)) outcome.Misses[(method, statistic)] = misses = new Misses();
        misses.Replicates++;
        if (!interval.HasBounds || double.IsNaN(truth)) { misses.NoInterval++; return; }
        if (truth < interval.Lower!.Value) misses.BelowLower++;
        else if (truth > interval.Upper!.Value) misses.AboveUpper++;
        if (!double.IsNaN(estimate) && (estimate < interval.Lower!.Value || estimate > interval.Upper!.Value)) misses.EstimateOutside++;
    }

    /// <summary>TP, FP, TN, FN probabilities of a group.</summary>
    private static double[] Probabilities(TrueGroup g) =>
        new[] { g.Positives * g.Tpr, (1 - g.Positives) * g.Fpr, (1 - g.Positives) * (1 - g.Fpr), g.Positives * (1 - g.Tpr) };

    /// <summary>Multinomial(n, p) over TP, FP, TN, FN by conditional binomials.</summary>
    private static long[] Draw(Xoshiro256StarStar random, int n, double[] p)
    {
        var cells = new long[4];
        long rest = n;
        double left = 1;
        for (int c = 0; c < 3; c++)
        {
            cells[c] = left <= 0 ? 0 : BinomialSampler.Sample(random, rest, Math.Min(1, p[c] / left));
            rest -= cells[c];
            left -= p[c];
        }

        cells[3] = rest;
        return cells;
    }

    private static long[] Cells(long[][] groups) => groups.SelectMany(c => c).ToArray();
}
