using System.Globalization;
using System.Text.Json;
using AiFactory.Core.DataChecks;
using AiFactory.Core.Evaluation;
using AiFactory.Core.Fairness;
using AiFactory.Core.Gates;
using AiFactory.Core.Profiling;
using AiFactory.Core.Results;
using AiFactory.Core.Synthetic;
using AiFactory.Core.Tests.Data;
using AiFactory.Core.Tests.DataChecks;
using AiFactory.Core.Tests.Gates;
using AiFactory.Core.Tests.Results;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.Gates.Kinds.Data;

/// <summary>
/// gates.data.judging: figures counted over a whole file are exact and every mode decides them by the figure; the
/// leakage AUC is judged with its DeLong interval, a pass on the interval alone being warning AIF3020.
/// </summary>
public sealed class DataGateJudgingTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private (DataReport Report, string Train, string Test) Inspect(string trainCsv, string testCsv, DataSection? data = null) =>
        DataGateFixture.Inspect(_dir, trainCsv, testCsv, data);

    private GateEvaluation Judge(string gates, (DataReport Report, string Train, string Test) data) =>
        DataGateFixture.Judge(DataGateFixture.Read(_dir.Path, DataGateFixture.Manifest(gates)), data.Report, data.Train, data.Test);

    /// <summary>A column that agrees with the label in 85% of rows: an AUC near 0.85, with an interval about ±0.02 wide on 1,000 test rows.</summary>
    private (DataReport Report, string Train, string Test) Leaky()
    {
        var leak = new PlantedData.Column("paid_back", (row, r) => (row["approved"] == "yes") == (r.NextDouble() < 0.85) ? "1" : "0");
        return Inspect(PlantedData.Csv(new SyntheticDataOptions { Rows = 3000, Seed = 1 }, 7, leak), PlantedData.Csv(new SyntheticDataOptions { Rows = 1000, Seed = 2 }, 8, leak));
    }

    private static string F3(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("pointEstimate")]
    [InlineData("benefitOfTheDoubt")]
    [InlineData("burdenOfProof")]
    public void CountedFigures_AreExact_AndEveryModeDecidesThemByTheFigure_InTheSameWords(string mode)
    {
        string synthetic(int rows, int seed) => SyntheticDataGenerator.ToCsv(new SyntheticDataOptions { Rows = rows, Seed = seed });
        var data = Inspect(synthetic(800, 1), synthetic(300, 2));

        GateEvaluation gates = Judge($"{{ \"judging\": \"{mode}\", \"minRows\": 500, \"maxDuplicateRate\": 0 }}", data);

        GateResult train = DataGateFixture.Gate(gates, "data.minRows.train"), test = DataGateFixture.Gate(gates, "data.minRows.test");
        Assert.Equal((GateStatus.Passed, GateStatus.Failed), (train.Status, test.Status));
        Assert.Equal(("exact", 300.0, 300.0), (test.Interval!.Method, test.Interval.Lower!.Value, test.Interval.Upper!.Value));
        Assert.Equal(mode, test.Judging);
        Assert.False(train.PassedOnInterval);
        Assert.Equal("the test data 'test.csv' has 300 rows, fewer than the minimum 500 set here; more data is needed before the model can be trusted, or a lower minimum agreed", test.Message);
        Assert.Equal("the training data 'train.csv' has 800 rows, meeting the minimum 500", train.Message);
        Assert.All(gates.Gates, g => Assert.Equal(Interval.ExactMethod, g.Interval!.Method));
    }

    [Fact]
    public void ExactIntervals_AreWrittenToResultsJson_WithoutLevelOrResamples_AndValidate()
    {
        var data = Leaky();
        ModelManifest manifest = DataGateFixture.Read(_dir.Path, DataGateFixture.Manifest("{ \"judging\": \"burdenOfProof\", \"minRows\": 500, \"maxLeakageAuc\": 0.99 }"));
        EvaluationRecord evaluation = GateFixtures.NewEvaluation(GateFixtures.NewMetrics(), data.Report.Test.Rows);
        evaluation.TestDataPath = data.Test;
        evaluation.TrainDataPath = data.Train;
        evaluation.TrainRows = data.Report.Train!.Rows;
        evaluation.Data = data.Report;
        GateEvaluation gates = GateEvaluator.Evaluate(manifest, evaluation);

        string json = ResultsWriter.ToJson(manifest, evaluation, gates, new RunSettings { PackageVersion = "1.0.0" });

        Assert.Empty(SchemaValidation.Errors(json));
        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement[] entries = doc.RootElement.GetProperty("gates").EnumerateArray().ToArray();
        JsonElement rows = entries.Single(g => g.GetProperty("id").GetString() == "data.minRows.test");
        JsonElement interval = rows.GetProperty("interval");
        Assert.Equal(("exact", 1000.0, 1000.0), (interval.GetProperty("method").GetString(), interval.GetProperty("lower").GetDouble(), interval.GetProperty("upper").GetDouble()));
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (interval.GetProperty("level").ValueKind, interval.GetProperty("resamples").ValueKind));
        Assert.Equal("burdenOfProof", rows.GetProperty("judging").GetString());
        JsonElement leakage = entries.Single(g => g.GetProperty("id").GetString() == "data.maxLeakageAuc").GetProperty("interval");
        Assert.Equal(("delong", 0.95), (leakage.GetProperty("method").GetString(), leakage.GetProperty("level").GetDouble()));
    }

    [Fact]
    public void TheLeakageGate_IsJudgedWithItsInterval_UnderEachMode()
    {
        var data = Leaky();
        ColumnAuc column = data.Report.Leakage.Columns[0];
        Assert.Equal("paid_back", column.Column);
        double auc = column.Auc!.Value;
        Interval interval = AssociationIntervals.OfLeakage(column, 0.95)!;
        string below = F3(auc - 0.01), above = F3(auc + 0.01);
        Assert.InRange(double.Parse(below, CultureInfo.InvariantCulture), interval.Lower!.Value, auc);
        Assert.InRange(double.Parse(above, CultureInfo.InvariantCulture), auc, interval.Upper!.Value);
        string ci = $"95% CI {interval.Lower.Value.ToString("0.00", CultureInfo.InvariantCulture)}–{interval.Upper.Value.ToString("0.00", CultureInfo.InvariantCulture)}";
        const string method = "learned on 'train.csv', measured on 'test.csv'";

        // Point estimate: the figure is over the bound, the gate fails in the words it always had.
        GateEvaluation point = Judge($"{{ \"maxLeakageAuc\": {below} }}", data);
        Diagnostic failed = Assert.Single(point.Diagnostics);
        Assert.Equal(DiagnosticIds.LabelLeakage, failed.Code);
        Assert.StartsWith($"column 'paid_back' predicts the label 'approved' on its own with out-of-sample AUC {F3(auc)}, above the maximum {below} set here", failed.Message);
        Assert.Equal(interval.Lower, DataGateFixture.Gate(point, "data.maxLeakageAuc").Interval!.Lower);

        // Benefit of the doubt: the interval reaches below the bound, so it passes, with warning AIF3020 at the bound.
        string line = $"    \"data\": {{ \"judging\": \"benefitOfTheDoubt\", \"maxLeakageAuc\": {below} }}";
        GateEvaluation doubt = Judge(line.Substring("    \"data\": ".Length), data);
        GateResult passed = DataGateFixture.Gate(doubt, "data.maxLeakageAuc");
        Assert.Equal((GateStatus.Passed, true, "benefitOfTheDoubt"), (passed.Status, passed.PassedOnInterval, passed.Judging));
        Diagnostic warning = Assert.Single(doubt.Diagnostics);
        Assert.Equal((DiagnosticIds.DataPassedOnInterval, DiagnosticSeverity.Warning, 7, line.IndexOf(below, StringComparison.Ordinal) + 1),
            (warning.Code, warning.Severity, warning.Location!.Line, warning.Location.Column));
        Assert.Equal(
            $"the out-of-sample AUC of column 'paid_back' on the label 'approved', {F3(auc)} ({ci}, benefit of the doubt; {method}), " +
            $"is above the maximum {below}, but the interval reaches below it, so it passes on the benefit of the doubt",
            warning.Message);
        Assert.True(doubt.Passed);

        // Burden of proof: the figure is within the bound but the interval reaches above it, so it fails.
        GateEvaluation proof = Judge($"{{ \"judging\": \"burdenOfProof\", \"maxLeakageAuc\": {above} }}", data);
        Diagnostic unproven = Assert.Single(proof.Diagnostics);
        Assert.Equal(DiagnosticIds.LabelLeakage, unproven.Code);
        Assert.Equal(
            $"the out-of-sample AUC of column 'paid_back' on the label 'approved', {F3(auc)} ({ci}, burden of proof; {method}), " +
            $"is not shown to meet the maximum {above} set here: the interval reaches above it; " +
            "a column this predictive is usually known only after the outcome (leakage): remove it from the data or the model's features, or raise the maximum if it is legitimate",
            unproven.Message);

        // The point estimate passes the same bound.
        Assert.Empty(Judge($"{{ \"maxLeakageAuc\": {above} }}", data).Diagnostics);
    }

    [Fact]
    public void AProxyOfManyGroups_HasItsBootstrapInterval_DeterministicForTheSeed()
    {
        var club = new PlantedData.Column("club", (row, r) => r.NextDouble() < 0.7 ? "c" + row["group"] : "other");
        string[] groups = { "A", "B", "C" };
        var data = Inspect(PlantedData.Csv(new SyntheticDataOptions { Rows = 1500, Seed = 1, Groups = groups }, 7, club),
            PlantedData.Csv(new SyntheticDataOptions { Rows = 500, Seed = 2, Groups = groups }, 8, club));
        string gates = "{ \"judging\": \"burdenOfProof\", \"seed\": 11, \"resamples\": 400, \"maxProxyStrength\": 0.99 }";

        GateResult first = Assert.Single(Judge(gates, data).Gates);
        GateResult again = Assert.Single(Judge(gates, data).Gates);

        Assert.Equal(("data.maxProxyStrength.group", "burdenOfProof", GateStatus.Passed), (first.Id, first.Judging, first.Status));
        Assert.Contains("'club'", first.Message);
        Assert.Equal((Interval.BiasCorrectedMethod, 400), (first.Interval!.Method, first.Interval.Resamples!.Value));
        Assert.InRange(first.Value!.Value, first.Interval.Lower!.Value, first.Interval.Upper!.Value);
        Assert.Equal((first.Interval!.Lower, first.Interval.Upper), (again.Interval!.Lower, again.Interval.Upper));
    }
}
