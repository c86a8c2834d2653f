using System.Text;
using AiFactory.Core.DataChecks;
using AiFactory.Core.Fairness;
using AiFactory.Core.Profiling;
using AiFactory.Core.Tests.Data;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.DataChecks;

/// <summary>
/// The intervals of the figures the data gates estimate: a leakage AUC's DeLong interval against an independent
/// computation, a binary proxy's strength mapped from its AUC's ends, and Cramér's V's stratified bootstrap,
/// deterministic for a seed.
/// </summary>
public sealed class AssociationIntervalsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static DataSection Section => new() { Label = "approved", Positive = "yes", Sensitive = new[] { "group" } };

    /// <summary>Rows of "x,group,approved": for each level, its positives then its negatives; groups alternate A, B.</summary>
    private static string Csv(params (string Level, int Rows, int Positives)[] levels)
    {
        var csv = new StringBuilder("x,group,approved\n");
        int row = 0;
        foreach ((string level, int rows, int positives) in levels)
        {
            for (int i = 0; i < rows; i++, row++) csv.Append(level).Append(',').Append(row % 2 == 0 ? "A" : "B").Append(',').Append(i < positives ? "yes" : "no").Append('\n');
        }

        return csv.ToString();
    }

    private DataReport Inspect(string train, string test)
    {
        var t = PlantedData.Read(_dir.Write("train.csv", train), Section);
        var s = PlantedData.Read(_dir.Write("test.csv", test), Section);
        return DataInspector.Inspect(Section, t.Table, t.Labels, s.Table, s.Labels);
    }

    [Fact]
    public void ALeakageAuc_HasDeLongsInterval_AsAnIndependentComputationGivesIt()
    {
        // Training data: a 6 rows (4 yes), b 6 (2 yes), c 4 (1 yes); test data: a 5 (3 yes), b 5 (2 yes), c 4 (1 yes).
        DataReport report = Inspect(Csv(("a", 6, 4), ("b", 6, 2), ("c", 4, 1)), Csv(("a", 5, 3), ("b", 5, 2), ("c", 4, 1)));
        ColumnAuc x = Assert.Single(report.Leakage.Columns, c => c.Column == "x");

        // By hand: prior 7/16, rates a 4.4375/7, b 2.4375/7, c 1.4375/5, so a > b > c; the 6 × 8 test pairs give
        // 3·(6 + 2/2) + 2·(3 + 3/2) + 1·(3/2) = 31.5, AUC 31.5/48 = 0.65625. Variance and interval from a stdlib-Python
        // computation of DeLong's placements row by row (statistics.NormalDist().inv_cdf(0.975) for z):
        //   auc 0.65625, variance 0.022228422619047616, 95% interval 0.36403506174383005 – 0.94846493825617.
        Assert.Equal(0.65625, x.Auc!.Value, 12);
        Assert.Equal(0.022228422619047616, x.Variance!.Value, 12);
        Interval interval = AssociationIntervals.OfLeakage(x, 0.95)!;
        Assert.Equal((Interval.DeLongMethod, 0.95), (interval.Method, interval.Level));
        Assert.Equal(0.36403506174383005, interval.Lower!.Value, 6);
        Assert.Equal(0.94846493825617, interval.Upper!.Value, 6);
        Assert.Null(interval.Resamples);
    }

    [Fact]
    public void ABinaryProxysStrength_MapsItsAucsEnds_FlooredAtZero()
    {
        var column = new ProxyColumn { Column = "x", Auc = 0.7, AucVariance = 0.01, Strength = 0.4 };
        var proxy = new ProxyReport { Attribute = "group", Groups = 2, Measure = ProxyReport.Auc };

        Interval strength = AssociationIntervals.OfProxy(proxy, column, 0.95, 1000, 42)!;
        Interval auc = NormalDistribution.AucInterval(0.7, 0.01, 0.95);

        // AUC 0.7 ± 1.96 × 0.1: 0.504 – 0.896, strength 2 × AUC − 1: 0.008 – 0.792.
        Assert.Equal(2 * auc.Lower!.Value - 1, strength.Lower!.Value, 12);
        Assert.Equal(2 * auc.Upper!.Value - 1, strength.Upper!.Value, 12);
        Assert.Equal(0.008, strength.Lower.Value, 2);
        Interval floored = AssociationIntervals.OfProxy(proxy, new ProxyColumn { Column = "x", Auc = 0.55, AucVariance = 0.01, Strength = 0.1 }, 0.95, 1000, 42)!;
        Assert.Equal(0, floored.Lower!.Value);
        Assert.Null(AssociationIntervals.OfProxy(proxy, new ProxyColumn { Column = "x", Auc = 0.7, Strength = 0.4 }, 0.95, 1000, 42));
    }

    [Fact]
    public void CramersVsBootstrap_IsDeterministicForASeed_BiasCorrected_AndKeepsEachGroupsRows()
    {
        // Levels by three groups: a strong association.
        var table = new ContingencyTable(new long[] { 0, 60, 20, 10, 0, 15, 50, 20, 0, 5, 10, 60 }, 3, 4);
        double v = table.BiasCorrectedV();
        var proxy = new ProxyReport { Attribute = "region", Groups = 3, Measure = ProxyReport.CramersV };
        var column = new ProxyColumn { Column = "x", CramersV = v, Strength = v, Table = table };

        Interval first = AssociationIntervals.OfProxy(proxy, column, 0.95, 1000, 7)!;
        Interval again = AssociationIntervals.OfProxy(proxy, column, 0.95, 1000, 7)!;
        Interval other = AssociationIntervals.OfProxy(proxy, column, 0.95, 1000, 8)!;

        Assert.Equal((first.Lower, first.Upper), (again.Lower, again.Upper));
        Assert.NotEqual((first.Lower, first.Upper), (other.Lower, other.Upper));
        Assert.Equal((Interval.BiasCorrectedMethod, 1000, 0), (first.Method, first.Resamples!.Value, first.UndefinedResamples!.Value));
        Assert.InRange(v, first.Lower!.Value, first.Upper!.Value);
        Assert.InRange(first.Upper.Value - first.Lower.Value, 0.05, 0.3);
    }

    [Fact]
    public void TheEvaluationRecord_KeepsTheEvidence_AndResultsJsonLeavesItOut()
    {
        DataReport report = Inspect(Csv(("a", 6, 4), ("b", 6, 2), ("c", 4, 1)), Csv(("a", 5, 3), ("b", 5, 2), ("c", 4, 1)));
        var w = new AiFactory.Core.Json.JsonTextWriter();
        DataReportJson.Write(w, report);
        DataReport read = DataReportJson.Read(AiFactory.Manifest.Json.JsonReader.Parse(w.ToString()));

        Assert.Equal(report.Leakage.Columns.Select(c => (c.Auc, c.Variance)), read.Leakage.Columns.Select(c => (c.Auc, c.Variance)));
        Assert.Equal(report.Proxies[0].Columns.Select(c => (c.Auc, c.AucVariance)), read.Proxies[0].Columns.Select(c => (c.Auc, c.AucVariance)));
        var published = new AiFactory.Core.Json.JsonTextWriter();
        DataReportJson.WriteLeakage(published, report.Leakage);
        Assert.DoesNotContain("variance", published.ToString());
    }
}
