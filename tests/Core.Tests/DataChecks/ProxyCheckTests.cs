using AiFactory.Core.Data;
using AiFactory.Core.DataChecks;
using AiFactory.Core.Profiling;
using AiFactory.Core.Synthetic;
using AiFactory.Core.Tests.Data;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.DataChecks;

public sealed class ProxyCheckTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>A neighbourhood that mostly follows the group (a proxy), and noise of high cardinality.</summary>
    private static PlantedData.Column[] Columns(IReadOnlyList<string> groups) => new PlantedData.Column[]
    {
        new("neighbourhood", (row, r) =>
        {
            int group = groups.ToList().IndexOf(row["group"]);
            int home = r.NextDouble() < 0.85 ? group : r.Next(groups.Count);
            return "N" + (home * 10 + r.Next(10));
        }),
        new("ticket", (row, r) => new string(Enumerable.Range(0, 8).Select(_ => (char)('A' + r.Next(26))).ToArray())),
        new("branch", (row, r) => "B" + r.Next(3000)),
    };

    private (DataTable Table, bool[] Labels) Write(string name, SyntheticDataOptions options, DataSection data) =>
        PlantedData.Read(_dir.Write(name, PlantedData.Csv(options, options.Seed + 100, Columns(options.Groups))), data);

    [Fact]
    public void BinaryAttribute_PlantedProxyIsNamed_ByOutOfSampleAuc_NoiseIsNot()
    {
        DataSection data = PlantedData.Section("group");
        var train = Write("train.csv", new SyntheticDataOptions { Rows = 4000, Seed = 1 }, data);
        var test = Write("test.csv", new SyntheticDataOptions { Rows = 2000, Seed = 2 }, data);

        DataReport report = DataInspector.Inspect(data, train.Table, train.Labels, test.Table, test.Labels);

        ProxyReport proxy = Assert.Single(report.Proxies);
        Assert.Equal(("group", 2, ProxyReport.Auc, CheckMethods.TrainTest), (proxy.Attribute, proxy.Groups, proxy.Measure, proxy.Method));
        ProxyColumn top = proxy.Columns[0];
        Assert.Equal("neighbourhood", top.Column);
        // 85% + 15%/2 of rows live in their group's neighbourhoods: the best a rate per neighbourhood can do is about 0.925.
        Assert.InRange(top.Auc!.Value, 0.90, 0.95);
        Assert.Equal(2 * top.Auc.Value - 1, top.Strength!.Value, 12);
        foreach (ProxyColumn column in proxy.Columns.Skip(1))
        {
            Assert.True(column.Strength < 0.08, $"{column.Column}: strength {column.Strength}");
        }

        // Sensitive attributes and the label are not candidates.
        Assert.DoesNotContain(proxy.Columns, c => c.Column is "group" or "approved");

        bool?[] Target(DataTable t) => t.Get("group").Categories!.Select(g => (bool?)(g == "A")).ToArray();
        double expected = ReferenceMeasures.TrainTestAuc(
            ReferenceMeasures.Keys(train.Table.Get("neighbourhood").Categories!), Target(train.Table),
            ReferenceMeasures.Keys(test.Table.Get("neighbourhood").Categories!), Target(test.Table));
        Assert.Equal(expected, top.Auc.Value, 12);
    }

    [Fact]
    public void ManyGroups_UseBiasCorrectedCramersV_ThatHighCardinalityNoiseDoesNotInflate()
    {
        DataSection data = PlantedData.Section("group");
        var options = new SyntheticDataOptions { Rows = 4000, Seed = 3, Groups = new[] { "A", "B", "C", "D" } };
        var train = Write("train.csv", options, data);
        var test = Write("test.csv", new SyntheticDataOptions { Rows = 1000, Seed = 4, Groups = options.Groups }, data);

        DataReport report = DataInspector.Inspect(data, train.Table, train.Labels, test.Table, test.Labels);

        ProxyReport proxy = Assert.Single(report.Proxies);
        Assert.Equal((4, ProxyReport.CramersV, CheckMethods.OnTrainingData), (proxy.Groups, proxy.Measure, proxy.Method));
        Assert.Equal("neighbourhood", proxy.Columns[0].Column);
        Assert.InRange(proxy.Columns[0].CramersV!.Value, 0.8, 0.9);
        foreach (string noise in new[] { "ticket", "branch", "income", "id" })
        {
            double v = proxy.Columns.Single(c => c.Column == noise).CramersV!.Value;
            Assert.True(v < 0.05, $"{noise}: V {v}");
        }
    }

    [Fact]
    public void CramersV_EqualsBergsmasFormula_OnASmallTable()
    {
        // 600 rows: a colour that leans on the group, every colour common enough (30 rows or more) not to be pooled.
        var random = new Random(9);
        string[] groups = { "x", "y", "z" }, colours = { "red", "green", "blue", "grey" };
        var lines = new List<string> { "colour,group,label" };
        for (int i = 0; i < 600; i++)
        {
            int g = random.Next(3);
            int c = random.NextDouble() < 0.4 ? g : random.Next(4);
            lines.Add($"{colours[c]},{groups[g]},{(random.Next(2) == 0 ? "yes" : "no")}");
        }

        var data = new DataSection { Label = "label", Positive = "yes", Sensitive = new[] { "group" } };
        var file = PlantedData.Read(_dir.Write("small.csv", string.Join("\n", lines) + "\n"), data);

        DataReport report = DataInspector.Inspect(data, null, null, file.Table, file.Labels);

        ProxyColumn colour = Assert.Single(Assert.Single(report.Proxies).Columns);
        double expected = ReferenceMeasures.BiasCorrectedV(file.Table.Get("colour").Categories!.Select(c => c!).ToArray(), file.Table.Get("group").Categories!.Select(c => c!).ToArray());
        Assert.Equal(expected, colour.CramersV!.Value, 12);
        Assert.InRange(expected, 0.2, 0.5);
    }

    [Fact]
    public void RareCategories_ArePooled_SoOneRowPerValueShowsNoAssociation()
    {
        // Every row its own value: plain Cramér's V would be 1; pooled, the column is one category and V is 0.
        var random = new Random(11);
        var lines = new List<string> { "code,group,label" };
        for (int i = 0; i < 900; i++) lines.Add($"C{i},{"abc"[random.Next(3)]},{(random.Next(2) == 0 ? "yes" : "no")}");
        var data = new DataSection { Label = "label", Positive = "yes", Sensitive = new[] { "group" } };
        var file = PlantedData.Read(_dir.Write("codes.csv", string.Join("\n", lines) + "\n"), data);

        DataReport report = DataInspector.Inspect(data, null, null, file.Table, file.Labels);

        Assert.Equal(0, Assert.Single(Assert.Single(report.Proxies).Columns).CramersV);
    }
}
