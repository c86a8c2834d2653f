using AiFactory.Core.Fairness;

namespace AiFactory.Core.Tests.Fairness;

/// <summary>Percentile intervals: linear interpolation between order statistics (numpy's default), undefined values counted.</summary>
public class PercentileIntervalTests
{
    [Fact]
    public void Ends_are_the_interpolated_quantiles()
    {
        // numpy.percentile(range(1, 11), [5, 95]) = [1.45, 9.55].
        double[] values = Enumerable.Range(1, 10).Select(i => (double)i).Reverse().ToArray();
        Interval interval = PercentileInterval.Of(values, 0.90);
        Assert.Equal(1.45, interval.Lower!.Value, 12);
        Assert.Equal(9.55, interval.Upper!.Value, 12);
        Assert.Equal((0.90, 10, 0), (interval.Level, interval.Resamples!.Value, interval.UndefinedResamples!.Value));
    }

    [Fact]
    public void Undefined_values_are_left_out_and_counted()
    {
        double[] values = { double.NaN, 1, 2, double.NaN, 3, 4, 5 };
        Interval interval = PercentileInterval.Of(values, 0.5);
        // Quantiles 0.25 and 0.75 of 1..5: 2 and 4.
        Assert.Equal((2.0, 4.0), (interval.Lower!.Value, interval.Upper!.Value));
        Assert.Equal(2, interval.UndefinedResamples);
        Assert.Equal(7, interval.Resamples);
    }

    [Fact]
    public void With_fewer_than_half_defined_there_is_no_interval()
    {
        Interval interval = PercentileInterval.Of(new[] { double.NaN, double.NaN, 0.3 }, 0.95);
        Assert.False(interval.HasBounds);
        Assert.Equal(2, interval.UndefinedResamples);
    }

    [Theory]
    [InlineData(1, 0.025)]
    [InlineData(2, 0.975)]
    [InlineData(1000, 0.025)]
    [InlineData(1000, 0.975)]
    [InlineData(999, 0.5)]
    public void Selection_gives_the_quantile_of_the_sorted_values_ties_included(int count, double q)
    {
        var random = new Random(count);
        double[] values = Enumerable.Range(0, count).Select(_ => Math.Round(random.NextDouble(), 2)).ToArray();
        double[] sorted = values.OrderBy(v => v).ToArray();
        double h = (count - 1) * q;
        int below = (int)Math.Floor(h);
        double expected = below >= count - 1 ? sorted[count - 1] : sorted[below] + (h - below) * (sorted[below + 1] - sorted[below]);
        Assert.Equal(expected, PercentileInterval.Quantile(values, count, q), 12);
    }

    [Theory]
    [InlineData(1000, 0.95)]
    [InlineData(1000, 0.90)]
    [InlineData(1000, 0.99)]
    [InlineData(1000, 0.5)]   // tails too long for the one-pass path: selection
    [InlineData(40, 0.95)]
    [InlineData(3, 0.95)]
    public void Intervals_equal_the_quantiles_found_by_selection(int count, double level)
    {
        // Ties and undefined resamples included; the interval is the same numbers however its order statistics are found.
        var random = new Random(count + (int)(level * 1000));
        double[] values = Enumerable.Range(0, count).Select(_ => random.Next(10) == 0 ? double.NaN : Math.Round(random.NextDouble(), 2)).ToArray();
        double[] defined = values.Where(v => !double.IsNaN(v)).ToArray();
        double alpha = (1 - level) / 2;
        double expectedLower = PercentileInterval.Quantile((double[])defined.Clone(), defined.Length, alpha);
        double expectedUpper = PercentileInterval.Quantile((double[])defined.Clone(), defined.Length, 1 - alpha);

        Interval interval = PercentileInterval.Of(values, level);

        Assert.Equal(expectedLower, interval.Lower);
        Assert.Equal(expectedUpper, interval.Upper);
        Assert.Equal(count - defined.Length, interval.UndefinedResamples);
    }
}
