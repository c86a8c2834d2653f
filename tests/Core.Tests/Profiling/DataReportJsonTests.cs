using AiFactory.Core.Data;
using AiFactory.Core.DataChecks;
using AiFactory.Core.Evaluation;
using AiFactory.Core.Json;
using AiFactory.Core.Profiling;
using AiFactory.Core.Synthetic;
using AiFactory.Core.Tests.Data;
using AiFactory.Core.Tests.DataChecks;
using AiFactory.Core.Tests.Gates;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Json;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.Profiling;

public sealed class DataReportJsonTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private DataReport SyntheticReport()
    {
        DataSection data = PlantedData.Section();
        data.OnBadRow = BadRowAction.Skip;
        string train = SyntheticDataGenerator.ToCsv(new SyntheticDataOptions { Rows = 600, Seed = 1, Groups = new[] { "A", "B", "C" } });
        string[] lines = train.Split('\n');
        lines[4] = "1,2,3";
        string trainPath = _dir.Write("train.csv", string.Join("\n", lines) + lines[7] + "\n");
        DataTable trainTable = CsvTableReader.Read(trainPath, new CsvReadOptions { OnBadRow = BadRowAction.Skip, ForcedTypes = new Dictionary<string, ColumnType> { ["approved"] = ColumnType.Category } });
        var test = PlantedData.Read(_dir.Write("test.csv", SyntheticDataGenerator.ToCsv(new SyntheticDataOptions { Rows = 300, Seed = 2, Groups = new[] { "A", "B", "C" } }) + lines[9] + "\n"), data);
        return DataInspector.Inspect(data, trainTable, LabelEncoder.ToBooleans(trainTable, "approved", "yes", null), test.Table, test.Labels);
    }

    private static string Json(DataReport report)
    {
        var w = new JsonTextWriter();
        DataReportJson.Write(w, report);
        return w.ToString();
    }

    [Fact]
    public void Report_RoundTrips_BitForBit()
    {
        DataReport report = SyntheticReport();
        Assert.Equal(1, report.Train!.Skipped.Count);
        Assert.Equal(1, report.Train.Duplicates.DuplicateRows);
        Assert.Equal(1, report.Overlap!.InTraining);

        string json = Json(report);
        DataReport read = DataReportJson.Read(JsonReader.Parse(json));

        Assert.Equal(json, Json(read));
        Assert.Equal(report.Train.Columns[1].Numbers!.Mean, read.Train!.Columns[1].Numbers!.Mean);
        Assert.Equal(report.Leakage.Columns[0].Auc, read.Leakage.Columns[0].Auc);
        Assert.Equal((5, "3 fields, the header has 7"), (read.Train.Skipped.First[0].Line, read.Train.Skipped.First[0].Reason));
    }

    [Fact]
    public void EvaluationRecord_KeepsTheReport_AndAMalformedOneIsStale()
    {
        string path = Path.Combine(_dir.Path, "evaluation.json");
        EvaluationRecord record = GateFixtures.NewEvaluation(GateFixtures.NewMetrics());
        record.Data = SyntheticReport();
        record.WriteTo(path);

        EvaluationRecord read = EvaluationRecord.ReadFrom(path);
        Assert.Equal(Json(record.Data), Json(read.Data!));

        File.WriteAllText(path, File.ReadAllText(path).Replace("\"method\": \"train-test\"", "\"method\": 1"));
        DiagnosticException stale = Assert.Throws<DiagnosticException>(() => EvaluationRecord.ReadFrom(path));
        Assert.Equal(DiagnosticIds.StaleResults, stale.Diagnostic.Code);
        Assert.Contains("has a data profile that cannot be read", stale.Diagnostic.Message);
    }
}
