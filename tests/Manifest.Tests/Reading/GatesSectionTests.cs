using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;
using AiFactory.Manifest.Tests.TestSupport;

namespace AiFactory.Manifest.Tests.Reading;

/// <summary>The gates section: metric names and bounds, baseline, business, and the gates not released yet.</summary>
public class GatesSectionTests
{
    private const string MlNetData = "\"train\": \"tr.csv\", \"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\"";
    private const string LabelOnlyData = "\"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\", \"prediction\": \"yhat\"";

    /// <summary>Line 4 is <c>  "gates": { GATES }</c>: the gates object's content starts at column 14.</summary>
    private static string WithGates(string gates, string data = MlNetData, string model = "\"name\": \"M\"", string? business = null) =>
        "{\n  \"model\": { " + model + " },\n  \"data\": { " + data + " },\n  \"gates\": { " + gates + " }" +
        (business == null ? "" : ",\n  \"business\": { " + business + " }") + "\n}";

    private static string LabelOnly(string gates) =>
        WithGates(gates, LabelOnlyData, "\"name\": \"M\", \"source\": \"predictions\"");

    [Theory]
    [InlineData("acuracy", "accuracy")]
    [InlineData("AUC", "auc")]
    [InlineData("log_loss", "logLoss")]
    [InlineData("f2", "f1")]
    [InlineData("Precission", "precision")]
    public void UnknownMetric_IsAIF2003_AtTheName_WithDidYouMean(string written, string meant)
    {
        Diagnostic d = TestManifests.SingleError(WithGates($"\"metrics\": {{ \"{written}\": {{ \"min\": 0.5 }} }}"), DiagnosticIds.UnknownMetric, 4, 27);
        Assert.Equal($"unknown metric '{written}' in gates.metrics; did you mean '{meant}'?", d.Message);
    }

    [Fact]
    public void UnknownMetricFarFromAny_ListsTheMetrics()
    {
        Diagnostic d = TestManifests.SingleError(WithGates("\"metrics\": { \"specificity\": { \"min\": 0.5 } }"), DiagnosticIds.UnknownMetric, 4, 27);
        Assert.EndsWith("valid metrics are 'auc', 'accuracy', 'f1', 'precision', 'recall', 'logLoss', 'brier' and 'ece'", d.Message);
    }

    [Fact]
    public void MetricEntryWithoutMinOrMax_IsAIF2006_AtTheEntry()
    {
        Diagnostic d = TestManifests.SingleError(WithGates("\"metrics\": { \"auc\": { } }"), DiagnosticIds.MissingKey, 4, 34);
        Assert.StartsWith("gates.metrics.auc sets no bound; add \"min\" or \"max\"", d.Message);
    }

    [Fact]
    public void MinAboveMax_IsAIF2013_AtTheMin()
    {
        Diagnostic d = TestManifests.SingleError(WithGates("\"metrics\": { \"f1\": { \"min\": 0.9, \"max\": 0.8 } }"), DiagnosticIds.ConflictingKeys, 4, 42);
        Assert.Equal("gates.metrics.f1 min 0.9 is above its max 0.8, so the gate can never pass; lower min or raise max", d.Message);
    }

    [Fact]
    public void MinEqualToMax_IsAllowed()
    {
        ModelManifest m = TestManifests.Valid(WithGates("\"metrics\": { \"f1\": { \"min\": 0.8, \"max\": 0.8 } }"));
        Assert.Equal(0.8, m.Gates.Metrics[0].Min!.Value);
    }

    [Theory]
    [InlineData("auc", "1.2", "between 0 and 1 (inclusive)")]
    [InlineData("recall", "-0.1", "between 0 and 1 (inclusive)")]
    [InlineData("logLoss", "-0.5", "0 or more")]
    public void BoundOutOfTheMetricsRange_IsAIF2005_AtTheNumber(string metric, string value, string range)
    {
        string gates = $"\"metrics\": {{ \"{metric}\": {{ \"max\": {value} }} }}";
        int column = 14 + gates.IndexOf(value, StringComparison.Ordinal);
        Diagnostic d = TestManifests.SingleError(WithGates(gates), DiagnosticIds.OutOfRange, 4, column);
        Assert.Equal($"gates.metrics.{metric}.max is {value}, but it must be {range}", d.Message);
    }

    [Fact]
    public void LogLossAboveOne_IsAllowed()
    {
        Assert.Equal(2.5, TestManifests.Valid(WithGates("\"metrics\": { \"logLoss\": { \"max\": 2.5 } }")).Gates.Metrics[0].Max!.Value);
    }

    [Fact]
    public void MetricEntryAsANumber_IsAIF2004_ShowingTheObjectForm()
    {
        Diagnostic d = TestManifests.SingleError(WithGates("\"metrics\": { \"auc\": 0.8 }"), DiagnosticIds.WrongType, 4, 34);
        Assert.Equal("gates.metrics.auc must be an object, but it is a number (0.8); write { \"min\": 0.8 } or { \"max\": 0.8 } (a minimum or a maximum, both inclusive)", d.Message);
    }

    [Fact]
    public void BaselineEntryAsANumber_IsAIF2004_ShowingTheObjectForm()
    {
        Diagnostic d = TestManifests.SingleError(
            WithGates("\"baseline\": { \"results\": \"b.json\", \"auc\": 0.01 }"), DiagnosticIds.WrongType, 4, 56);
        Assert.EndsWith("write { \"maxDrop\": 0.01 } or { \"minGain\": 0.01 } (the largest allowed drop or the smallest required gain)", d.Message);
    }

    [Fact]
    public void BoundAsAString_IsAIF2004()
    {
        Diagnostic d = TestManifests.SingleError(WithGates("\"metrics\": { \"auc\": { \"min\": \"0.8\" } }"), DiagnosticIds.WrongType, 4, 43);
        Assert.EndsWith("write 0.8 without quotes", d.Message);
    }

    [Theory]
    [InlineData("auc")]
    [InlineData("logLoss")]
    public void ScoreMetric_WithALabelOnlyFile_IsAIF2013_AtTheMetric(string metric)
    {
        Diagnostic d = TestManifests.SingleError(LabelOnly($"\"metrics\": {{ \"{metric}\": {{ \"max\": 0.9 }} }}"), DiagnosticIds.ConflictingKeys, 4, 27);
        Assert.StartsWith($"{metric} needs scores; a label-only predictions file has none", d.Message);
    }

    [Fact]
    public void LabelMetrics_WithALabelOnlyFile_AreAllowed()
    {
        ModelManifest m = TestManifests.Valid(LabelOnly("\"metrics\": { \"accuracy\": { \"min\": 0.7 }, \"recall\": { \"min\": 0.5 } }"));
        Assert.Equal(new[] { "accuracy", "recall" }, m.Gates.Metrics.Select(g => g.Metric));
    }

    [Fact]
    public void ScoreMetricInTheBaseline_WithALabelOnlyFile_IsAIF2013()
    {
        TestManifests.SingleError(
            LabelOnly("\"baseline\": { \"results\": \"b.json\", \"auc\": { \"maxDrop\": 0.01 } }"),
            DiagnosticIds.ConflictingKeys, 4, 49);
    }

    [Fact]
    public void BaselineWithoutResults_IsAIF2006_AtTheBaselineObject()
    {
        Diagnostic d = TestManifests.SingleError(WithGates("\"baseline\": { \"auc\": { \"maxDrop\": 0.01 } }"), DiagnosticIds.MissingKey, 4, 26);
        Assert.StartsWith("gates.baseline needs the key 'results'", d.Message);
    }

    [Fact]
    public void BaselineUnknownMetric_IsAIF2003()
    {
        Diagnostic d = TestManifests.SingleError(
            WithGates("\"baseline\": { \"results\": \"b.json\", \"acc\": { \"maxDrop\": 0.01 } }"), DiagnosticIds.UnknownMetric, 4, 49);
        Assert.StartsWith("unknown metric 'acc' in gates.baseline; did you mean", d.Message);
    }

    [Fact]
    public void BaselineMisspeltResults_IsAIF2002_SuggestingResults()
    {
        // "result" is a typo of the fixed key, not a metric: it must not say "unknown metric", and results is then missing.
        ManifestReadResult result = TestManifests.Read(WithGates("\"baseline\": { \"result\": \"b.json\" }"));
        Assert.Equal(new[] { "AIF2006 (4,26)", "AIF2002 (4,28)" }, result.Diagnostics.Select(d => $"{d.Code} ({d.Location!.Line},{d.Location.Column})"));
        Assert.Equal("unknown key 'result' in gates.baseline; did you mean 'results'?", result.Diagnostics[1].Message);
    }

    [Fact]
    public void BaselineEntryWithNeither_IsAIF2006()
    {
        Diagnostic d = TestManifests.SingleError(
            WithGates("\"baseline\": { \"results\": \"b.json\", \"auc\": {} }"), DiagnosticIds.MissingKey, 4, 56);
        Assert.StartsWith("gates.baseline.auc sets no comparison", d.Message);
    }

    [Fact]
    public void BaselineNegativeDrop_IsAIF2005()
    {
        TestManifests.SingleError(
            WithGates("\"baseline\": { \"results\": \"b.json\", \"auc\": { \"maxDrop\": -0.01 } }"), DiagnosticIds.OutOfRange, 4, 69);
    }

    [Fact]
    public void BaselineUnknownBoundKey_IsAIF2002()
    {
        Diagnostic d = TestManifests.SingleError(
            WithGates("\"baseline\": { \"results\": \"b.json\", \"auc\": { \"max\": 0.01 } }"), DiagnosticIds.UnknownKey, 4, 58);
        Assert.Contains("in gates.baseline.auc", d.Message);
    }

    [Fact]
    public void BusinessGateWithoutCosts_IsAIF2006_AtMaxCostPer1000()
    {
        Diagnostic d = TestManifests.SingleError(WithGates("\"business\": { \"maxCostPer1000\": 40000 }"), DiagnosticIds.MissingKey, 4, 28);
        Assert.StartsWith("gates.business.maxCostPer1000 needs business.costs", d.Message);
    }

    [Fact]
    public void BusinessGateWithCosts_IsReadWithItsPlace()
    {
        ModelManifest m = TestManifests.Valid(WithGates("\"business\": { \"maxCostPer1000\": 40000 }", business: "\"costs\": { \"falsePositive\": 5 }"));
        Assert.Equal(40000, m.Gates.MaxCostPer1000!.Value);
        Assert.Equal((4, 46), (m.Gates.MaxCostPer1000.Location.Line, m.Gates.MaxCostPer1000.Location.Column));
    }

    [Fact]
    public void BoundLocation_IsTheNumber_SoAGateErrorPointsAtIt()
    {
        // The shape of the line the build prints when the gate fails: file(line,col) of the number itself.
        ModelManifest m = TestManifests.Valid(WithGates("\"metrics\": { \"auc\": { \"min\": 0.80 } }"));
        Bound min = m.Gates.Metrics[0].Min!;
        Assert.Equal($"{TestManifests.ManifestPath}(4,43)", min.Location.ToString());
        Assert.Equal((4, 27), (m.Gates.Metrics[0].Location!.Line, m.Gates.Metrics[0].Location!.Column));
    }
}
