using System.Text;
using AiFactory.Core.Data;
using AiFactory.Core.Synthetic;
using AiFactory.Core.Tests.Data;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.Synthetic;

public class SyntheticDataGeneratorTests
{
    private static DataTable Generate(TempDirectory dir, SyntheticDataOptions options)
    {
        string path = Path.Combine(dir.Path, "synthetic.csv");
        SyntheticDataGenerator.WriteCsv(path, options);
        return CsvTableReader.Read(path, new CsvReadOptions());
    }

    private static (double First, double Second) PositiveRates(DataTable table, string first, string second)
    {
        string?[] groups = table.Get("group").Categories!;
        string?[] approved = table.Get("approved").Categories!;
        double Rate(string group)
        {
            int[] rows = Enumerable.Range(0, table.RowCount).Where(i => groups[i] == group).ToArray();
            return rows.Count(i => approved[i] == "yes") / (double)rows.Length;
        }

        return (Rate(first), Rate(second));
    }

    [Fact]
    public void The_same_seed_gives_the_same_bytes_in_memory_and_on_disk()
    {
        using var dir = new TempDirectory();
        var options = new SyntheticDataOptions { Rows = 2000, Seed = 7, GroupDisparity = 0.1 };
        string path = Path.Combine(dir.Path, "s.csv");

        string first = SyntheticDataGenerator.ToCsv(options);
        SyntheticDataGenerator.WriteCsv(path, options);

        Assert.Equal(first, SyntheticDataGenerator.ToCsv(options));
        Assert.Equal(new UTF8Encoding(false).GetBytes(first), File.ReadAllBytes(path));
    }

    [Fact]
    public void Different_seeds_give_different_data()
    {
        string a = SyntheticDataGenerator.ToCsv(new SyntheticDataOptions { Rows = 200, Seed = 1 });
        string b = SyntheticDataGenerator.ToCsv(new SyntheticDataOptions { Rows = 200, Seed = 2 });

        Assert.NotEqual(a, b);
        Assert.Equal(a.Split('\n')[0], b.Split('\n')[0]);
    }

    [Fact]
    public void The_file_has_the_documented_columns_types_and_format()
    {
        using var dir = new TempDirectory();
        string text = SyntheticDataGenerator.ToCsv(new SyntheticDataOptions { Rows = 500 });

        Assert.StartsWith("id,income,debt,tenure,region,group,approved\n", text);
        Assert.DoesNotContain('\r', text);
        Assert.EndsWith("\n", text);
        string[] first = text.Split('\n')[1].Split(',');
        Assert.Equal("1", first[0]);
        Assert.Matches(@"^\d+\.\d{2}$", first[1]);
        Assert.Matches(@"^\d+\.\d{2}$", first[2]);
        Assert.Matches(@"^\d+\.\d$", first[3]);

        DataTable table = CsvTableReader.Read(dir.Write("s.csv", text), new CsvReadOptions());
        Assert.Equal(500, table.RowCount);
        Assert.Equal(SyntheticDataGenerator.ColumnNames, table.Columns.Select(c => c.Name));
        Assert.Equal(Enumerable.Range(1, 500).Select(i => (double)i), table.Get("id").Numbers!);
        foreach (string number in new[] { "income", "debt", "tenure" })
        {
            Assert.Equal(ColumnType.Number, table.Get(number).Type);
            Assert.All(table.Get(number).Numbers!, v => Assert.True(v >= 0));
        }

        Assert.Subset(SyntheticDataGenerator.Regions.ToHashSet(), table.Get("region").Categories!.ToHashSet()!);
        Assert.Equal(new HashSet<string?> { "A", "B" }, table.Get("group").Categories!.ToHashSet());
        Assert.Equal(new HashSet<string?> { "yes", "no" }, table.Get("approved").Categories!.ToHashSet());
        Assert.All(table.Columns, c => Assert.Equal(0, c.MissingCount));
    }

    [Fact]
    public void A_requested_disparity_of_0_2_is_measured_within_0_03()
    {
        using var dir = new TempDirectory();
        DataTable table = Generate(dir, new SyntheticDataOptions { Rows = 20_000, Seed = 11, GroupDisparity = 0.2 });

        (double a, double b) = PositiveRates(table, "A", "B");

        Assert.InRange(a - b, 0.17, 0.23);
        Assert.InRange((a + b) / 2, 0.37, 0.43);
    }

    [Fact]
    public void No_disparity_gives_equal_rates_within_0_03()
    {
        using var dir = new TempDirectory();
        DataTable table = Generate(dir, new SyntheticDataOptions { Rows = 20_000, Seed = 12 });

        (double a, double b) = PositiveRates(table, "A", "B");

        Assert.InRange(Math.Abs(a - b), 0, 0.03);
    }

    [Fact]
    public void Unequal_shares_and_more_groups_keep_the_disparity_between_the_first_and_each_other_group()
    {
        using var dir = new TempDirectory();
        var options = new SyntheticDataOptions
        {
            Rows = 30_000, Seed = 5, GroupDisparity = 0.15,
            Groups = new[] { "Men", "Women", "Other" }, GroupShares = new[] { 0.6, 0.3, 0.1 },
        };
        DataTable table = Generate(dir, options);
        string?[] groups = table.Get("group").Categories!;

        Assert.InRange(groups.Count(g => g == "Men") / 30_000.0, 0.58, 0.62);
        Assert.InRange(groups.Count(g => g == "Other") / 30_000.0, 0.09, 0.11);
        (double men, double women) = PositiveRates(table, "Men", "Women");
        Assert.InRange(men - women, 0.12, 0.18);
        double overall = table.Get("approved").Categories!.Count(v => v == "yes") / 30_000.0;
        Assert.InRange(overall, 0.38, 0.42);
    }

    [Fact]
    public void Signal_0_leaves_the_label_unrelated_to_income()
    {
        using var dir = new TempDirectory();
        DataTable table = Generate(dir, new SyntheticDataOptions { Rows = 20_000, Seed = 3, Signal = 0 });

        double correlation = Correlation(table.Get("income").Numbers!, Approved(table));

        Assert.InRange(Math.Abs(correlation), 0, 0.05);
    }

    [Fact]
    public void Signal_1_makes_the_label_well_predictable_from_income_debt_and_tenure()
    {
        using var dir = new TempDirectory();
        DataTable table = Generate(dir, new SyntheticDataOptions { Rows = 20_000, Seed = 4 });
        double[] income = table.Get("income").Numbers!, debt = table.Get("debt").Numbers!, tenure = table.Get("tenure").Numbers!;
        // The generator's own direction (income up, debt down, tenure up), each standardized by its documented spread.
        double[] score = Enumerable.Range(0, table.RowCount)
            .Select(i => 0.7 * (income[i] - 55000) / 15000 - 0.5 * (debt[i] - 15000) / 5000 + 0.5 * (tenure[i] - 6) / 2).ToArray();

        double auc = Auc(score, Approved(table).Select(v => v == 1).ToArray());

        Assert.InRange(auc, 0.82, 0.88);
        Assert.True(Correlation(income, Approved(table)) > 0.2);
    }

    [Theory]
    [InlineData(0.9)] // first group above 1
    [InlineData(-0.9)] // first group below 0
    public void An_impossible_disparity_is_rejected(double disparity)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticDataGenerator.ToCsv(new SyntheticDataOptions { GroupDisparity = disparity }));

        Assert.Contains("strictly between 0 and 1", error.Message);
    }

    [Fact]
    public void Shares_that_do_not_sum_to_1_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => SyntheticDataGenerator.ToCsv(new SyntheticDataOptions { GroupShares = new[] { 0.5, 0.6 } }));
        Assert.Throws<ArgumentException>(() => SyntheticDataGenerator.ToCsv(new SyntheticDataOptions { Groups = new[] { "A", "A" } }));
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticDataGenerator.ToCsv(new SyntheticDataOptions { Rows = 0 }));
    }

    [Fact]
    public void Group_names_with_commas_are_quoted()
    {
        using var dir = new TempDirectory();
        string text = SyntheticDataGenerator.ToCsv(new SyntheticDataOptions { Rows = 50, Groups = new[] { "a,b", "say \"c\"" } });

        DataTable table = CsvTableReader.Read(dir.Write("s.csv", text), new CsvReadOptions());

        Assert.Equal(new HashSet<string?> { "a,b", "say \"c\"" }, table.Get("group").Categories!.ToHashSet());
    }

    private static double[] Approved(DataTable table) => table.Get("approved").Categories!.Select(v => v == "yes" ? 1.0 : 0.0).ToArray();

    private static double Correlation(double[] x, double[] y)
    {
        double mx = x.Average(), my = y.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return sxy / Math.Sqrt(sxx * syy);
    }

    /// <summary>Mann–Whitney AUC: the chance a random positive outscores a random negative.</summary>
    private static double Auc(double[] score, bool[] positive)
    {
        int[] order = Enumerable.Range(0, score.Length).OrderBy(i => score[i]).ToArray();
        double positives = positive.Count(p => p), negatives = positive.Length - positives, rankSum = 0;
        for (int r = 0; r < order.Length; r++)
        {
            if (positive[order[r]]) rankSum += r + 1;
        }

        return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
    }
}
