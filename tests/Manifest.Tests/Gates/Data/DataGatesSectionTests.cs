using System.Text.Json;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;
using AiFactory.Manifest.Tests.TestSupport;

namespace AiFactory.Manifest.Tests.Gates.Data;

/// <summary>gates.data and data.onBadRow: every bound read with its place; every mistake an error at its place.</summary>
public class DataGatesSectionTests
{
    private const string MlNetData = "\"train\": \"tr.csv\", \"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\", \"sensitive\": [\"sex\"]";
    private const string PredictionsData = "\"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\", \"score\": \"p\", \"sensitive\": [\"sex\"]";

    /// <summary>Line 4 is <c>  "gates": { "data": DATA }</c>: the data gates' object starts at column 22.</summary>
    private static string WithDataGates(string gates, string data = MlNetData, string model = "\"name\": \"M\"") =>
        "{\n  \"model\": { " + model + " },\n  \"data\": { " + data + " },\n  \"gates\": { \"data\": " + gates + " }\n}";

    private static string Predictions(string gates) =>
        WithDataGates(gates, PredictionsData, "\"name\": \"M\", \"source\": \"predictions\"");

    [Fact]
    public void EveryBound_IsRead_WithThePlaceOfItsNumber()
    {
        DataGates g = TestManifests.Valid(WithDataGates(
            "{ \"minRows\": 1000, \"maxMissingRate\": 0.05, \"maxDuplicateRate\": 0.01, \"maxOverlapRate\": 0, \"minMinorityShare\": 0.1, " +
            "\"minGroupRows\": 30, \"maxLeakageAuc\": 0.9, \"maxProxyStrength\": 0.5 }")).Gates.Data!;

        Assert.Equal((1000.0, 1000.0), (g.MinRowsTrain!.Value, g.MinRowsTest!.Value));
        Assert.Equal((4, 35), (g.MinRowsTrain.Location.Line, g.MinRowsTrain.Location.Column));
        Assert.Equal((0.05, 0.01, 0.0, 0.1, 30.0, 0.9, 0.5),
            (g.MaxMissingRate!.Value, g.MaxDuplicateRate!.Value, g.MaxOverlapRate!.Value, g.MinMinorityShare!.Value, g.MinGroupRows!.Value, g.MaxLeakageAuc!.Value, g.MaxProxyStrength!.Value));
        Assert.Equal("0.9", g.MaxLeakageAuc.Text);
        Assert.Null(g.MaxMissingRateEachColumn);
        Assert.Empty(g.MaxMissingRateColumns);
        Assert.Equal((4, 22), (g.Location!.Line, g.Location.Column));
        Assert.True(g.Any);
    }

    [Fact]
    public void ObjectForms_BoundEachFile_AndEachColumn()
    {
        DataGates g = TestManifests.Valid(WithDataGates(
            "{ \"minRows\": { \"test\": 200 }, \"maxMissingRate\": { \"eachColumn\": 0.2, \"columns\": { \"occupation\": 0.3, \"age\": 0 } } }")).Gates.Data!;

        Assert.Null(g.MinRowsTrain);
        Assert.Equal(200, g.MinRowsTest!.Value);
        Assert.Null(g.MaxMissingRate);
        Assert.Equal(0.2, g.MaxMissingRateEachColumn!.Value);
        Assert.Equal(new[] { ("occupation", 0.3), ("age", 0.0) }, g.MaxMissingRateColumns.Select(c => (c.Column, c.Bound.Value)));
    }

    [Fact]
    public void InPredictionsMode_TheNumberFormOfMinRows_BoundsTheScoredFileOnly()
    {
        DataGates g = TestManifests.Valid(Predictions("{ \"minRows\": 500 }")).Gates.Data!;

        Assert.Null(g.MinRowsTrain);
        Assert.Equal(500, g.MinRowsTest!.Value);
    }

    [Theory]
    [InlineData("{ \"maxOverlapRate\": 0 }", 24, "gates.data.maxOverlapRate compares the test rows with the training data, but there is no data.train")]
    [InlineData("{ \"minRows\": { \"train\": 10 } }", 37, "gates.data.minRows.train bounds the rows of the training data, but there is no data.train")]
    public void GatesOnTrainingData_InPredictionsMode_AreAIF2013(string gates, int column, string start)
    {
        Diagnostic d = TestManifests.SingleError(Predictions(gates), DiagnosticIds.ConflictingKeys, 4, column);
        Assert.StartsWith(start, d.Message);
    }

    [Theory]
    [InlineData("{ \"maxMissingRate\": 1.5 }", 42, "gates.data.maxMissingRate is 1.5, but it must be between 0 and 1 (inclusive)")]
    [InlineData("{ \"minMinorityShare\": 0.6 }", 44, "gates.data.minMinorityShare is 0.6, but it must be between 0 and 0.5 (inclusive): the rarer class is at most half of the rows")]
    [InlineData("{ \"maxLeakageAuc\": 0.4 }", 41, "gates.data.maxLeakageAuc is 0.4, but it must be between 0.5 and 1 (inclusive): a column that carries no information about the label has an AUC of about 0.5")]
    [InlineData("{ \"minRows\": 0 }", 35, "gates.data.minRows is 0, but it must be an integer from 1 to 2147483647")]
    public void OutOfRange_IsAIF2005_AtTheNumber(string gates, int column, string message)
    {
        Diagnostic d = TestManifests.SingleError(WithDataGates(gates), DiagnosticIds.OutOfRange, 4, column);
        Assert.Equal(message, d.Message);
    }

    [Theory]
    [InlineData("{ \"minRows\": 10.5 }", DiagnosticIds.WrongType, 35)]
    [InlineData("{ \"minRows\": \"many\" }", DiagnosticIds.WrongType, 35)]
    [InlineData("{ \"maxMissingRate\": [0.1] }", DiagnosticIds.WrongType, 42)]
    [InlineData("{ \"maxMissingRate\": { \"perColumn\": 0.1 } }", DiagnosticIds.UnknownKey, 44)]
    [InlineData("{ \"maxMissingRate\": { \"columns\": { \"a\": \"x\" } } }", DiagnosticIds.WrongType, 62)]
    [InlineData("{ \"maxLeakage\": 0.9 }", DiagnosticIds.UnknownKey, 24)]
    [InlineData("{ }", DiagnosticIds.MissingKey, 22)]
    [InlineData("{ \"minRows\": { } }", DiagnosticIds.MissingKey, 35)]
    [InlineData("0.05", DiagnosticIds.WrongType, 22)]
    public void Mistakes_AreReportedAtTheirPlace(string gates, string code, int column)
    {
        TestManifests.SingleError(WithDataGates(gates), code, 4, column);
    }

    [Fact]
    public void AMisspeltBound_GetsADidYouMean()
    {
        Diagnostic d = TestManifests.SingleError(WithDataGates("{ \"maxMissingRat\": 0.1 }"), DiagnosticIds.UnknownKey, 4, 24);
        Assert.Equal("unknown key 'maxMissingRat' in gates.data; did you mean 'maxMissingRate'?", d.Message);
    }

    [Theory]
    [InlineData("minGroupRows", "30")]
    [InlineData("maxProxyStrength", "0.5")]
    public void SensitiveGates_WithoutSensitiveAttributes_AreAIF2006(string key, string value)
    {
        string data = "\"train\": \"tr.csv\", \"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\"";
        Diagnostic d = TestManifests.SingleError(WithDataGates($"{{ \"{key}\": {value} }}", data), DiagnosticIds.MissingKey, 4, 24);
        Assert.StartsWith($"gates.data.{key} applies to the sensitive attributes, and data.sensitive names none", d.Message);
    }

    [Fact]
    public void OnBadRow_IsErrorByDefault_SkipWhenAsked_AndNothingElse()
    {
        Assert.Equal(BadRowAction.Error, TestManifests.Valid(WithDataGates("{ \"minRows\": 1 }")).Data.OnBadRow);

        DataSection skip = TestManifests.Valid(WithDataGates("{ \"minRows\": 1 }", MlNetData + ", \"onBadRow\": \"skip\"")).Data;
        Assert.Equal(BadRowAction.Skip, skip.OnBadRow);
        Assert.Equal((3, 115), (skip.OnBadRowLocation!.Line, skip.OnBadRowLocation.Column));

        Diagnostic d = TestManifests.SingleError(WithDataGates("{ \"minRows\": 1 }", MlNetData + ", \"onBadRow\": \"ignore\""), DiagnosticIds.InvalidValue, 3, 115);
        Assert.Equal("data.onBadRow \"ignore\" is not an allowed value; allowed values are 'error' and 'skip'", d.Message);
    }

    [Fact]
    public void TheSchema_HasExactlyTheReadersDataGateKeys_AndOnBadRowValues()
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("schema/aifactory.schema.json")));
        JsonElement root = doc.RootElement.GetProperty("properties");
        JsonElement data = root.GetProperty("gates").GetProperty("properties").GetProperty("data");
        Assert.Equal(ManifestKeys.DataGates.Concat(ManifestKeys.DataSettings).OrderBy(k => k), data.GetProperty("properties").EnumerateObject().Select(p => p.Name).OrderBy(k => k));
        JsonElement missing = data.GetProperty("properties").GetProperty("maxMissingRate").GetProperty("oneOf")[1];
        Assert.Equal(ManifestKeys.MissingRateBounds.OrderBy(k => k), missing.GetProperty("properties").EnumerateObject().Select(p => p.Name).OrderBy(k => k));
        JsonElement rows = data.GetProperty("properties").GetProperty("minRows").GetProperty("oneOf")[1];
        Assert.Equal(ManifestKeys.DataGateFiles.OrderBy(k => k), rows.GetProperty("properties").EnumerateObject().Select(p => p.Name).OrderBy(k => k));
        JsonElement onBadRow = root.GetProperty("data").GetProperty("properties").GetProperty("onBadRow");
        Assert.Equal(ManifestValues.BadRowActions, onBadRow.GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public void TheManifestReference_DocumentsEveryDataGateKey_AndItsCode()
    {
        string reference = File.ReadAllText(RepositoryFiles.PathOf("docs/manifest.md"));
        string section = reference.Substring(reference.IndexOf("#### `gates.data`", StringComparison.Ordinal));
        section = section.Substring(0, section.IndexOf("\n#### ", 5, StringComparison.Ordinal));
        foreach (string key in ManifestKeys.DataGates.Concat(ManifestKeys.MissingRateBounds).Concat(ManifestKeys.DataSettings))
        {
            Assert.Contains($"`{key}`", section);
        }

        foreach (int code in Enumerable.Range(3011, 10))
        {
            Assert.Contains($"(diagnostics/AIF{code}.md)", reference);
        }
    }
}
