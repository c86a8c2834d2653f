using AiFactory.Core.Fairness;

namespace AiFactory.Core.Tests.Fairness;

/// <summary>The binomial sampler draws from the right distribution, in both of its algorithms, at a cost that does not grow with n.</summary>
public class BinomialSamplerTests
{
    private static double Pmf(long n, long k, double p) =>
        Math.Exp(LogFactorial.Of(n) - LogFactorial.Of(k) - LogFactorial.Of(n - k) + k * Math.Log(p) + (n - k) * Math.Log(1 - p));

    /// <summary>Pearson's chi-square of draws against the exact pmf, over the values with expected count ≥ 5 and one tail bin each side.</summary>
    private static (double Statistic, int DegreesOfFreedom) ChiSquare(long n, double p, int draws, ulong seed)
    {
        var random = new Xoshiro256StarStar(seed);
        var counts = new Dictionary<long, int>();
        for (int i = 0; i < draws; i++)
        {
            long k = BinomialSampler.Sample(random, n, p);
            Assert.InRange(k, 0, n);
            counts[k] = counts.GetValueOrDefault(k) + 1;
        }

        var bins = new List<(double Expected, int Observed)>();
        double lowTail = 0, highTail = 0;
        int lowObserved = 0, highObserved = 0;
        long mode = (long)Math.Floor((n + 1) * p);
        for (long k = 0; k <= n; k++)
        {
            double expected = Pmf(n, k, p) * draws;
            int observed = counts.GetValueOrDefault(k);
            if (expected >= 5) bins.Add((expected, observed));
            else if (k < mode) { lowTail += expected; lowObserved += observed; }
            else { highTail += expected; highObserved += observed; }
        }

        if (lowTail > 0) bins.Add((lowTail, lowObserved));
        if (highTail > 0) bins.Add((highTail, highObserved));
        double statistic = bins.Sum(b => (b.Observed - b.Expected) * (b.Observed - b.Expected) / b.Expected);
        return (statistic, bins.Count - 1);
    }

    [Theory]
    [InlineData(30, 0.2, 1UL)]      // n·p = 6: inversion
    [InlineData(12, 0.5, 2UL)]      // n·p = 6 at p = ½
    [InlineData(1000, 0.4, 3UL)]    // n·p = 400: BTRS
    [InlineData(500, 0.9, 4UL)]     // p > ½: BTRS on the complement
    [InlineData(40, 0.25, 5UL)]     // n·p = 10: the switch point
    public void Draws_fit_the_exact_distribution(long n, double p, ulong seed)
    {
        (double statistic, int df) = ChiSquare(n, p, 200_000, seed);

        // A chi-square with df degrees of freedom exceeds df + 5·√(2·df) with probability below 1e-4.
        Assert.True(statistic < df + 5 * Math.Sqrt(2 * df), $"chi-square {statistic:F1} with {df} degrees of freedom");
    }

    [Theory]
    [InlineData(1_000L, 0.3)]
    [InlineData(1_000_000L, 0.3)]
    [InlineData(1_000_000_000L, 0.3)]
    [InlineData(1_000_000_000L, 0.000001)]
    [InlineData(1_000_000_000L, 0.999999995)]
    public void Mean_and_variance_match_n_p_and_n_p_q_even_for_a_billion_trials(long n, double p)
    {
        var random = new Xoshiro256StarStar(11);
        const int draws = 50_000;
        double sum = 0, sumSquares = 0;
        for (int i = 0; i < draws; i++)
        {
            // Centred on n·p first: squares of values near a billion would lose the variance to rounding.
            double k = BinomialSampler.Sample(random, n, p) - n * p;
            sum += k;
            sumSquares += k * k;
        }

        double mean = n * p + sum / draws, variance = (sumSquares - sum * sum / draws) / (draws - 1);
        double expectedVariance = n * p * (1 - p);
        Assert.True(Math.Abs(mean - n * p) < 5 * Math.Sqrt(expectedVariance / draws), $"mean {mean} vs {n * p}");
        Assert.True(Math.Abs(variance / expectedVariance - 1) < 0.05, $"variance {variance} vs {expectedVariance}");
    }

    [Theory]
    [InlineData(1_000L)]
    [InlineData(1_000_000L)]
    [InlineData(1_000_000_000L)]
    [InlineData(1_000_000_000_000L)]
    public void Cost_per_draw_does_not_grow_with_n(long n)
    {
        // The generator counts its draws: a sampler looping over the trials would need about n·p of them.
        var random = new Xoshiro256StarStar(21);
        const int draws = 20_000;
        foreach (double p in new[] { 0.001, 0.05, 0.3, 0.5, 0.8 })
        {
            long before = random.Draws;
            for (int i = 0; i < draws; i++) BinomialSampler.Sample(random, n, p);
            double perDraw = (double)(random.Draws - before) / draws;
            Assert.True(perDraw < 3.0, $"n {n}, p {p}: {perDraw:F2} uniforms per draw");
        }
    }

    [Fact]
    public void Degenerate_cases_are_exact()
    {
        var random = new Xoshiro256StarStar(1);
        Assert.Equal(0, BinomialSampler.Sample(random, 0, 0.5));
        Assert.Equal(0, BinomialSampler.Sample(random, 100, 0));
        Assert.Equal(100, BinomialSampler.Sample(random, 100, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => BinomialSampler.Sample(random, 10, 1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => BinomialSampler.Sample(random, -1, 0.5));
    }

    [Fact]
    public void Log_factorial_is_exact_in_the_table_and_continuous_across_its_end()
    {
        Assert.Equal(0, LogFactorial.Of(0));
        Assert.Equal(Math.Log(120), LogFactorial.Of(5), 12);
        double sum = Enumerable.Range(1, 300).Sum(k => Math.Log(k));
        Assert.Equal(sum, LogFactorial.Of(300), sum * 1e-14);
        Assert.Equal(LogFactorial.Of(255) + Math.Log(256), LogFactorial.Of(256), 1e-10);
    }

    [Fact]
    public void The_generator_is_fixed_by_its_seed_and_grouping_keys_get_their_own_streams()
    {
        var a = new Xoshiro256StarStar(Xoshiro256StarStar.Mix(42, "sex"));
        var b = new Xoshiro256StarStar(Xoshiro256StarStar.Mix(42, "sex"));
        var c = new Xoshiro256StarStar(Xoshiro256StarStar.Mix(42, "race"));
        ulong[] first = Enumerable.Range(0, 5).Select(_ => a.NextUInt64()).ToArray();
        Assert.Equal(first, Enumerable.Range(0, 5).Select(_ => b.NextUInt64()).ToArray());
        Assert.NotEqual(first, Enumerable.Range(0, 5).Select(_ => c.NextUInt64()).ToArray());

        // The reference sequence of xoshiro256** seeded by SplitMix64(0) (computed from the published algorithms in Python).
        var zero = new Xoshiro256StarStar(0);
        Assert.Equal(new[] { 11091344671253066420UL, 13793997310169335082UL, 1900383378846508768UL },
            new[] { zero.NextUInt64(), zero.NextUInt64(), zero.NextUInt64() });
    }
}
