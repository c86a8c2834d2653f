using System.Globalization;
using AiFactory.Core.Data;
using AiFactory.Core.Gates;
using AiFactory.Core.Profiling;
using AiFactory.Core.Synthetic;
using AiFactory.Core.Tests.Data;
using AiFactory.Core.Tests.DataChecks;
using AiFactory.Core.Tests.Gates;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.Gates.Kinds.Data;

public sealed class DataGateTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string F3(double? value) => value!.Value.ToString("F3", CultureInfo.InvariantCulture);

    private (DataReport Report, string Train, string Test) Inspect(string trainCsv, string testCsv, DataSection? data = null) =>
        DataGateFixture.Inspect(_dir, trainCsv, testCsv, data);

    private GateEvaluation Judge(string gates, (DataReport Report, string Train, string Test) data) =>
        DataGateFixture.Judge(DataGateFixture.Read(_dir.Path, DataGateFixture.Manifest(gates)), data.Report, data.Train, data.Test);

    private static string Synthetic(int rows, int seed, double disparity = 0, IReadOnlyList<string>? groups = null, IReadOnlyList<double>? shares = null) =>
        SyntheticDataGenerator.ToCsv(new SyntheticDataOptions { Rows = rows, Seed = seed, GroupDisparity = disparity, Groups = groups ?? new[] { "A", "B" }, GroupShares = shares });

    [Fact]
    public void CleanGeneratedData_PassesEveryDataGate_Silently()
    {
        var data = Inspect(Synthetic(4000, 1, 0.1), Synthetic(2000, 2, 0.1));

        GateEvaluation gates = Judge(
            "{ \"minRows\": { \"train\": 4000, \"test\": 1000 }, \"maxMissingRate\": { \"overall\": 0, \"eachColumn\": 0, \"columns\": { \"income\": 0 } },\n" +
            "              \"maxDuplicateRate\": 0, \"maxOverlapRate\": 0, \"minMinorityShare\": 0.3, \"minGroupRows\": 1000, \"maxLeakageAuc\": 0.8, \"maxProxyStrength\": 0.1 }",
            data);

        Assert.Empty(gates.Diagnostics);
        Assert.True(gates.Passed);
        string[] expected =
        {
            "data.minRows.train", "data.minRows.test",
            "data.maxMissingRate.train", "data.maxMissingRate.eachColumn.train", "data.maxMissingRate.columns.income.train",
            "data.maxMissingRate.test", "data.maxMissingRate.eachColumn.test", "data.maxMissingRate.columns.income.test",
            "data.maxDuplicateRate.train", "data.maxDuplicateRate.test", "data.maxOverlapRate",
            "data.minMinorityShare.train", "data.minMinorityShare.test", "data.minGroupRows.group",
            "data.maxLeakageAuc", "data.maxProxyStrength.group",
        };
        Assert.Equal(expected, gates.Gates.Select(g => g.Id));
        Assert.All(gates.Gates, g => Assert.Equal((GateStatus.Passed, GateKinds.Data), (g.Status, g.Kind)));
        Assert.Equal(4000, DataGateFixture.Gate(gates, "data.minRows.train").Value);
        // The strongest single-column predictor of the label is a real feature, income, well below any leak.
        GateResult leakage = DataGateFixture.Gate(gates, "data.maxLeakageAuc");
        Assert.InRange(leakage.Value!.Value, 0.6, 0.75);
        Assert.Contains("'income'", leakage.Message);
    }

    [Fact]
    public void TooFewRows_IsAIF3011_PerFile_AtTheBound()
    {
        var data = Inspect(Synthetic(800, 1), Synthetic(300, 2));

        GateEvaluation gates = Judge("{ \"minRows\": 1000 }", data);

        Assert.Equal(new[] { "data.minRows.train", "data.minRows.test" }, gates.Gates.Select(g => g.Id));
        Assert.All(gates.Gates, g => Assert.Equal((GateStatus.Failed, DiagnosticIds.TooFewRows), (g.Status, g.Code)));
        Diagnostic first = gates.Diagnostics[0];
        Assert.Equal((DiagnosticIds.TooFewRows, 7, 26), (first.Code, first.Location!.Line, first.Location.Column));
        Assert.Equal("the training data 'train.csv' has 800 rows, fewer than the minimum 1,000 set here; more data is needed before the model can be trusted, or a lower minimum agreed", first.Message);
    }

    [Fact]
    public void MissingValues_OverallEachColumnAndNamedColumns_AreAIF3012()
    {
        // 10% of income missing in training, none in test; region missing in 2% of training rows.
        var random = new Random(3);
        string Holes(string csv, double incomeShare, double regionShare) => string.Join("\n", csv.Split('\n').Select((line, i) =>
        {
            if (i == 0 || line.Length == 0) return line;
            string[] f = line.Split(',');
            if (random.NextDouble() < incomeShare) f[1] = "";
            if (random.NextDouble() < regionShare) f[4] = "";
            return string.Join(",", f);
        }));
        var data = Inspect(Holes(Synthetic(2000, 1), 0.10, 0.02), Synthetic(1000, 2));
        DataFileProfile train = data.Report.Train!;
        ColumnProfile income = train.Column("income")!;

        GateEvaluation gates = Judge("{ \"maxMissingRate\": { \"overall\": 0.01, \"eachColumn\": 0.05, \"columns\": { \"region\": 0.01, \"zip\": 0.1 } } }", data);

        GateResult overall = DataGateFixture.Gate(gates, "data.maxMissingRate.train");
        Assert.Equal((double)train.MissingCells / (2000 * 7), overall.Value!.Value, 15);
        Assert.Equal(GateStatus.Failed, overall.Status);
        GateResult each = DataGateFixture.Gate(gates, "data.maxMissingRate.eachColumn.train");
        Assert.Equal((GateStatus.Failed, DiagnosticIds.TooManyMissing, income.MissingRate), (each.Status, each.Code, each.Value!.Value));
        Assert.Equal($"column 'income' of the training data 'train.csv' is missing in {F3(income.MissingRate)} of its rows ({income.Missing} of 2,000), above the maximum 0.05 set here", each.Message);
        GateResult region = DataGateFixture.Gate(gates, "data.maxMissingRate.columns.region.train");
        Assert.Equal((GateStatus.Failed, train.Column("region")!.MissingRate), (region.Status, region.Value!.Value));
        GateResult zip = DataGateFixture.Gate(gates, "data.maxMissingRate.columns.zip.train");
        Assert.Equal((GateStatus.Failed, DiagnosticIds.ColumnMissing), (zip.Status, zip.Code));
        Assert.Equal("column 'zip' named here is not in the training data 'train.csv'; correct the name (names are compared exactly, case included)", zip.Message);
        Assert.All(gates.Gates.Where(g => g.Id.EndsWith(".test", StringComparison.Ordinal) && !g.Id.Contains("zip")), g => Assert.Equal(GateStatus.Passed, g.Status));
    }

    [Fact]
    public void RareMinorityClass_IsAIF3015()
    {
        var data = Inspect(Synthetic(2000, 1), Synthetic(1000, 2));
        LabelProfile label = data.Report.Train!.Label;

        GateEvaluation gates = Judge("{ \"minMinorityShare\": 0.45 }", data);

        GateResult gate = DataGateFixture.Gate(gates, "data.minMinorityShare.train");
        Assert.Equal((GateStatus.Failed, DiagnosticIds.LabelImbalance, label.MinorityShare), (gate.Status, gate.Code, gate.Value!.Value));
        Assert.Equal((double)label.Positives / 2000, label.MinorityShare, 15);
        Assert.StartsWith($"the rarer class 'yes' of 'approved' is {F3(label.MinorityShare)} of the training data 'train.csv' ({label.Positives.ToString("N0", CultureInfo.InvariantCulture)} of 2,000 rows), below the minimum 0.45 set here", gate.Message);
    }

    [Fact]
    public void SmallSensitiveGroup_IsAIF3016_JudgedOnTrainingData()
    {
        var data = Inspect(Synthetic(2000, 1, groups: new[] { "A", "B", "C" }, shares: new[] { 0.6, 0.38, 0.02 }), Synthetic(500, 2));
        GroupCount small = data.Report.Train!.Groups.Single().Groups.Single(g => g.Group == "C");

        GateEvaluation gates = Judge("{ \"minGroupRows\": 100 }", data);

        GateResult gate = Assert.Single(gates.Gates);
        Assert.Equal(("data.minGroupRows.group", GateStatus.Failed, DiagnosticIds.GroupTooSmall, (double)small.Rows), (gate.Id, gate.Status, gate.Code, gate.Value!.Value));
        Assert.StartsWith($"group 'C' of the sensitive attribute 'group' has {small.Rows} rows in the training data 'train.csv', fewer than the minimum 100 set here;", gate.Message);
    }

    [Fact]
    public void Leakage_IsAnErrorWithAGate_AndAWarningWithoutOne_AtTheManifest()
    {
        var leak = new PlantedData.Column("paid_back", (row, r) => row["approved"] == "yes" ? (r.NextDouble() < 0.99 ? "1" : "0") : (r.NextDouble() < 0.01 ? "1" : "0"));
        var data = Inspect(PlantedData.Csv(new SyntheticDataOptions { Rows = 3000, Seed = 1 }, 7, leak), PlantedData.Csv(new SyntheticDataOptions { Rows = 1000, Seed = 2 }, 8, leak));
        double auc = data.Report.Leakage.Columns[0].Auc!.Value;
        Assert.Equal("paid_back", data.Report.Leakage.Columns[0].Column);
        Assert.InRange(auc, 0.97, 1.0);

        GateEvaluation gated = Judge("{ \"maxLeakageAuc\": 0.90 }", data);

        Diagnostic error = Assert.Single(gated.Diagnostics);
        Assert.Equal((DiagnosticIds.LabelLeakage, DiagnosticSeverity.Error, 7, 32), (error.Code, error.Severity, error.Location!.Line, error.Location.Column));
        Assert.Equal(
            $"column 'paid_back' predicts the label 'approved' on its own with out-of-sample AUC {F3(auc)}, above the maximum 0.90 set here (learned on 'train.csv', measured on 'test.csv'); " +
            "a column this predictive is usually known only after the outcome (leakage): remove it from the data or the model's features, or raise the maximum if it is legitimate",
            error.Message);
        Assert.Equal(auc, DataGateFixture.Gate(gated, "data.maxLeakageAuc").Value);

        GateEvaluation warned = Judge("{ \"minRows\": 1 }", data);
        Diagnostic warning = Assert.Single(warned.Diagnostics);
        Assert.Equal((DiagnosticIds.LabelLeakage, DiagnosticSeverity.Warning, 4, 22), (warning.Code, warning.Severity, warning.Location!.Line, warning.Location.Column));
        Assert.True(warned.Passed);
    }

    [Fact]
    public void Proxy_IsAWarningByDefault_AtTheSensitiveEntry_AndAnErrorWithAGate()
    {
        var proxy = new PlantedData.Column("club", (row, r) => (row["group"] == "A") == (r.NextDouble() < 0.95) ? "chess" : "rugby");
        var data = Inspect(PlantedData.Csv(new SyntheticDataOptions { Rows = 3000, Seed = 1 }, 7, proxy), PlantedData.Csv(new SyntheticDataOptions { Rows = 1000, Seed = 2 }, 8, proxy));
        var club = data.Report.Proxies.Single().Columns[0];
        Assert.Equal("club", club.Column);

        GateEvaluation warned = Judge("{ \"minRows\": 1 }", data);
        Diagnostic warning = Assert.Single(warned.Diagnostics);
        Assert.Equal((DiagnosticIds.SensitiveProxy, DiagnosticSeverity.Warning, 5, 27), (warning.Code, warning.Severity, warning.Location!.Line, warning.Location.Column));
        Assert.StartsWith($"column 'club' predicts the sensitive attribute 'group' on its own (out-of-sample AUC {F3(club.Auc)}, strength {F3(club.Strength)}; learned on 'train.csv', measured on 'test.csv');", warning.Message);

        GateEvaluation gated = Judge("{ \"maxProxyStrength\": 0.5 }", data);
        GateResult gate = Assert.Single(gated.Gates);
        Assert.Equal(("data.maxProxyStrength.group", GateStatus.Failed, DiagnosticIds.SensitiveProxy, club.Strength), (gate.Id, gate.Status, gate.Code, gate.Value));
        Assert.Equal((7, 35), (gate.Location.Line, gate.Location.Column));
    }

    [Fact]
    public void NoDataProfile_WithDataGates_IsStale_NeverJudged()
    {
        var manifest = DataGateFixture.Read(_dir.Path, DataGateFixture.Manifest("{ \"minRows\": 10 }"));
        var evaluation = GateFixtures.NewEvaluation(GateFixtures.NewMetrics());

        GateEvaluation gates = GateEvaluator.Evaluate(manifest, evaluation);

        Assert.Empty(gates.Gates);
        // The manifest's sensitive attribute has no fairness gate (AIF5014) whatever the state of the evaluation.
        Assert.Equal(new[] { DiagnosticIds.StaleResults, DiagnosticIds.SensitiveAttributeUnguarded }, gates.Diagnostics.Select(d => d.Code));
        Diagnostic stale = gates.Diagnostics[0];
        Assert.Equal((DiagnosticIds.StaleResults, 7, 13), (stale.Code, stale.Location!.Line, stale.Location.Column));
        Assert.False(gates.Passed);
    }

    [Fact]
    public void SkippedRows_AreAWarningAtTheFirstSkippedLine_OnEveryJudgement()
    {
        string csv = Synthetic(300, 1);
        string[] lines = csv.Split('\n');
        lines[5] = "oops,only,three";
        lines[9] = lines[9] + ",extra";
        string trainPath = _dir.Write("train.csv", string.Join("\n", lines));
        DataSection data = PlantedData.Section();
        data.OnBadRow = BadRowAction.Skip;
        DataTable table = CsvTableReader.Read(trainPath, new CsvReadOptions { OnBadRow = BadRowAction.Skip, ForcedTypes = new Dictionary<string, ColumnType> { ["approved"] = ColumnType.Category } });
        bool[] labels = LabelEncoder.ToBooleans(table, "approved", "yes", null);
        var test = PlantedData.Read(_dir.Write("test.csv", Synthetic(200, 2)), data);
        DataReport report = DataInspector.Inspect(data, table, labels, test.Table, test.Labels);

        GateEvaluation gates = DataGateFixture.Judge(DataGateFixture.Read(_dir.Path, DataGateFixture.Manifest("{ \"minRows\": 1 }")), report, trainPath, test.Table.Path);

        Diagnostic warning = Assert.Single(gates.Diagnostics);
        Assert.Equal((DiagnosticIds.RowsSkipped, DiagnosticSeverity.Warning, trainPath, 6), (warning.Code, warning.Severity, warning.Location!.File, warning.Location.Line));
        Assert.Equal(
            "2 rows of the training data 'train.csv' could not be read and were skipped (data.onBadRow is \"skip\"), 298 rows kept: " +
            "line 6: 3 fields, the header has 7; line 10: 8 fields, the header has 7. Fix: correct those rows, or set data.onBadRow to \"error\" to stop at the first",
            warning.Message);
        Assert.Equal(298, DataGateFixture.Gate(gates, "data.minRows.train").Value);
    }
}
