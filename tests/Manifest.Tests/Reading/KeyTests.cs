using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Tests.TestSupport;

namespace AiFactory.Manifest.Tests.Reading;

/// <summary>AIF2002 unknown keys (with suggestions) and AIF2012 duplicate keys, at every level.</summary>
public class KeyTests
{
    [Fact]
    public void UnknownTopLevelKey_IsAIF2002_AtTheKey_ListingTheValidKeys()
    {
        Diagnostic d = TestManifests.SingleError("""
            {
              "model": { "name": "M" },
              "data": { "train": "tr.csv", "test": "te.csv", "label": "y", "positive": "1" },
              "monitoring": {}
            }
            """, DiagnosticIds.UnknownKey, 4, 3);

        Assert.Equal(
            "unknown key 'monitoring' at the top level; the keys of the top level are '$schema', 'model', 'business', 'data' and 'gates'",
            d.Message);
    }

    [Fact]
    public void MisspeltKey_SuggestsTheNearestValidKey()
    {
        Diagnostic d = TestManifests.SingleError("""
            {
              "model": { "name": "M", "treshold": 0.7 },
              "data": { "train": "tr.csv", "test": "te.csv", "label": "y", "positive": "1" }
            }
            """, DiagnosticIds.UnknownKey, 2, 27);

        Assert.Equal("unknown key 'treshold' in model; did you mean 'threshold'?", d.Message);
    }

    [Fact]
    public void KeyInTheWrongCase_SuggestsTheRightCase()
    {
        Diagnostic d = TestManifests.SingleError("""
            {
              "model": { "name": "M", "IntendedUse": "x" },
              "data": { "train": "tr.csv", "test": "te.csv", "label": "y", "positive": "1" }
            }
            """, DiagnosticIds.UnknownKey, 2, 27);

        Assert.Contains("did you mean 'intendedUse'?", d.Message);
    }

    [Fact]
    public void KeyAtTheWrongLevel_SaysWhereItBelongs()
    {
        Diagnostic d = TestManifests.SingleError("""
            {
              "model": { "name": "M" },
              "data": { "train": "tr.csv", "test": "te.csv", "label": "y", "positive": "1", "threshold": 0.3 }
            }
            """, DiagnosticIds.UnknownKey, 3, 81);

        Assert.Equal("unknown key 'threshold' in data; 'threshold' belongs in model", d.Message);
    }

    [Fact]
    public void UnknownKeyInsideCosts_IsAIF2002_WithSuggestion()
    {
        Diagnostic d = TestManifests.SingleError("""
            {
              "model": { "name": "M" },
              "business": { "costs": { "falsePositives": 5 } },
              "data": { "train": "tr.csv", "test": "te.csv", "label": "y", "positive": "1" }
            }
            """, DiagnosticIds.UnknownKey, 3, 28);

        Assert.Contains("in business.costs; did you mean 'falsePositive'?", d.Message);
    }

    [Fact]
    public void UnknownKeyInsideAMetricEntry_IsAIF2002_WithSuggestion()
    {
        Diagnostic d = TestManifests.SingleError("""
            {
              "model": { "name": "M" },
              "data": { "train": "tr.csv", "test": "te.csv", "label": "y", "positive": "1" },
              "gates": { "metrics": { "auc": { "minimum": 0.8, "max": 1 } } }
            }
            """, DiagnosticIds.UnknownKey, 4, 36);

        Assert.Equal("unknown key 'minimum' in gates.metrics.auc; did you mean 'min'?", d.Message);
    }

    [Fact]
    public void UnknownGateKind_IsAIF2002()
    {
        Diagnostic d = TestManifests.SingleError("""
            {
              "model": { "name": "M" },
              "data": { "train": "tr.csv", "test": "te.csv", "label": "y", "positive": "1" },
              "gates": { "metric": {} }
            }
            """, DiagnosticIds.UnknownKey, 4, 14);

        Assert.Contains("did you mean 'metrics'?", d.Message);
    }

    [Fact]
    public void DuplicateKey_IsAIF2012_AtTheSecondOccurrence_NamingTheFirstLine()
    {
        Diagnostic d = TestManifests.SingleError("""
            {
              "model": {
                "name": "M",
                "threshold": 0.5,
                "threshold": 0.9
              },
              "data": { "train": "tr.csv", "test": "te.csv", "label": "y", "positive": "1" }
            }
            """, DiagnosticIds.DuplicateKey, 5, 5);

        Assert.Equal("'threshold' is set twice in model (first on line 4); remove one of them", d.Message);
    }

    [Fact]
    public void DuplicateSection_IsAIF2012()
    {
        TestManifests.SingleError("""
            {
              "model": { "name": "M" },
              "data": { "train": "tr.csv", "test": "te.csv", "label": "y", "positive": "1" },
              "model": { "name": "N" }
            }
            """, DiagnosticIds.DuplicateKey, 4, 3);
    }

    [Fact]
    public void DuplicateMetric_IsAIF2012()
    {
        Diagnostic d = TestManifests.SingleError("""
            {
              "model": { "name": "M" },
              "data": { "train": "tr.csv", "test": "te.csv", "label": "y", "positive": "1" },
              "gates": { "metrics": { "auc": { "min": 0.8 }, "auc": { "min": 0.7 } } }
            }
            """, DiagnosticIds.DuplicateKey, 4, 50);

        Assert.Contains("in gates.metrics", d.Message);
    }

    [Fact]
    public void DuplicateColumn_IsAIF2012()
    {
        TestManifests.SingleError("""
            {
              "model": { "name": "M" },
              "data": { "train": "tr.csv", "test": "te.csv", "label": "y", "positive": "1",
                        "columns": { "Age": "number", "Age": "category" } }
            }
            """, DiagnosticIds.DuplicateKey, 4, 43);
    }

    [Fact]
    public void DuplicateSensitiveAttribute_IsAIF2012_AtTheSecondEntry()
    {
        Diagnostic d = TestManifests.SingleError("""
            {
              "model": { "name": "M" },
              "data": { "train": "tr.csv", "test": "te.csv", "label": "y", "positive": "1",
                        "sensitive": ["Sex", "Race", "Sex"] }
            }
            """, DiagnosticIds.DuplicateKey, 4, 42);

        Assert.Contains("'Sex' is listed twice in data.sensitive", d.Message);
    }
}
