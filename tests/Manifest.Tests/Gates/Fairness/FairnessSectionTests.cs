using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;
using AiFactory.Manifest.Tests.TestSupport;

namespace AiFactory.Manifest.Tests.Gates.Fairness;

/// <summary>gates.fairness: disparity gates and their bounds, everyGroup, settings and their defaults, reference groups, and data.bins.</summary>
public class FairnessSectionTests
{
    private const string Data = "\"train\": \"tr.csv\", \"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\", \"sensitive\": [\"sex\", \"race\"]";

    /// <summary>Line 4 is <c>  "gates": { "fairness": { FAIRNESS } }</c>: the fairness object's content starts at column 28.</summary>
    private static string WithFairness(string fairness, string data = Data, string model = "\"name\": \"M\"") =>
        "{\n  \"model\": { " + model + " },\n  \"data\": { " + data + " },\n  \"gates\": { \"fairness\": { " + fairness + " } }\n}";

    private static int Column(string fairness, string text) => 28 + fairness.IndexOf(text, StringComparison.Ordinal);

    [Fact]
    public void FullSection_IsRead_WithEveryValueAndPlace()
    {
        string fairness = "\"demographicParityRatio\": { \"min\": 0.80 }, \"equalizedOddsDifference\": { \"max\": 0.1, \"judging\": \"burdenOfProof\", \"relativeTo\": \"overall\" }, " +
                          "\"disparateImpact\": { \"min\": 0.8, \"max\": 1.25, \"referenceGroup\": { \"sex\": \"Male\", \"race\": \"White\" } }, " +
                          "\"everyGroup\": { \"auc\": { \"min\": 0.7 }, \"fpr\": { \"max\": 0.2, \"judging\": \"pointEstimate\" } }, " +
                          "\"intersections\": true, \"minGroupSize\": 50, \"minClassSize\": 5, \"confidence\": 0.9, \"resamples\": 2000, \"seed\": 7, " +
                          "\"judging\": \"pointEstimate\", \"relativeTo\": \"overall\", \"onInsufficientData\": \"warn\"";
        FairnessGates f = TestManifests.Valid(WithFairness(fairness)).Gates.Fairness!;

        Assert.Equal(new[] { "demographicParityRatio", "equalizedOddsDifference", "disparateImpact" }, f.Disparities.Select(g => g.Metric));
        FairnessGate dpr = f.Disparities[0];
        Assert.Equal(0.80, dpr.Min!.Value);
        Assert.Equal("0.80", dpr.Min.Text);
        Assert.Equal((4, Column(fairness, "0.80")), (dpr.Min.Location.Line, dpr.Min.Location.Column));
        Assert.Null(dpr.Max);
        Assert.Null(dpr.Judging);
        Assert.Equal(JudgingMode.BurdenOfProof, f.Disparities[1].Judging);
        Assert.Equal(FairnessReference.Overall, f.Disparities[1].RelativeTo);
        FairnessGate di = f.Disparities[2];
        Assert.Equal((0.8, 1.25), (di.Min!.Value, di.Max!.Value));
        Assert.Equal("Male", di.ReferenceGroups["sex"]);
        Assert.Equal("White", di.ReferenceGroups["race"]);
        Assert.Equal(new[] { "auc", "fpr" }, f.EveryGroup.Select(g => g.Metric));
        Assert.Equal(0.7, f.EveryGroup[0].Min!.Value);
        Assert.Equal(JudgingMode.PointEstimate, f.EveryGroup[1].Judging);
        Assert.True(f.Intersections);
        Assert.Equal((50, 5, 0.9, 2000, 7), (f.MinGroupSize, f.MinClassSize, f.Confidence, f.Resamples, f.Seed));
        Assert.Equal(JudgingMode.PointEstimate, f.Judging);
        Assert.Equal(FairnessReference.Overall, f.RelativeTo);
        Assert.Equal(InsufficientDataAction.Warn, f.OnInsufficientData);
    }

    [Fact]
    public void Defaults_AreTheDocumentedOnes()
    {
        FairnessGates f = TestManifests.Valid(WithFairness("\"demographicParityRatio\": { \"min\": 0.8 }")).Gates.Fairness!;

        Assert.False(f.Intersections);
        Assert.Equal(30, f.MinGroupSize);
        Assert.Equal(10, f.MinClassSize);
        Assert.Equal(0.95, f.Confidence);
        Assert.Equal(1000, f.Resamples);
        Assert.Null(f.Seed);
        Assert.Equal(JudgingMode.BenefitOfTheDoubt, f.Judging);
        Assert.Equal(FairnessReference.BetweenGroups, f.RelativeTo);
        Assert.Equal(InsufficientDataAction.Fail, f.OnInsufficientData);
    }

    [Fact]
    public void NoFairnessSection_IsNull()
    {
        Assert.Null(TestManifests.Valid(WithFairness("").Replace(", \"gates\": { \"fairness\": {  } }", "")
            .Replace("\"gates\": { \"fairness\": {  } }", "\"gates\": { }")).Gates.Fairness);
    }

    [Theory]
    [InlineData("demographicParityRatio", "max", "min")]
    [InlineData("equalizedOddsRatio", "max", "min")]
    [InlineData("demographicParityDifference", "min", "max")]
    [InlineData("equalOpportunityDifference", "min", "max")]
    public void WrongBoundForTheKindOfDisparity_IsAIF2002_SuggestingTheRightOne(string metric, string written, string meant)
    {
        string fairness = $"\"{metric}\": {{ \"{written}\": 0.8 }}";
        Diagnostic d = TestManifests.SingleError(WithFairness(fairness), DiagnosticIds.UnknownKey, 4, Column(fairness, $"\"{written}\""));
        Assert.StartsWith($"unknown key '{written}' in gates.fairness.{metric}; ", d.Message);
        Assert.Contains($"'{meant}'", d.Message);
    }

    [Fact]
    public void MisspeltDisparity_IsAIF2002_WithDidYouMean()
    {
        string fairness = "\"demographicParityRatoi\": { \"min\": 0.8 }";
        Diagnostic d = TestManifests.SingleError(WithFairness(fairness), DiagnosticIds.UnknownKey, 4, 28);
        Assert.Equal("unknown key 'demographicParityRatoi' in gates.fairness; did you mean 'demographicParityRatio'?", d.Message);
    }

    [Fact]
    public void BareNumber_IsAIF2004_WithTheObjectForm()
    {
        string fairness = "\"demographicParityRatio\": 0.8";
        Diagnostic d = TestManifests.SingleError(WithFairness(fairness), DiagnosticIds.WrongType, 4, Column(fairness, "0.8"));
        Assert.Equal("gates.fairness.demographicParityRatio must be an object, but it is a number (0.8); write { \"min\": 0.8 }", d.Message);
    }

    [Fact]
    public void EntryWithoutBound_IsAIF2006_AtTheEntry()
    {
        string fairness = "\"equalizedOddsDifference\": { \"judging\": \"pointEstimate\" }";
        Diagnostic d = TestManifests.SingleError(WithFairness(fairness), DiagnosticIds.MissingKey, 4, Column(fairness, "{ \"judging\""));
        Assert.StartsWith("gates.fairness.equalizedOddsDifference sets no bound; add \"max\"", d.Message);
    }

    [Theory]
    [InlineData("\"demographicParityRatio\": { \"min\": 1.2 }", "1.2", "gates.fairness.demographicParityRatio.min is 1.2, but it must be between 0 and 1 (inclusive)")]
    [InlineData("\"minGroupSize\": 0", "0", "gates.fairness.minGroupSize is 0, but it must be an integer from 1 to 2147483647")]
    [InlineData("\"confidence\": 0.3", "0.3", "gates.fairness.confidence is 0.3, but it must be between 0.5 and 0.999 (inclusive)")]
    [InlineData("\"resamples\": 50", "50", "gates.fairness.resamples is 50, but it must be an integer from 100 to 1000000")]
    public void OutOfRange_IsAIF2005_AtTheNumber(string fairness, string value, string message)
    {
        Diagnostic d = TestManifests.SingleError(WithFairness(fairness), DiagnosticIds.OutOfRange, 4, Column(fairness, value));
        Assert.Equal(message, d.Message);
    }

    [Fact]
    public void DisparateImpactMayExceedOne_ForItsMaximum()
    {
        FairnessGates f = TestManifests.Valid(WithFairness("\"disparateImpact\": { \"max\": 1.25, \"referenceGroup\": { \"sex\": \"M\", \"race\": \"W\" } }")).Gates.Fairness!;
        Assert.Equal(1.25, f.Disparities[0].Max!.Value);
    }

    [Fact]
    public void FractionalMinGroupSize_IsAIF2004()
    {
        string fairness = "\"minGroupSize\": 12.5";
        Diagnostic d = TestManifests.SingleError(WithFairness(fairness), DiagnosticIds.WrongType, 4, Column(fairness, "12.5"));
        Assert.Contains("write a whole number such as 12", d.Message);
    }

    [Theory]
    [InlineData("\"judging\": \"benefitOfDoubt\"", "benefitOfDoubt", "did you mean 'benefitOfTheDoubt'?")]
    [InlineData("\"relativeTo\": \"overal\"", "overal", "did you mean 'overall'?")]
    [InlineData("\"onInsufficientData\": \"warning\"", "warning", "did you mean 'warn'?")]
    public void UnknownSettingValue_IsAIF2010_WithSuggestion(string fairness, string value, string advice)
    {
        Diagnostic d = TestManifests.SingleError(WithFairness(fairness), DiagnosticIds.InvalidValue, 4, Column(fairness, "\"" + value));
        Assert.Contains(advice, d.Message);
    }

    [Fact]
    public void IntersectionsNotABoolean_IsAIF2004()
    {
        string fairness = "\"intersections\": \"yes\"";
        Diagnostic d = TestManifests.SingleError(WithFairness(fairness), DiagnosticIds.WrongType, 4, Column(fairness, "\"yes\""));
        Assert.StartsWith("gates.fairness.intersections must be true or false", d.Message);
    }

    [Fact]
    public void IntersectionsWithOneAttribute_IsAIF2013()
    {
        string data = "\"train\": \"tr.csv\", \"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\", \"sensitive\": [\"sex\"]";
        string fairness = "\"intersections\": true";
        Diagnostic d = TestManifests.SingleError(WithFairness(fairness, data), DiagnosticIds.ConflictingKeys, 4, Column(fairness, "true"));
        Assert.Contains("names only 'sex'", d.Message);
    }

    [Fact]
    public void MinClassSizeAboveMinGroupSize_IsAIF2013_AtMinClassSize()
    {
        string fairness = "\"minGroupSize\": 20, \"minClassSize\": 25";
        Diagnostic d = TestManifests.SingleError(WithFairness(fairness), DiagnosticIds.ConflictingKeys, 4, Column(fairness, "25"));
        Assert.StartsWith("gates.fairness.minClassSize 25 is above minGroupSize 20", d.Message);
    }

    [Fact]
    public void GatesWithoutSensitiveAttributes_IsAIF2006_AtTheFairnessKey()
    {
        string data = "\"train\": \"tr.csv\", \"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\"";
        Diagnostic d = TestManifests.SingleError(WithFairness("\"demographicParityRatio\": { \"min\": 0.8 }", data), DiagnosticIds.MissingKey, 4, 14);
        Assert.Contains("data.sensitive names no sensitive attribute", d.Message);
        Assert.Contains("\"sensitive\": [\"sex\"]", d.Message);
    }

    [Fact]
    public void DisparateImpactWithoutReference_IsAIF2006_NamingTheAttributes()
    {
        string fairness = "\"disparateImpact\": { \"min\": 0.8 }";
        Diagnostic d = TestManifests.SingleError(WithFairness(fairness), DiagnosticIds.MissingKey, 4, Column(fairness, "{ \"min\""));
        Assert.Contains("\"referenceGroup\": { \"sex\": \"...\", \"race\": \"...\" }", d.Message);
    }

    [Fact]
    public void ReferenceForAnUnknownAttribute_IsAIF2010_WithDidYouMean()
    {
        string fairness = "\"disparateImpact\": { \"min\": 0.8, \"referenceGroup\": { \"Sex\": \"Male\", \"race\": \"White\" } }";
        Diagnostic d = TestManifests.SingleError(WithFairness(fairness), DiagnosticIds.InvalidValue, 4, Column(fairness, "\"Sex\""));
        Assert.Equal("'Sex' in gates.fairness.disparateImpact.referenceGroup is not a sensitive attribute; did you mean 'sex'?", d.Message);
    }

    [Fact]
    public void ReferenceMissingForAnAttribute_IsAIF2006_AtTheObject()
    {
        string fairness = "\"disparateImpact\": { \"min\": 0.8, \"referenceGroup\": { \"sex\": \"Male\" } }";
        Diagnostic d = TestManifests.SingleError(WithFairness(fairness), DiagnosticIds.MissingKey, 4, Column(fairness, "{ \"sex\""));
        Assert.StartsWith("gates.fairness.disparateImpact.referenceGroup names no reference group for the sensitive attribute 'race'", d.Message);
    }

    [Fact]
    public void ReferenceAsAString_WorksWithOneAttribute_AndIsAIF2004WithSeveral()
    {
        string one = "\"train\": \"tr.csv\", \"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\", \"sensitive\": [\"sex\"]";
        FairnessGates f = TestManifests.Valid(WithFairness("\"disparateImpact\": { \"min\": 0.8, \"referenceGroup\": \"Male\" }", one)).Gates.Fairness!;
        Assert.Equal("Male", f.Disparities[0].ReferenceGroups["sex"]);

        string fairness = "\"disparateImpact\": { \"min\": 0.8, \"referenceGroup\": \"Male\" }";
        Diagnostic d = TestManifests.SingleError(WithFairness(fairness), DiagnosticIds.WrongType, 4, Column(fairness, "\"Male\""));
        Assert.Contains("write \"referenceGroup\": { \"sex\": \"...\", \"race\": \"...\" }", d.Message);
    }

    [Fact]
    public void UnknownPerGroupMetric_IsAIF2003_WithDidYouMean()
    {
        string fairness = "\"everyGroup\": { \"tpr\": { \"min\": 0.5 }, \"fprate\": { \"max\": 0.2 } }";
        Diagnostic d = TestManifests.SingleError(WithFairness(fairness), DiagnosticIds.UnknownMetric, 4, Column(fairness, "\"fprate\""));
        Assert.Equal("unknown metric 'fprate' in gates.fairness.everyGroup; did you mean 'fpr'?", d.Message);
    }

    [Fact]
    public void PerGroupAuc_WithLabelOnlyPredictions_IsAIF2013()
    {
        string data = "\"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\", \"prediction\": \"yhat\", \"sensitive\": [\"sex\"]";
        string fairness = "\"everyGroup\": { \"auc\": { \"min\": 0.7 } }";
        Diagnostic d = TestManifests.SingleError(WithFairness(fairness, data, "\"name\": \"M\", \"source\": \"predictions\""), DiagnosticIds.ConflictingKeys, 4, Column(fairness, "\"auc\""));
        Assert.StartsWith("auc needs scores; a label-only predictions file has none", d.Message);
    }

    [Fact]
    public void PerGroupMinAboveMax_IsAIF2013()
    {
        string fairness = "\"everyGroup\": { \"accuracy\": { \"min\": 0.9, \"max\": 0.8 } }";
        Diagnostic d = TestManifests.SingleError(WithFairness(fairness), DiagnosticIds.ConflictingKeys, 4, Column(fairness, "0.9"));
        Assert.Equal("gates.fairness.everyGroup.accuracy min 0.9 is above its max 0.8, so the gate can never pass; lower min or raise max", d.Message);
    }

    [Fact]
    public void FairnessSettingInTheWrongSection_IsToldWhereItBelongs()
    {
        string text = "{\n  \"model\": { \"name\": \"M\", \"minGroupSize\": 30 },\n  \"data\": { " + Data + " }\n}";
        Diagnostic d = TestManifests.SingleError(text, DiagnosticIds.UnknownKey, 2, 27);
        Assert.Equal("unknown key 'minGroupSize' in model; 'minGroupSize' belongs in gates.fairness", d.Message);
    }

    private static string WithBins(string bins, string sensitive = "[\"sex\", \"age\"]", string columns = "") =>
        "{\n  \"model\": { \"name\": \"M\" },\n  \"data\": { \"train\": \"tr.csv\", \"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\", " +
        columns + "\"sensitive\": " + sensitive + ", \"bins\": " + bins + " }\n}";

    [Fact]
    public void Bins_AreRead_InOrder_WithTheirPlace()
    {
        DataSection data = TestManifests.Valid(WithBins("{ \"age\": [25, 45.5, 65] }")).Data;
        SensitiveBins bins = Assert.Single(data.Bins);
        Assert.Equal("age", bins.Column);
        Assert.Equal(new[] { 25, 45.5, 65 }, bins.Edges);
        Assert.Equal(3, bins.Location.Line);
    }

    [Fact]
    public void BinsNotIncreasing_IsAIF2010_AtTheOffendingNumber()
    {
        string text = WithBins("{ \"age\": [25, 65, 45] }");
        Diagnostic d = TestManifests.SingleError(text, DiagnosticIds.InvalidValue, 3, text.Split('\n')[2].IndexOf("45]", StringComparison.Ordinal) + 1);
        Assert.Equal("data.bins.age must be strictly increasing, but 45 follows 65; write each cut point once, smallest first", d.Message);
    }

    [Fact]
    public void BinsOfANonSensitiveColumn_IsAIF2013()
    {
        string text = WithBins("{ \"income\": [1000] }");
        Diagnostic d = TestManifests.SingleError(text, DiagnosticIds.ConflictingKeys, 3, text.Split('\n')[2].IndexOf("\"income\"", StringComparison.Ordinal) + 1);
        Assert.StartsWith("data.bins.income: 'income' is not in data.sensitive", d.Message);
    }

    [Fact]
    public void BinsOfACategoryColumn_IsAIF2013()
    {
        string text = WithBins("{ \"age\": [30] }", columns: "\"columns\": { \"age\": \"category\" }, ");
        Diagnostic d = TestManifests.SingleError(text, DiagnosticIds.ConflictingKeys, 3, text.Split('\n')[2].IndexOf("\"age\": [30]", StringComparison.Ordinal) + 1);
        Assert.Contains("data.columns declares it \"category\"", d.Message);
    }

    [Theory]
    [InlineData("{ \"age\": [] }")]
    [InlineData("{ \"age\": 30 }")]
    public void EmptyOrScalarBins_AreAIF2004(string bins)
    {
        ManifestReadResult result = TestManifests.Read(WithBins(bins));
        Assert.Equal(DiagnosticIds.WrongType, Assert.Single(result.Diagnostics).Code);
        Assert.Contains("a non-empty array of numbers", result.Diagnostics[0].Message);
    }
}
