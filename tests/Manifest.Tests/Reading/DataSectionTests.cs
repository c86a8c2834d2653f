using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Tests.TestSupport;

namespace AiFactory.Manifest.Tests.Reading;

/// <summary>The data section: required keys, label values, columns, sensitive attributes, predictions mode.</summary>
public class DataSectionTests
{
    /// <summary>Line 3 is <c>  "data": { DATA }</c>: the data object's content starts at column 13.</summary>
    private static string WithData(string data, string model = "\"name\": \"M\"") =>
        "{\n  \"model\": { " + model + " },\n  \"data\": { " + data + " }\n}";

    private const string Predictions = "\"name\": \"M\", \"source\": \"predictions\"";

    [Fact]
    public void MissingData_IsAIF2006_AtTheTopLevel()
    {
        Diagnostic d = TestManifests.SingleError("{\n  \"model\": { \"name\": \"M\" }\n}", DiagnosticIds.MissingKey, 1, 1);
        Assert.Contains("the top level needs the key 'data'", d.Message);
    }

    [Theory]
    [InlineData("test", "\"train\": \"tr.csv\", \"label\": \"y\", \"positive\": \"1\"")]
    [InlineData("label", "\"train\": \"tr.csv\", \"test\": \"te.csv\", \"positive\": \"1\"")]
    [InlineData("positive", "\"train\": \"tr.csv\", \"test\": \"te.csv\", \"label\": \"y\"")]
    public void MissingRequiredKey_IsAIF2006_AtTheDataObject(string key, string data)
    {
        Diagnostic d = TestManifests.SingleError(WithData(data), DiagnosticIds.MissingKey, 3, 11);
        Assert.StartsWith($"data needs the key '{key}'; add it, e.g. \"{key}\": ", d.Message);
    }

    [Fact]
    public void MissingTrain_WithMlNet_IsAIF2006_SayingWhy()
    {
        Diagnostic d = TestManifests.SingleError(WithData("\"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\""), DiagnosticIds.MissingKey, 3, 11);
        Assert.Contains("model.source is \"mlnet\", the default", d.Message);
    }

    [Theory]
    [InlineData("1", "a number (1); write \"1\" in quotes")]
    [InlineData("true", "true; write \"true\" in quotes")]
    public void PositiveNotAString_IsAIF2004_WithTheQuotedFix(string value, string expected)
    {
        Diagnostic d = TestManifests.SingleError(
            WithData($"\"train\": \"tr.csv\", \"test\": \"te.csv\", \"label\": \"y\", \"positive\": {value}"),
            DiagnosticIds.WrongType, 3, 76);
        Assert.Equal($"data.positive must be a non-empty string, but it is {expected}", d.Message);
    }

    [Fact]
    public void TrainInPredictionsMode_IsAIF2013_AtTheKey()
    {
        Diagnostic d = TestManifests.SingleError(
            WithData("\"train\": \"tr.csv\", \"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\", \"score\": \"p\"", Predictions),
            DiagnosticIds.ConflictingKeys, 3, 13);
        Assert.Contains("predictions mode trains nothing; remove data.train", d.Message);
    }

    [Theory]
    [InlineData("score")]
    [InlineData("prediction")]
    public void ScoreOrPrediction_WithMlNet_IsAIF2013(string key)
    {
        Diagnostic d = TestManifests.SingleError(
            WithData($"\"train\": \"tr.csv\", \"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\", \"{key}\": \"p\""),
            DiagnosticIds.ConflictingKeys, 3, 81);
        Assert.StartsWith($"data.{key} is read only when model.source is \"predictions\"", d.Message);
    }

    [Fact]
    public void ScoreAndPrediction_IsAIF2013_AtTheLaterKey()
    {
        Diagnostic d = TestManifests.SingleError(
            WithData("\"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\", \"score\": \"p\", \"prediction\": \"yhat\"", Predictions),
            DiagnosticIds.ConflictingKeys, 3, 76);
        Assert.StartsWith("data.score and data.prediction cannot both be set", d.Message);
    }

    [Fact]
    public void PredictionsModeWithoutScoreOrPrediction_IsAIF2006()
    {
        Diagnostic d = TestManifests.SingleError(
            WithData("\"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\"", Predictions),
            DiagnosticIds.MissingKey, 3, 11);
        Assert.StartsWith("data needs the key 'score'", d.Message);
        Assert.Contains("\"prediction\"", d.Message);
    }

    [Fact]
    public void PredictionsMode_WithScore_IsRead()
    {
        ModelManifest m = TestManifests.Valid(WithData("\"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\", \"score\": \"p\"", Predictions));
        Assert.Equal(ModelSource.Predictions, m.Model.Source);
        Assert.Null(m.Data.TrainPath);
        Assert.Equal("p", m.Data.Score);
        Assert.Equal((3, 71), (m.Data.ScoreLocation!.Line, m.Data.ScoreLocation.Column));
        Assert.Null(m.Data.Prediction);
    }

    [Fact]
    public void PredictionsMode_WithPrediction_IsRead()
    {
        ModelManifest m = TestManifests.Valid(WithData("\"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\", \"prediction\": \"yhat\"", Predictions));
        Assert.Equal("yhat", m.Data.Prediction);
        Assert.Equal((3, 76), (m.Data.PredictionLocation!.Line, m.Data.PredictionLocation.Column));
        Assert.Null(m.Data.Score);
    }

    [Fact]
    public void ScoreNamingTheLabel_IsAIF2013()
    {
        Diagnostic d = TestManifests.SingleError(
            WithData("\"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\", \"score\": \"y\"", Predictions),
            DiagnosticIds.ConflictingKeys, 3, 71);
        Assert.Contains("the label column", d.Message);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("boolean")]
    [InlineData("date")]
    public void PlannedColumnType_IsAIF2009_AtTheValue(string type)
    {
        Diagnostic d = TestManifests.SingleError(
            WithData($"\"train\": \"tr.csv\", \"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\", \"columns\": {{ \"Note\": \"{type}\" }}"),
            DiagnosticIds.NotSupportedYet, 3, 102);
        Assert.Equal($"data.columns.Note \"{type}\" is not supported yet: this release reads columns as numbers or categories only; use 'number' or 'category'", d.Message);
    }

    [Theory]
    [InlineData("numeric", "did you mean 'number'?")]
    [InlineData("Category", "did you mean 'category'?")]
    [InlineData("blob", "allowed values are 'number' and 'category'")]
    public void UnknownColumnType_IsAIF2010(string type, string advice)
    {
        Diagnostic d = TestManifests.SingleError(
            WithData($"\"train\": \"tr.csv\", \"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\", \"columns\": {{ \"Note\": \"{type}\" }}"),
            DiagnosticIds.InvalidValue, 3, 102);
        Assert.Contains(advice, d.Message);
    }

    [Fact]
    public void ColumnTypeNotAString_IsAIF2004()
    {
        TestManifests.SingleError(
            WithData("\"train\": \"tr.csv\", \"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\", \"columns\": { \"Note\": 1 }"),
            DiagnosticIds.WrongType, 3, 102);
    }

    [Fact]
    public void SensitiveLabel_IsAIF2013()
    {
        Diagnostic d = TestManifests.SingleError(
            WithData("\"train\": \"tr.csv\", \"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\", \"sensitive\": [\"Sex\", \"y\"]"),
            DiagnosticIds.ConflictingKeys, 3, 102);
        Assert.Contains("'y' is the label (data.label)", d.Message);
    }

    [Fact]
    public void MissingValues_AreRead_EmptyStringIncluded()
    {
        ModelManifest m = TestManifests.Valid(
            WithData("\"train\": \"tr.csv\", \"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\", \"missingValues\": [\"NA\", \"\"]"));
        Assert.Equal(new[] { "NA", "" }, m.Data.MissingValues);
    }

    [Fact]
    public void MissingValueNotAString_IsAIF2004_AtTheItem()
    {
        Diagnostic d = TestManifests.SingleError(
            WithData("\"train\": \"tr.csv\", \"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\", \"missingValues\": [\"NA\", -1]"),
            DiagnosticIds.WrongType, 3, 105);
        Assert.StartsWith("data.missingValues[1] must be a string", d.Message);
    }

    [Fact]
    public void EmptyTestPath_IsAIF2010()
    {
        TestManifests.SingleError(WithData("\"train\": \"tr.csv\", \"test\": \"\", \"label\": \"y\", \"positive\": \"1\""), DiagnosticIds.InvalidValue, 3, 40);
    }

    [Fact]
    public void PathThatCannotBeAPath_IsAIF2010()
    {
        Diagnostic d = TestManifests.SingleError(
            WithData("\"train\": \"tr.csv\", \"test\": \"te\\u0000.csv\", \"label\": \"y\", \"positive\": \"1\""),
            DiagnosticIds.InvalidValue, 3, 40);
        Assert.Contains("is not a valid path", d.Message);
    }

    [Fact]
    public void EmptyColumnName_IsAIF2010_AtTheName()
    {
        TestManifests.SingleError(
            WithData("\"train\": \"tr.csv\", \"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\", \"columns\": { \"\": \"number\" }"),
            DiagnosticIds.InvalidValue, 3, 94);
    }

    [Fact]
    public void AllowedRootsAsAString_IsAIF2004()
    {
        Diagnostic d = TestManifests.SingleError(
            WithData("\"train\": \"tr.csv\", \"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\", \"allowedRoots\": \"../shared\""),
            DiagnosticIds.WrongType, 3, 97);
        Assert.EndsWith("write [\"../shared\"] — a list, even of one", d.Message);
    }
}
