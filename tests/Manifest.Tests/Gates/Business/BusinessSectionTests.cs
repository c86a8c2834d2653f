using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Tests.TestSupport;

namespace AiFactory.Manifest.Tests.Gates.Business;

/// <summary>The business section: KPI and cost matrix.</summary>
public class BusinessSectionTests
{
    /// <summary>Line 3 is <c>  "business": { BUSINESS },</c>: the business object's content starts at column 17.</summary>
    private static string WithBusiness(string business) =>
        "{\n  \"model\": { \"name\": \"M\" },\n  \"business\": { " + business + " },\n" +
        "  \"data\": { \"train\": \"tr.csv\", \"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\" }\n}";

    [Fact]
    public void CostNotANumber_IsAIF2004_AtTheValue()
    {
        Diagnostic d = TestManifests.SingleError(WithBusiness("\"costs\": { \"falsePositive\": \"500\" }"), DiagnosticIds.WrongType, 3, 45);
        Assert.Equal("business.costs.falsePositive must be a number, but it is a string (\"500\"); write 500 without quotes", d.Message);
    }

    [Fact]
    public void InfiniteCost_IsAIF2005()
    {
        Diagnostic d = TestManifests.SingleError(WithBusiness("\"costs\": { \"falseNegative\": 1e999 }"), DiagnosticIds.OutOfRange, 3, 45);
        Assert.EndsWith("must be a finite number", d.Message);
    }

    [Fact]
    public void CostsNotAnObject_IsAIF2004()
    {
        TestManifests.SingleError(WithBusiness("\"costs\": [500, 120]"), DiagnosticIds.WrongType, 3, 26);
    }

    [Fact]
    public void KpiNotAString_IsAIF2004()
    {
        TestManifests.SingleError(WithBusiness("\"kpi\": 40000"), DiagnosticIds.WrongType, 3, 24);
    }

    [Fact]
    public void UnknownBusinessKey_IsAIF2002_WithSuggestion()
    {
        Diagnostic d = TestManifests.SingleError(WithBusiness("\"cost\": { }"), DiagnosticIds.UnknownKey, 3, 17);
        Assert.Contains("did you mean 'costs'?", d.Message);
    }
}
