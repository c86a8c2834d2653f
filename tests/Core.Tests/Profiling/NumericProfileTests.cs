using AiFactory.Core.Data;
using AiFactory.Core.Profiling;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.Profiling;

/// <summary>Number columns of every sign and magnitude profile like a plain sort says they should.</summary>
public class NumericProfileTests
{
    private static DataFileProfile Profile(double[] values)
    {
        var labels = Enumerable.Range(0, values.Length).Select(i => i % 3 == 0).ToArray();
        var table = new DataTable("t.csv", new[]
        {
            DataColumn.FromNumbers("x", values, typeInferred: true),
            DataColumn.FromCategories("y", labels.Select(l => (string?)(l ? "1" : "0")).ToArray(), typeInferred: false),
        }, Enumerable.Range(2, values.Length).ToArray());
        return DataProfiler.Profile(table, labels, new DataSection { Label = "y", Positive = "1" });
    }

    [Theory]
    [InlineData(100)]
    [InlineData(50_000)] // past the size where the profile sorts by radix rather than Array.Sort
    public void Quantiles_MinMaxAndDistinct_MatchASortedCopy(int rows)
    {
        var random = new Random(rows);
        double[] pool = { 0.0, -0.0, double.Epsilon, -double.Epsilon, 1e-300, -1e-300, 1e300, -1e300, double.MaxValue, double.MinValue, 0.1, -0.1 };
        double[] values = Enumerable.Range(0, rows).Select(i => i % 7 == 0 ? double.NaN : i % 5 == 0 ? pool[random.Next(pool.Length)] : (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-5, 6))).ToArray();

        ColumnProfile x = Profile(values).Columns[0];

        double[] sorted = values.Where(v => !double.IsNaN(v)).OrderBy(v => v).ToArray();
        NumericSummary n = x.Numbers!;
        Assert.Equal(values.Count(double.IsNaN), x.Missing);
        Assert.Equal(sorted.Distinct().Count(), x.Distinct); // -0 and 0 are one value
        Assert.Equal((sorted[0], sorted[^1]), (n.Min, n.Max));
        foreach (var (p, figure) in new[] { (0.05, n.P5), (0.25, n.P25), (0.5, n.P50), (0.75, n.P75), (0.95, n.P95) })
        {
            double h = (sorted.Length - 1) * p;
            int lo = (int)Math.Floor(h);
            double expected = sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
            Assert.Equal(expected, figure);
        }
    }

    [Fact]
    public void OneValue_HasNoStandardDeviation_AndAllMissingHasNoDistribution()
    {
        Assert.Null(Profile(new[] { 4.0, double.NaN, double.NaN }).Columns[0].Numbers!.StandardDeviation);
        ColumnProfile empty = Profile(new[] { double.NaN, double.NaN }).Columns[0];
        Assert.Null(empty.Numbers);
        Assert.Equal((2, 1.0, 0), (empty.Missing, empty.MissingRate, empty.Distinct));
    }
}
