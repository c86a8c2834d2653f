using System.Text.Json;
using AiFactory.Core.Data;
using AiFactory.Core.Evaluation;
using AiFactory.Core.Gates;
using AiFactory.Core.Profiling;
using AiFactory.Core.Results;
using AiFactory.Core.Synthetic;
using AiFactory.Core.Tests.Data;
using AiFactory.Core.Tests.Gates;
using AiFactory.Core.Tests.Results;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.DataChecks;

/// <summary>results.json with data profiles and data gates: valid against the schema, and holding what was measured.</summary>
public sealed class DataResultsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void ResultsWithDataGates_AreValid_AndRecordProfilesAndChecks()
    {
        var leak = new PlantedData.Column("paid_back", (row, r) => row["approved"] == "yes" ? "1" : r.NextDouble() < 0.05 ? "1" : "0");
        DataSection data = PlantedData.Section();
        string trainCsv = PlantedData.Csv(new SyntheticDataOptions { Rows = 1200, Seed = 1 }, 3, leak);
        var train = PlantedData.Read(_dir.Write("train.csv", trainCsv + PlantedData.Rows(trainCsv)[0] + "\n"), data);
        var test = PlantedData.Read(_dir.Write("test.csv", PlantedData.Csv(new SyntheticDataOptions { Rows = 500, Seed = 2 }, 4, leak)), data);
        DataReport report = DataInspector.Inspect(data, train.Table, train.Labels, test.Table, test.Labels);
        ModelManifest manifest = DataGateFixture.Read(_dir.Path, DataGateFixture.Manifest(
            "{ \"minRows\": 1000, \"maxMissingRate\": { \"eachColumn\": 0.1, \"columns\": { \"income\": 0 } }, \"maxDuplicateRate\": 0, " +
            "\"maxOverlapRate\": 0, \"minMinorityShare\": 0.1, \"minGroupRows\": 10, \"maxLeakageAuc\": 0.9, \"maxProxyStrength\": 0.5 }"));
        EvaluationRecord evaluation = GateFixtures.NewEvaluation(GateFixtures.NewMetrics(), 500);
        evaluation.TestDataPath = test.Table.Path;
        evaluation.TrainDataPath = train.Table.Path;
        evaluation.TrainRows = 1201;
        evaluation.Data = report;
        GateEvaluation gates = GateEvaluator.Evaluate(manifest, evaluation);

        string json = ResultsWriter.ToJson(manifest, evaluation, gates, new RunSettings { PackageVersion = "1.0.0" });

        Assert.Empty(SchemaValidation.Errors(json));
        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement d = doc.RootElement.GetProperty("data");
        Assert.Equal("train.csv", d.GetProperty("train").GetProperty("path").GetString());
        JsonElement trainProfile = d.GetProperty("train").GetProperty("profile");
        Assert.Equal(1201, trainProfile.GetProperty("rows").GetInt32());
        Assert.Equal(1, trainProfile.GetProperty("duplicates").GetProperty("duplicateRows").GetInt32());
        Assert.Equal("paid_back", d.GetProperty("leakage").GetProperty("columns")[0].GetProperty("column").GetString());
        Assert.Equal("train-test", d.GetProperty("leakage").GetProperty("method").GetString());
        Assert.Equal(0, d.GetProperty("overlap").GetProperty("inTraining").GetInt32());
        Assert.Equal("group", d.GetProperty("proxies")[0].GetProperty("attribute").GetString());

        JsonElement[] dataGates = doc.RootElement.GetProperty("gates").EnumerateArray().Where(g => g.GetProperty("kind").GetString() == "data").ToArray();
        Assert.Equal(gates.Gates.Count(g => g.Kind == GateKinds.Data), dataGates.Length);
        JsonElement leakage = dataGates.Single(g => g.GetProperty("id").GetString() == "data.maxLeakageAuc");
        Assert.Equal(("failed", "AIF3017", "<=", 0.9), (leakage.GetProperty("status").GetString(), leakage.GetProperty("code").GetString(),
            leakage.GetProperty("comparison").GetString(), leakage.GetProperty("threshold").GetDouble()));
        Assert.Equal(7, leakage.GetProperty("location").GetProperty("line").GetInt32());
        Assert.Equal("failed", dataGates.Single(g => g.GetProperty("id").GetString() == "data.maxDuplicateRate.train").GetProperty("status").GetString());
        Assert.False(doc.RootElement.GetProperty("passed").GetBoolean());
    }

    [Fact]
    public void ResultsWithoutADataProfile_WriteNulls_AndStayValid()
    {
        using var temp = new TempDirectory();
        ModelManifest manifest = GateFixtures.NewManifest(temp.Path);
        EvaluationRecord evaluation = GateFixtures.NewEvaluation(GateFixtures.NewMetrics());

        string json = ResultsWriter.ToJson(manifest, evaluation, GateEvaluator.Evaluate(manifest, evaluation), new RunSettings());

        Assert.Empty(SchemaValidation.Errors(json));
        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement d = doc.RootElement.GetProperty("data");
        Assert.Equal(JsonValueKind.Null, d.GetProperty("test").GetProperty("profile").ValueKind);
        Assert.Equal(JsonValueKind.Null, d.GetProperty("leakage").ValueKind);
    }
}
