using AiFactory.Core.Fairness;
using AiFactory.Core.Reports;
using AiFactory.Core.Reports.ModelCard;
using AiFactory.Core.Results.Record;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;

namespace AiFactory.Core.Tests.Reports.ModelCard;

/// <summary>model-card.md from a small record whose figures are set by hand: the verdict, the figures as printed, the sections by tier.</summary>
public class ModelCardReportTests
{
    private const string Data = "\"data\": { \"train\": \"tr.csv\", \"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\" }";

    private static ModelManifest Manifest(string model)
    {
        ManifestReadResult read = ManifestReader.Read(
            Path.Combine(Path.GetTempPath(), "aif-card", "aifactory.json"), "{ \"model\": { " + model + " }, " + Data + " }", new ManifestReadOptions());
        Assert.Empty(read.Diagnostics);
        return read.Manifest!;
    }

    private static GateResultRecord Gate(string id, string metric, double value, double threshold, string comparison, string status, Interval? interval = null) => new()
    {
        Id = id, Kind = "metric", Metric = metric, Value = value, JudgedValue = value, Threshold = threshold, Comparison = comparison,
        Status = status, Interval = interval, Location = new LocationRecord { File = "aifactory.json", Line = 14, Column = 31 },
    };

    /// <summary>A record with auc 0.712 against a minimum 0.8 (short by 0.088) and accuracy 0.9 against 0.85, one grouping of two groups.</summary>
    private static RunRecord Record(bool aucPasses)
    {
        var tpr = new Interval(0.4, 0.6, 0.95, Interval.BiasCorrectedMethod, 1000, 0);
        return new RunRecord
        {
            PackageVersion = "0.1.0",
            ModelHash = "sha256:abc",
            Fingerprints = new FingerprintsRecord { Training = "t1", Evaluation = "e1" },
            TestRows = 6512,
            DecisionThreshold = 0.5,
            Data = new DataRecord
            {
                Train = new DataFileRecord { Path = "data/train.csv", Rows = 26049 },
                Test = new DataFileRecord { Path = "data/test.csv", Rows = 6512 },
            },
            Metrics = new[] { new NamedValue<double?>("auc", 0.712), new NamedValue<double?>("accuracy", 0.9), new NamedValue<double?>("logLoss", null) },
            Gates = new[]
            {
                Gate("metrics.auc.min", "auc", aucPasses ? 0.812 : 0.712, 0.8, ">=", aucPasses ? "passed" : "failed",
                    new Interval(0.69, 0.734, 0.95, Interval.DeLongMethod, null, null)),
                Gate("metrics.accuracy.min", "accuracy", 0.9, 0.85, ">=", "passed"),
            },
            Groups = new[]
            {
                new NamedValue<IReadOnlyList<NamedValue<GroupFiguresRecord>>>("sex", new[]
                {
                    new NamedValue<GroupFiguresRecord>("Female", new GroupFiguresRecord
                    {
                        N = 1200, Positives = 300,
                        Rates = new[] { new NamedValue<double?>("selectionRate", 0.25), new NamedValue<double?>("tpr", 0.5) },
                        Intervals = new[] { new NamedValue<Interval?>("selectionRate", null), new NamedValue<Interval?>("tpr", tpr) },
                    }),
                    new NamedValue<GroupFiguresRecord>("Male", new GroupFiguresRecord
                    {
                        N = 20, Positives = 0, Insufficient = "fewer than 30 rows",
                        Rates = new[] { new NamedValue<double?>("selectionRate", 0.1), new NamedValue<double?>("tpr", null) },
                    }),
                }),
            },
            Passed = aucPasses,
        };
    }

    private static string Render(RunRecord record, ModelManifest manifest) =>
        new ModelCardReport().Render(new ReportInput(record, manifest, Path.GetTempPath()));

    [Fact]
    public void ACostGate_PrintsWholeGroupedFigures_AsTheBuildMessageDoes()
    {
        RunRecord record = Record(aucPasses: true);
        GateResultRecord cost = Gate("business.maxCostPer1000", "costPer1000", 41250.4, 40000, "<=", "failed",
            new Interval(39800.2, 42700.9, 0.95, Interval.BiasCorrectedMethod, 1000, 0));
        cost.Kind = "business";
        record.Gates = new[] { cost };
        record.Passed = false;
        string card = Render(record, Manifest("\"name\": \"Credit\""));
        // 41,250.4 − 40,000 = 1,250.4, printed whole as the business messages print costs.
        Assert.Contains("| `business.maxCostPer1000` | 41,250 | [39,800, 42,701] (95%, bootstrap-bc) | ≤ 40,000 | **failed**: costPer1000 41,250 is above the maximum 40,000 by 1,250 |", card);
    }

    [Fact]
    public void AGateFailedOnItsInterval_NamesTheFigureItWasJudgedOn()
    {
        RunRecord record = Record(aucPasses: true);
        GateResultRecord auc = Gate("metrics.auc.min", "auc", 0.812, 0.8, ">=", "failed", new Interval(0.79, 0.834, 0.95, Interval.DeLongMethod, null, null));
        auc.JudgedValue = 0.79;
        record.Gates = new[] { auc };
        record.Passed = false;
        string card = Render(record, Manifest("\"name\": \"Credit\""));
        // Burden of proof: the lower bound 0.79 is judged, 0.01 below the minimum, while the estimate 0.812 passes.
        Assert.Contains("> - `metrics.auc.min`: auc 0.8120 (judged on its interval: 0.7900) is below the minimum 0.8 by 0.0100", card);
    }

    [Fact]
    public void AFailingModel_SaysSoAtTheTop_WithEachFailedGateAndItsShortfall()
    {
        string card = Render(Record(aucPasses: false), Manifest("\"name\": \"Loan\""));
        string[] lines = card.Split('\n');
        Assert.Equal("# Model card: Loan", lines[0]);
        Assert.Equal("> **This model failed governance:** 1 of 2 gates failed. It must not be used as it is.", lines[3]);
        Assert.Contains("> - `metrics.auc.min`: auc 0.7120 is below the minimum 0.8 by 0.0880 (set at aifactory.json(14,31))", card);
        Assert.True(card.IndexOf("failed governance", StringComparison.Ordinal) < card.IndexOf("## Model details", StringComparison.Ordinal));
    }

    [Fact]
    public void APassingModel_SaysItPassed()
    {
        string card = Render(Record(aucPasses: true), Manifest("\"name\": \"Loan\""));
        Assert.Contains("This model passed governance: all 2 gates passed or were waived in this build.", card);
        Assert.DoesNotContain("failed", card);
    }

    [Fact]
    public void TheFigures_AreTheRecordsAsPrinted()
    {
        string card = Render(Record(aucPasses: false), Manifest("\"name\": \"Loan\""));
        Assert.Contains("| `metrics.auc.min` | 0.7120 | [0.6900, 0.7340] (95%, delong) | ≥ 0.8 | **failed**: auc 0.7120 is below the minimum 0.8 by 0.0880 | aifactory.json(14,31) |", card);
        Assert.Contains("| `metrics.accuracy.min` | 0.9000 | — | ≥ 0.85 | passed | aifactory.json(14,31) |", card);
        Assert.Contains("On the test set (6,512 rows).", card);
        Assert.Contains("| auc | 0.7120 | [0.6900, 0.7340] (95%, delong) |", card);
        Assert.Contains("| logLoss | undefined | — |", card);
        Assert.Contains("### Groups by sex\n\n| group | n | positives | selectionRate | tpr |\n|---|---:|---:|---|---|\n", card);
        Assert.Contains("| Female | 1,200 | 300 | 0.2500 | 0.5000 [0.4000, 0.6000] |", card);
        Assert.Contains("| Male (insufficient) | 20 | 0 | 0.1000 | undefined |", card);
        Assert.Contains("Intervals: 95%, bootstrap-bc.", card);
        Assert.Contains("| train | `data/train.csv` | 26,049 | — | — |", card);
        Assert.Contains("- **Version:** model `sha256:abc`, evaluation `e1`, judged by AiFactory.Build 0.1.0", card);
    }

    [Fact]
    public void ALowTierCard_WithoutWords_HasNoEmptySection()
    {
        string card = Render(Record(aucPasses: true), Manifest("\"name\": \"Loan\""));
        Assert.Contains("- **Risk tier:** low (the default: model.riskTier is not written)", card);
        Assert.DoesNotContain("## Intended use", card);
        Assert.DoesNotContain("## Considerations", card);
        Assert.DoesNotContain("More Information Needed", card);
        string[] lines = card.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith('#')) continue;
            int next = Array.FindIndex(lines, i + 1, l => l.Length > 0);
            string level = lines[i].Split(' ')[0];
            Assert.True(next > 0 && (!lines[next].StartsWith('#') || lines[next].StartsWith(level + "#", StringComparison.Ordinal)),
                $"heading without content: {lines[i]}");
        }
    }

    [Fact]
    public void AHighTierCard_HasEveryHumanWrittenSection()
    {
        string card = Render(Record(aucPasses: true), Manifest(
            "\"name\": \"Loan\", \"riskTier\": \"high\", \"intendedUse\": \"Rank applications\", \"owners\": [\"credit-risk\"], \"card\": { " +
            "\"overview\": \"A scorer.\", \"users\": [\"Officers\"], \"useCases\": [\"Review order\"], \"outOfScope\": [\"Automatic rejection\"], " +
            "\"limitations\": [\"2020 data\"], \"tradeoffs\": [\"Recall over precision\"], \"ethicalConsiderations\": [\"Applicants harmed\"], " +
            "\"risks\": [{ \"risk\": \"Drift | shift\", \"mitigation\": \"Monthly gate\" }], \"license\": \"MIT\", \"references\": [\"https://example.org\"] }"));
        Assert.Contains("## Model details\n\nA scorer.\n\n- **Name:** Loan\n", card);
        Assert.Contains("- **Owners:** credit-risk\n- **Risk tier:** high\n", card);
        Assert.Contains("- **License:** MIT\n", card);
        Assert.Contains("### References\n\n- https://example.org\n", card);
        Assert.Contains("## Intended use\n\nRank applications\n\n### Users\n\n- Officers\n\n### Use cases\n\n- Review order\n\n### Out-of-scope uses\n\n- Automatic rejection\n", card);
        Assert.Contains("## Considerations\n\n### Limitations\n\n- 2020 data\n\n### Trade-offs\n\n- Recall over precision\n\n### Ethical considerations\n\n- Applicants harmed\n", card);
        Assert.Contains("| Drift \\| shift | Monthly gate |", card);
        Assert.True(card.IndexOf("## Quantitative analysis", StringComparison.Ordinal) < card.IndexOf("## Considerations", StringComparison.Ordinal));
    }

    [Fact]
    public void TheSameRecord_GivesTheSameText()
    {
        ModelManifest manifest = Manifest("\"name\": \"Loan\"");
        Assert.Equal(Render(Record(false), manifest), Render(Record(false), manifest));
        Assert.Contains(RunReports.All, r => r is ModelCardReport && r.FileName == "model-card.md");
    }
}
