using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Tests.TestSupport;

namespace AiFactory.Manifest.Tests.Reading;

/// <summary>The model section: required name, task, source, threshold, seed, owners.</summary>
public class ModelSectionTests
{
    private const string Data = "\"data\": { \"train\": \"tr.csv\", \"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\" }";

    /// <summary>A manifest whose line 2 is <c>  "model": { MODEL },</c>: the model object's content starts at column 14.</summary>
    private static string WithModel(string model) => "{\n  \"model\": { " + model + " },\n  " + Data + "\n}";

    [Fact]
    public void MissingModel_IsAIF2006_AtTheTopLevelObject()
    {
        Diagnostic d = TestManifests.SingleError("{\n  " + Data + "\n}", DiagnosticIds.MissingKey, 1, 1);
        Assert.Equal("the top level needs the key 'model'; add it, e.g. \"model\": { \"name\": \"LoanApproval\" }", d.Message);
    }

    [Fact]
    public void MissingName_IsAIF2006_AtTheModelObject()
    {
        Diagnostic d = TestManifests.SingleError(WithModel("\"seed\": 1"), DiagnosticIds.MissingKey, 2, 12);
        Assert.Contains("model needs the key 'name'", d.Message);
    }

    [Fact]
    public void EmptyName_IsAIF2010_AtTheValue()
    {
        Diagnostic d = TestManifests.SingleError(WithModel("\"name\": \" \""), DiagnosticIds.InvalidValue, 2, 22);
        Assert.Equal("model.name is empty; give it a value", d.Message);
    }

    [Fact]
    public void NameNotAString_IsAIF2004_WithTheFix()
    {
        Diagnostic d = TestManifests.SingleError(WithModel("\"name\": 7"), DiagnosticIds.WrongType, 2, 22);
        Assert.Equal("model.name must be a non-empty string, but it is a number (7); write \"7\" in quotes", d.Message);
    }

    [Fact]
    public void ModelNotAnObject_IsAIF2004()
    {
        Diagnostic d = TestManifests.SingleError("{\n  \"model\": \"LoanApproval\",\n  " + Data + "\n}", DiagnosticIds.WrongType, 2, 12);
        Assert.Contains("model must be an object ({ ... }), but it is a string (\"LoanApproval\")", d.Message);
    }

    [Theory]
    [InlineData("regression")]
    [InlineData("multiclass-classification")]
    [InlineData("ranking")]
    public void PlannedTask_IsAIF2009_NotSupportedYet(string task)
    {
        Diagnostic d = TestManifests.SingleError(WithModel($"\"name\": \"M\", \"task\": \"{task}\""), DiagnosticIds.NotSupportedYet, 2, 35);
        Assert.Equal($"model.task \"{task}\" is not supported yet: this release governs binary classification only; use 'binary-classification'", d.Message);
    }

    [Fact]
    public void UnknownTask_IsAIF2010_WithDidYouMean()
    {
        Diagnostic d = TestManifests.SingleError(WithModel("\"name\": \"M\", \"task\": \"binary_classification\""), DiagnosticIds.InvalidValue, 2, 35);
        Assert.Equal("model.task \"binary_classification\" is not an allowed value; did you mean 'binary-classification'? (allowed: 'binary-classification')", d.Message);
    }

    [Fact]
    public void UnknownTaskFarFromAnyValue_ListsTheAllowedValues()
    {
        Diagnostic d = TestManifests.SingleError(WithModel("\"name\": \"M\", \"task\": \"clustering\""), DiagnosticIds.InvalidValue, 2, 35);
        Assert.EndsWith("allowed values are 'binary-classification'", d.Message);
    }

    [Fact]
    public void OnnxSource_IsAIF2009()
    {
        Diagnostic d = TestManifests.SingleError(WithModel("\"name\": \"M\", \"source\": \"onnx\""), DiagnosticIds.NotSupportedYet, 2, 37);
        Assert.Contains("model.source \"onnx\" is not supported yet", d.Message);
        Assert.Contains("\"source\": \"predictions\"", d.Message);
    }

    [Fact]
    public void SourceInTheWrongCase_IsAIF2010_SuggestingTheRightOne()
    {
        Diagnostic d = TestManifests.SingleError(WithModel("\"name\": \"M\", \"source\": \"MLNet\""), DiagnosticIds.InvalidValue, 2, 37);
        Assert.Contains("did you mean 'mlnet'?", d.Message);
    }

    [Fact]
    public void UnknownSource_IsAIF2010_ListingTheValues_AndNoModeErrorsFollow()
    {
        // With the source unknown, neither "train is required" nor "score only in predictions mode" may pile on.
        Diagnostic d = TestManifests.SingleError("""
            {
              "model": { "name": "M", "source": "csv" },
              "data": { "test": "te.csv", "label": "y", "positive": "1", "score": "p" }
            }
            """, DiagnosticIds.InvalidValue, 2, 37);
        Assert.EndsWith("allowed values are 'mlnet' and 'predictions'", d.Message);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    [InlineData("1e400")]
    public void ThresholdOutsideZeroToOne_IsAIF2005_AtTheNumber(string value)
    {
        Diagnostic d = TestManifests.SingleError(WithModel($"\"name\": \"M\", \"threshold\": {value}"), DiagnosticIds.OutOfRange, 2, 40);
        Assert.Equal($"model.threshold is {value}, but it must be between 0 and 1 (inclusive)", d.Message);
    }

    [Theory]
    [InlineData("0", 0.0)]
    [InlineData("1", 1.0)]
    public void ThresholdBounds_AreInclusive(string value, double expected)
    {
        ModelManifest m = TestManifests.Valid(WithModel($"\"name\": \"M\", \"threshold\": {value}"));
        Assert.Equal(expected, m.Model.Threshold);
    }

    [Fact]
    public void ThresholdAsAString_IsAIF2004_SayingToDropTheQuotes()
    {
        Diagnostic d = TestManifests.SingleError(WithModel("\"name\": \"M\", \"threshold\": \"0.5\""), DiagnosticIds.WrongType, 2, 40);
        Assert.Equal("model.threshold must be a number, but it is a string (\"0.5\"); write 0.5 without quotes", d.Message);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("3000000000")]
    public void SeedOutOfRange_IsAIF2005(string value)
    {
        Diagnostic d = TestManifests.SingleError(WithModel($"\"name\": \"M\", \"seed\": {value}"), DiagnosticIds.OutOfRange, 2, 35);
        Assert.Contains("must be an integer from 0 to 2147483647", d.Message);
    }

    [Fact]
    public void SeedWithAFraction_IsAIF2004()
    {
        Diagnostic d = TestManifests.SingleError(WithModel("\"name\": \"M\", \"seed\": 4.5"), DiagnosticIds.WrongType, 2, 35);
        Assert.Equal("model.seed must be an integer, but it is a number (4.5); write a whole number such as 4", d.Message);
    }

    [Fact]
    public void SeedInExponentForm_IsAnInteger()
    {
        Assert.Equal(1000, TestManifests.Valid(WithModel("\"name\": \"M\", \"seed\": 1e3")).Model.Seed);
    }

    [Fact]
    public void OwnersAsAString_IsAIF2004_SayingToWriteAList()
    {
        Diagnostic d = TestManifests.SingleError(WithModel("\"name\": \"M\", \"owners\": \"risk\""), DiagnosticIds.WrongType, 2, 37);
        Assert.Equal("model.owners must be an array of strings, but it is a string (\"risk\"); write [\"risk\"] — a list, even of one", d.Message);
    }

    [Fact]
    public void OwnerNotAString_IsAIF2004_AtTheItem()
    {
        Diagnostic d = TestManifests.SingleError(WithModel("\"name\": \"M\", \"owners\": [\"risk\", 3]"), DiagnosticIds.WrongType, 2, 46);
        Assert.StartsWith("model.owners[1] must be a non-empty string", d.Message);
    }

    [Fact]
    public void IntendedUseNull_IsAIF2004_SayingToRemoveIt()
    {
        Diagnostic d = TestManifests.SingleError(WithModel("\"name\": \"M\", \"intendedUse\": null"), DiagnosticIds.WrongType, 2, 42);
        Assert.Equal("model.intendedUse must be a non-empty string, but it is null; remove the key to use its default, or give it a value", d.Message);
    }
}
