using System.Globalization;
using AiFactory.Core.DataChecks;
using AiFactory.Core.Gates;
using AiFactory.Core.Profiling;
using AiFactory.Core.Tests.Data;
using AiFactory.Core.Tests.DataChecks;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.Profiling;

/// <summary>The profile of the UCI Adult extract against figures computed independently from its raw text.</summary>
public sealed class AdultProfileTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void EveryColumn_MatchesAnIndependentComputation()
    {
        DataSection data = AdultData.Section();
        var adult = AdultData.Read(AdultData.Path, data);
        (string[] header, string[][] rows) = AdultData.Raw(AdultData.Path);

        DataFileProfile profile = DataProfiler.Profile(adult.Table, adult.Labels, data);

        Assert.Equal(32561, profile.Rows);
        Assert.Equal(header, profile.Columns.Select(c => c.Name));
        long missingCells = 0;
        for (int j = 0; j < header.Length; j++)
        {
            string[] values = rows.Select(r => r[j]).ToArray();
            string[] present = values.Where(v => v != "?" && v != "").ToArray();
            ColumnProfile column = profile.Columns[j];
            missingCells += values.Length - present.Length;
            Assert.Equal(values.Length - present.Length, column.Missing);
            Assert.Equal((double)(values.Length - present.Length) / values.Length, column.MissingRate, 15);
            bool numeric = present.All(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
            Assert.Equal(numeric && header[j] != "class" ? ColumnType.Number : ColumnType.Category, column.Type);
            Assert.Equal(header[j] == "class" ? ColumnProfile.Role : ColumnProfile.Inferred, column.TypeSource);
            if (column.Type == ColumnType.Number)
            {
                double[] x = present.Select(v => double.Parse(v, CultureInfo.InvariantCulture)).OrderBy(v => v).ToArray();
                double mean = x.Average();
                double sd = Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1));
                NumericSummary n = column.Numbers!;
                Assert.Equal(x.Distinct().Count(), column.Distinct);
                Assert.Equal((x[0], x[^1]), (n.Min, n.Max));
                Assert.Equal(mean, n.Mean, 9);
                Assert.Equal(sd, n.StandardDeviation!.Value, 9);
                Assert.Equal(Type7(x, 0.05), n.P5, 12);
                Assert.Equal(Type7(x, 0.25), n.P25, 12);
                Assert.Equal(Type7(x, 0.5), n.P50, 12);
                Assert.Equal(Type7(x, 0.75), n.P75, 12);
                Assert.Equal(Type7(x, 0.95), n.P95, 12);
                Assert.Null(column.Top);
            }
            else
            {
                var counts = present.GroupBy(v => v).Select(g => (Value: g.Key, Count: g.Count()))
                    .OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).Take(DataProfiler.TopCategories).ToArray();
                Assert.Equal(present.Distinct().Count(), column.Distinct);
                Assert.Equal(counts, column.Top!.Select(c => (c.Value, c.Count)));
                Assert.Null(column.Numbers);
            }
        }

        Assert.Equal(missingCells, profile.MissingCells);
        Assert.Equal((1836, 1843, 583), (profile.Column("workclass")!.Missing, profile.Column("occupation")!.Missing, profile.Column("native-country")!.Missing));

        // The reference figures of the data's README: 7,841 of 32,561 earn >50K; 10,771 women, 21,790 men.
        Assert.Equal((">50K", "<=50K", 7841, 24720), (profile.Label.Positive, profile.Label.Negative, profile.Label.Positives, profile.Label.Negatives));
        Assert.Equal(7841.0 / 32561, profile.Label.MinorityShare, 15);
        int sex = Array.IndexOf(header, "sex"), label = Array.IndexOf(header, "class");
        GroupProfile sexGroups = profile.Groups.Single(g => g.Attribute == "sex");
        Assert.Equal(GroupProfile.ByValue, sexGroups.GroupedBy);
        foreach (GroupCount group in sexGroups.Groups)
        {
            Assert.Equal(rows.Count(r => r[sex] == group.Group), group.Rows);
            Assert.Equal(rows.Count(r => r[sex] == group.Group && r[label] == ">50K"), group.Positives);
        }

        Assert.Equal(new[] { ("Male", 21790), ("Female", 10771) }, sexGroups.Groups.Select(g => (g.Group, g.Rows)));
        Assert.Equal(5, profile.Groups.Single(g => g.Attribute == "race").Groups.Count);

        // Duplicates: rows whose whole text repeats an earlier row's (numbers are written one way in this file).
        var seen = new HashSet<string>();
        int duplicates = rows.Count(r => !seen.Add(string.Join(",", r)));
        Assert.Equal(24, duplicates);
        Assert.Equal(duplicates, profile.Duplicates.DuplicateRows);
    }

    [Fact]
    public void Relationship_IsNamedAsAProxyOfSex_WithOutOfSampleAucAbout087()
    {
        DataSection data = AdultData.Section();
        var adult = AdultData.Read(AdultData.Path, data);

        DataReport report = DataInspector.Inspect(data, null, null, adult.Table, adult.Labels);

        ProxyReport sex = report.Proxies.Single(p => p.Attribute == "sex");
        Assert.Equal((ProxyReport.Auc, CheckMethods.CrossFitted, 2), (sex.Measure, sex.Method, sex.Groups));
        ProxyColumn relationship = sex.Columns[0];
        Assert.Equal("relationship", relationship.Column);
        Assert.InRange(relationship.Auc!.Value, 0.85, 0.89);
        bool?[] male = adult.Table.Get("sex").Categories!.Select(s => (bool?)(s == "Male")).ToArray();
        Assert.Equal(ReferenceMeasures.CrossFittedAuc(ReferenceMeasures.Keys(adult.Table.Get("relationship").Categories!), male), relationship.Auc.Value, 12);

        // Without a gate it is a warning at "sex" in data.sensitive, and the only proxy strong enough to warn about.
        string manifestText = "{\n  \"model\": { \"name\": \"Income\", \"source\": \"predictions\" },\n" +
                              "  \"data\": { \"test\": \"adult.csv\", \"label\": \"class\", \"positive\": \">50K\", \"score\": \"age\",\n" +
                              "            \"sensitive\": [\"sex\", \"race\"], \"missingValues\": [\"\", \"?\"] }\n}\n";
        var manifest = DataGateFixture.Read(_dir.Path, manifestText);
        GateEvaluation gates = DataGateFixture.Judge(manifest, report, null, AdultData.Path);
        Diagnostic warning = Assert.Single(gates.Diagnostics);
        Assert.Equal((DiagnosticIds.SensitiveProxy, DiagnosticSeverity.Warning, 4, 27), (warning.Code, warning.Severity, warning.Location!.Line, warning.Location.Column));
        Assert.StartsWith("column 'relationship' predicts the sensitive attribute 'sex' on its own (out-of-sample AUC 0.866, strength 0.731; 5-fold cross-fitted on 'adult.csv')", warning.Message);

        // race has five groups: Cramér's V, where native-country leads and nothing is near a warning.
        ProxyReport race = report.Proxies.Single(p => p.Attribute == "race");
        Assert.Equal(ProxyReport.CramersV, race.Measure);
        Assert.Equal("native-country", race.Columns[0].Column);
        Assert.InRange(race.Columns[0].CramersV!.Value, 0.3, 0.5);
    }

    [Fact]
    public void TrainTestSplit_MeasuresRelationshipOutOfSample_AlsoAbout087()
    {
        DataSection data = AdultData.Section();
        var train = AdultData.Read(_dir.Write("train.csv", AdultData.Slice(AdultData.Path, 0, 22000)), data);
        var test = AdultData.Read(_dir.Write("test.csv", AdultData.Slice(AdultData.Path, 22000, 32561)), data);

        DataReport report = DataInspector.Inspect(data, train.Table, train.Labels, test.Table, test.Labels);

        ProxyColumn relationship = report.Proxies.Single(p => p.Attribute == "sex").Columns[0];
        Assert.Equal(("relationship", CheckMethods.TrainTest), (relationship.Column, report.Proxies[0].Method));
        Assert.InRange(relationship.Auc!.Value, 0.85, 0.89);
        // The extract's duplicates straddle the split: the overlap counts exactly the test lines whose text is a training line's.
        string[] lines = File.ReadAllLines(AdultData.Path).Skip(1).ToArray();
        var trainLines = new HashSet<string>(lines.Take(22000));
        Assert.Equal(lines.Skip(22000).Count(trainLines.Contains), report.Overlap!.InTraining);
        Assert.Equal(10561, report.Overlap.TestRows);
    }

    [Fact]
    public void RandomIdColumns_AreNeverALeakOrAProxy()
    {
        DataSection data = AdultData.Section();
        int[] permutation = Enumerable.Range(1, 32561).OrderBy(_ => Guid.NewGuid()).ToArray();
        string text = AdultData.WithColumns(AdultData.Path, 17,
            ("id", (row, r) => permutation[row].ToString(CultureInfo.InvariantCulture)),
            ("uuid", (row, r) => Guid.NewGuid().ToString("N")),
            ("ticket", (row, r) => "T" + r.Next(20000).ToString(CultureInfo.InvariantCulture)));
        var adult = AdultData.Read(_dir.Write("adult-ids.csv", text), data);

        DataReport report = DataInspector.Inspect(data, null, null, adult.Table, adult.Labels);

        foreach (string id in new[] { "id", "uuid", "ticket" })
        {
            double leakage = report.Leakage.Columns.Single(c => c.Column == id).Auc!.Value;
            Assert.True(Math.Abs(leakage - 0.5) < 0.02, $"{id}: label AUC {leakage}");
            double sex = report.Proxies.Single(p => p.Attribute == "sex").Columns.Single(c => c.Column == id).Strength!.Value;
            Assert.True(sex < 0.04, $"{id}: sex strength {sex}");
            double race = report.Proxies.Single(p => p.Attribute == "race").Columns.Single(c => c.Column == id).CramersV!.Value;
            Assert.True(race < 0.04, $"{id}: race V {race}");
        }

        var manifest = DataGateFixture.Read(_dir.Path,
            "{\n  \"model\": { \"name\": \"Income\", \"source\": \"predictions\" },\n" +
            "  \"data\": { \"test\": \"adult-ids.csv\", \"label\": \"class\", \"positive\": \">50K\", \"score\": \"age\",\n" +
            "            \"sensitive\": [\"sex\", \"race\"], \"missingValues\": [\"\", \"?\"] },\n" +
            "  \"gates\": { \"data\": { \"maxLeakageAuc\": 0.8, \"maxProxyStrength\": 0.75 } }\n}\n");
        GateEvaluation gates = DataGateFixture.Judge(manifest, report, null, adult.Table.Path);
        Assert.Empty(gates.Diagnostics);
        Assert.All(gates.Gates, g => Assert.Equal(GateStatus.Passed, g.Status));
    }

    private static double Type7(double[] sorted, double p)
    {
        double h = (sorted.Length - 1) * p;
        int lo = (int)Math.Floor(h);
        return lo + 1 < sorted.Length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
    }
}
