using AiFactory.Core.Data;
using AiFactory.Core.DataChecks;
using AiFactory.Core.Profiling;
using AiFactory.Core.Synthetic;
using AiFactory.Core.Tests.Data;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.DataChecks;

public sealed class LeakageCheckTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>A column written after the outcome (days past due), planted with the label, and three kinds of noise.</summary>
    private static readonly PlantedData.Column[] Columns =
    {
        new("days_past_due", (row, r) => PlantedData.Number(row["approved"] == "yes" ? PlantedData.Normal(r, 0, 1) : PlantedData.Normal(r, 3, 1))),
        new("ticket", (row, r) => new string(Enumerable.Range(0, 8).Select(_ => (char)('A' + r.Next(26))).ToArray())),
        new("branch", (row, r) => "B" + r.Next(3000)),
        new("noise", (row, r) => PlantedData.Number(r.NextDouble())),
    };

    private (DataTable Table, bool[] Labels) Write(string name, int rows, int seed, DataSection data) =>
        PlantedData.Read(_dir.Write(name, PlantedData.Csv(new SyntheticDataOptions { Rows = rows, Seed = seed }, seed + 100, Columns)), data);

    [Fact]
    public void PlantedLeak_IsNamedFirst_WithItsOutOfSampleAuc_AndNoiseIsNot()
    {
        DataSection data = PlantedData.Section();
        var train = Write("train.csv", 4000, 1, data);
        var test = Write("test.csv", 2000, 2, data);

        DataReport report = DataInspector.Inspect(data, train.Table, train.Labels, test.Table, test.Labels);

        Assert.Equal(CheckMethods.TrainTest, report.Leakage.Method);
        ColumnAuc leak = report.Leakage.Columns[0];
        Assert.Equal("days_past_due", leak.Column);
        // Normal(0,1) against Normal(3,1): the AUC of the exact score is Φ(3/√2) = 0.983; 20 bins lose a little.
        Assert.InRange(leak.Auc!.Value, 0.96, 0.99);
        foreach (string noise in new[] { "ticket", "branch", "noise", "id", "region", "group" })
        {
            double auc = report.Leakage.Columns.Single(c => c.Column == noise).Auc!.Value;
            Assert.True(Math.Abs(auc - 0.5) < 0.04, $"{noise}: AUC {auc}");
        }

        // The label itself is never a candidate.
        Assert.DoesNotContain(report.Leakage.Columns, c => c.Column == "approved");
    }

    [Fact]
    public void TrainTestAuc_EqualsTheDocumentedMethodComputedRowByRow()
    {
        DataSection data = PlantedData.Section();
        var train = Write("train.csv", 3000, 3, data);
        var test = Write("test.csv", 1500, 4, data);

        DataReport report = DataInspector.Inspect(data, train.Table, train.Labels, test.Table, test.Labels);

        foreach (string name in new[] { "days_past_due", "income", "region", "branch", "tenure" })
        {
            DataColumn trainColumn = train.Table.Get(name), testColumn = test.Table.Get(name);
            string[] trainKeys, testKeys;
            if (trainColumn.Numbers != null)
            {
                double[] edges = ReferenceMeasures.Edges(trainColumn.Numbers);
                trainKeys = ReferenceMeasures.Keys(trainColumn.Numbers, edges);
                testKeys = ReferenceMeasures.Keys(testColumn.Numbers!, edges);
            }
            else
            {
                trainKeys = ReferenceMeasures.Keys(trainColumn.Categories!);
                testKeys = ReferenceMeasures.Keys(testColumn.Categories!);
            }

            double expected = ReferenceMeasures.TrainTestAuc(trainKeys, ReferenceMeasures.Targets(train.Labels), testKeys, ReferenceMeasures.Targets(test.Labels));
            Assert.Equal(expected, report.Leakage.Columns.Single(c => c.Column == name).Auc!.Value, 12);
        }
    }

    [Fact]
    public void OneFile_IsCrossFitted_AndEqualsTheDocumentedFolds()
    {
        DataSection data = PlantedData.Section();
        data.Score = "noise"; // predictions mode: the score column is the model's output, never a leak
        var scored = Write("scored.csv", 3000, 5, data);

        DataReport report = DataInspector.Inspect(data, null, null, scored.Table, scored.Labels);

        Assert.Equal(CheckMethods.CrossFitted, report.Leakage.Method);
        Assert.Null(report.Overlap);
        Assert.DoesNotContain(report.Leakage.Columns, c => c.Column == "noise");
        Assert.Equal("days_past_due", report.Leakage.Columns[0].Column);
        foreach (string name in new[] { "days_past_due", "region", "branch" })
        {
            DataColumn column = scored.Table.Get(name);
            string[] keys = column.Numbers != null
                ? ReferenceMeasures.Keys(column.Numbers, ReferenceMeasures.Edges(column.Numbers))
                : ReferenceMeasures.Keys(column.Categories!);
            double expected = ReferenceMeasures.CrossFittedAuc(keys, ReferenceMeasures.Targets(scored.Labels));
            Assert.Equal(expected, report.Leakage.Columns.Single(c => c.Column == name).Auc!.Value, 12);
        }

        double branch = report.Leakage.Columns.Single(c => c.Column == "branch").Auc!.Value;
        Assert.True(Math.Abs(branch - 0.5) < 0.04, $"branch: {branch}");
    }
}
