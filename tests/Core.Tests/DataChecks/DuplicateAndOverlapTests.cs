using AiFactory.Core.DataChecks;
using AiFactory.Core.Gates;
using AiFactory.Core.Profiling;
using AiFactory.Core.Synthetic;
using AiFactory.Core.Tests.Data;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.DataChecks;

public sealed class DuplicateAndOverlapTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void PlantedDuplicates_AreCountedExactly_WithTheirLines()
    {
        string csv = SyntheticDataGenerator.ToCsv(new SyntheticDataOptions { Rows = 1000, Seed = 1 });
        string[] rows = PlantedData.Rows(csv);
        // Rows 10 and 20 copied once, row 30 twice, at the end: data lines 1002..1005 (line 1 is the header).
        string planted = csv + rows[9] + "\n" + rows[19] + "\n" + rows[29] + "\n" + rows[29] + "\n";
        DataSection data = PlantedData.Section();
        var file = PlantedData.Read(_dir.Write("train.csv", planted), data);

        DuplicateSummary duplicates = DataProfiler.Profile(file.Table, file.Labels, data).Duplicates;

        Assert.Equal(4, duplicates.DuplicateRows);
        Assert.Equal(4.0 / 1004, duplicates.Rate, 15);
        Assert.Equal(new[] { (1002, 11), (1003, 21), (1004, 31), (1005, 31) }, duplicates.First.Select(m => (m.Line, m.MatchLine)));
    }

    [Fact]
    public void RowsThatDifferInOneValue_OrOnlyInMissingness_AreNotDuplicates()
    {
        string text = "a,b,label\n1,x,yes\n1,y,yes\n1,,yes\n1,,yes\n,x,no\n,x,no\n1.0,x,yes\n-0,z,no\n0,z,no\n";
        var data = new DataSection { Label = "label", Positive = "yes" };
        var file = PlantedData.Read(_dir.Write("d.csv", text), data);

        DuplicateSummary duplicates = DataProfiler.Profile(file.Table, file.Labels, data).Duplicates;

        // Line 5 repeats 4 (missing equals missing), 7 repeats 6, 8 repeats 2 (1.0 is the number 1), 10 repeats 9 (-0 is 0).
        Assert.Equal(new[] { (5, 4), (7, 6), (8, 2), (10, 9) }, duplicates.First.Select(m => (m.Line, m.MatchLine)));
    }

    [Fact]
    public void PlantedOverlap_IsCountedExactly_AndTheGateNamesIt()
    {
        string train = SyntheticDataGenerator.ToCsv(new SyntheticDataOptions { Rows = 2000, Seed = 1 });
        string test = SyntheticDataGenerator.ToCsv(new SyntheticDataOptions { Rows = 1000, Seed = 2 });
        string[] trainRows = PlantedData.Rows(train);
        // 50 training rows (every 40th) copied into the test file, after its own rows: test lines 1002..1051.
        string planted = test + string.Concat(Enumerable.Range(0, 50).Select(i => trainRows[i * 40] + "\n"));
        DataSection data = PlantedData.Section();
        var trainFile = PlantedData.Read(_dir.Write("train.csv", train), data);
        var testFile = PlantedData.Read(_dir.Write("test.csv", planted), data);

        DataReport report = DataInspector.Inspect(data, trainFile.Table, trainFile.Labels, testFile.Table, testFile.Labels);

        OverlapSummary overlap = report.Overlap!;
        Assert.Equal((50, 1050), (overlap.InTraining, overlap.TestRows));
        Assert.Equal(SyntheticDataGenerator.ColumnNames, overlap.Columns);
        Assert.Equal((1002, 2), (overlap.First[0].Line, overlap.First[0].MatchLine));
        Assert.Equal((1003, 42), (overlap.First[1].Line, overlap.First[1].MatchLine));

        var manifest = DataGateFixture.Read(_dir.Path, DataGateFixture.Manifest("{ \"maxOverlapRate\": 0.01, \"maxDuplicateRate\": 0 }"));
        GateEvaluation gates = DataGateFixture.Judge(manifest, report, trainFile.Table.Path, testFile.Table.Path);

        GateResult gate = DataGateFixture.Gate(gates, "data.maxOverlapRate");
        Assert.Equal((GateStatus.Failed, DiagnosticIds.TrainTestOverlap, 50.0 / 1050), (gate.Status, gate.Code, gate.Value!.Value));
        Assert.Equal(GateKinds.Data, gate.Kind);
        Diagnostic error = Assert.Single(gates.Diagnostics, d => d.Code == DiagnosticIds.TrainTestOverlap);
        Assert.Equal((7, 33), (error.Location!.Line, error.Location.Column));
        Assert.Equal(
            "50 of the 1,050 rows of 'test.csv' also appear in the training data 'train.csv', a rate of 0.048 above the maximum 0.01 set here " +
            "(line 1002 = 'train.csv' line 2, line 1003 = 'train.csv' line 42, line 1004 = 'train.csv' line 82); the model has seen those rows, " +
            "so its test figures overstate it: split the data so that no row is in both files",
            error.Message);

        // The same copies inside one file would be duplicates: here each file alone has none, and that gate passes.
        Assert.All(gates.Gates.Where(g => g.Id.StartsWith("data.maxDuplicateRate", StringComparison.Ordinal)), g => Assert.Equal(GateStatus.Passed, g.Status));
    }

    [Fact]
    public void DuplicateGate_FailsPerFile_AtItsBound()
    {
        string csv = SyntheticDataGenerator.ToCsv(new SyntheticDataOptions { Rows = 500, Seed = 1 });
        string[] rows = PlantedData.Rows(csv);
        string planted = csv + string.Concat(rows.Take(10).Select(r => r + "\n"));
        DataSection data = PlantedData.Section();
        var train = PlantedData.Read(_dir.Write("train.csv", planted), data);
        var test = PlantedData.Read(_dir.Write("test.csv", SyntheticDataGenerator.ToCsv(new SyntheticDataOptions { Rows = 300, Seed = 2 })), data);
        DataReport report = DataInspector.Inspect(data, train.Table, train.Labels, test.Table, test.Labels);

        var manifest = DataGateFixture.Read(_dir.Path, DataGateFixture.Manifest("{ \"maxDuplicateRate\": 0.01 }"));
        GateEvaluation gates = DataGateFixture.Judge(manifest, report, train.Table.Path, test.Table.Path);

        GateResult failed = DataGateFixture.Gate(gates, "data.maxDuplicateRate.train");
        Assert.Equal((GateStatus.Failed, DiagnosticIds.TooManyDuplicates), (failed.Status, failed.Code));
        Assert.StartsWith("10 of 510 rows of the training data 'train.csv' repeat an earlier row exactly, a rate of 0.020 above the maximum 0.01 set here (line 502 repeats line 2,", failed.Message);
        Assert.Equal(GateStatus.Passed, DataGateFixture.Gate(gates, "data.maxDuplicateRate.test").Status);
    }
}
