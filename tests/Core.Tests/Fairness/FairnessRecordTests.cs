using AiFactory.Core.Evaluation;
using AiFactory.Core.Fairness;
using AiFactory.Core.Tests.IO;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.Fairness;

/// <summary>
/// The evaluation's group counts and the uncertainty record read back bit for bit; stale records are refused; the
/// uncertainty fingerprint moves with what changes an interval and with nothing else.
/// </summary>
public class FairnessRecordTests
{
    private static EvaluationRecord Evaluation()
    {
        var random = new Random(8);
        int rows = 500;
        string[] groups = Enumerable.Range(0, rows).Select(_ => random.Next(3) switch { 0 => "A", 1 => "B", _ => "C" }).ToArray();
        bool[] labels = Enumerable.Range(0, rows).Select(_ => random.NextDouble() < 0.4).ToArray();
        double[] scores = labels.Select(l => Math.Clamp((l ? 0.6 : 0.4) + 0.5 * (random.NextDouble() - 0.5), 0, 1)).ToArray();
        return FairnessFixtures.Evaluation("group", groups, labels, GroupedEvaluation.Predict(scores, 0.5), scores);
    }

    [Fact]
    public void Evaluation_groups_read_back_bit_for_bit()
    {
        using var temp = new TempFolder();
        EvaluationRecord written = Evaluation();
        written.WriteTo(temp.File("evaluation.json"));
        EvaluationRecord read = EvaluationRecord.ReadFrom(temp.File("evaluation.json"));

        GroupCounts[] a = written.Groups!.Groupings[0].Groups.ToArray(), b = read.Groups!.Groupings[0].Groups.ToArray();
        Assert.Equal(a.Select(g => g.Name), b.Select(g => g.Name));
        for (int i = 0; i < a.Length; i++)
        {
            Assert.Equal(a[i].Confusion.ToString(), b[i].Confusion.ToString());
            Assert.Equal(BitConverter.DoubleToInt64Bits(a[i].Auc!.Value), BitConverter.DoubleToInt64Bits(b[i].Auc!.Value));
            Assert.Equal(BitConverter.DoubleToInt64Bits(a[i].AucVariance!.Value), BitConverter.DoubleToInt64Bits(b[i].AucVariance!.Value));
        }

        Assert.Equal(BitConverter.DoubleToInt64Bits(written.Groups.OverallAucVariance!.Value), BitConverter.DoubleToInt64Bits(read.Groups.OverallAucVariance!.Value));
        Assert.Equal(written.ToJson(), read.ToJson());
    }

    [Fact]
    public void An_evaluation_record_of_the_version_before_groups_is_stale()
    {
        using var temp = new TempFolder();
        string path = temp.File("evaluation.json");
        File.WriteAllText(path, Evaluation().ToJson().Replace("\"schemaVersion\": 2", "\"schemaVersion\": 1"));
        var e = Assert.Throws<DiagnosticException>(() => EvaluationRecord.ReadFrom(path));
        Assert.Equal(DiagnosticIds.StaleResults, e.Diagnostic.Code);
    }

    [Fact]
    public void Uncertainty_record_reads_back_bit_for_bit_and_a_damaged_one_is_stale()
    {
        using var temp = new TempFolder();
        EvaluationRecord evaluation = Evaluation();
        var settings = new FairnessSettings { Attributes = new[] { "group" }, Resamples = 200, ReferenceGroups = new Dictionary<string, string> { ["group"] = "A" } };
        UncertaintyRecord written = UncertaintyEstimator.Estimate(evaluation.Groups!, settings, "fingerprint", "evaluation");
        written.WriteTo(temp.File("uncertainty.json"));
        UncertaintyRecord read = UncertaintyRecord.ReadFrom(temp.File("uncertainty.json"));

        Assert.Equal(written.ToJson(), read.ToJson());
        Assert.Equal(("fingerprint", "evaluation", 0.95, 200, 42), (read.Fingerprint, read.EvaluationFingerprint, read.Level, read.Resamples, read.Seed));
        Interval w = written.Groupings[0].Disparities[Disparity.DisparateImpactMin], r = read.Groupings[0].Disparities[Disparity.DisparateImpactMin];
        Assert.Equal(BitConverter.DoubleToInt64Bits(w.Lower!.Value), BitConverter.DoubleToInt64Bits(r.Lower!.Value));
        Assert.Equal(Disparity.Count, read.Groupings[0].Disparities.Count);

        File.WriteAllText(temp.File("uncertainty.json"), written.ToJson().Replace("\"groupings\"", "\"groupingz\""));
        Assert.Equal(DiagnosticIds.StaleResults, Assert.Throws<DiagnosticException>(() => UncertaintyRecord.ReadFrom(temp.File("uncertainty.json"))).Diagnostic.Code);
        Assert.Equal(DiagnosticIds.StaleResults, Assert.Throws<DiagnosticException>(() => UncertaintyRecord.ReadFrom(temp.File("none.json"))).Diagnostic.Code);
    }

    [Fact]
    public void The_uncertainty_fingerprint_moves_with_what_changes_an_interval_and_not_with_thresholds_or_judging()
    {
        const string gates = "\"demographicParityRatio\": { \"min\": 0.80 }, \"disparateImpact\": { \"min\": 0.8, \"referenceGroup\": \"A\" }";
        string Fingerprint(string fairness, string evaluation = "e") =>
            FairnessSettings.From(FairnessFixtures.Manifest(fairness)).Fingerprint(evaluation, "1.0.0");

        string baseline = Fingerprint(gates);
        Assert.Equal(baseline, Fingerprint(gates.Replace("0.80", "0.90")));
        Assert.Equal(baseline, Fingerprint(gates + ", \"judging\": \"burdenOfProof\", \"onInsufficientData\": \"warn\""));
        Assert.Equal(baseline, Fingerprint(gates + ", \"everyGroup\": { \"auc\": { \"min\": 0.7 } }"));
        Assert.Equal(baseline, Fingerprint(gates + ", \"seed\": 42")); // model.seed is 42: the same seed

        Assert.NotEqual(baseline, Fingerprint(gates, "another evaluation"));
        Assert.NotEqual(baseline, Fingerprint(gates + ", \"confidence\": 0.9"));
        Assert.NotEqual(baseline, Fingerprint(gates + ", \"resamples\": 2000"));
        Assert.NotEqual(baseline, Fingerprint(gates + ", \"seed\": 1"));
        Assert.NotEqual(baseline, Fingerprint(gates + ", \"minGroupSize\": 50"));
        Assert.NotEqual(baseline, Fingerprint(gates + ", \"minClassSize\": 5"));
        Assert.NotEqual(baseline, Fingerprint(gates.Replace("\"referenceGroup\": \"A\"", "\"referenceGroup\": \"B\"")));
    }

    [Fact]
    public void Settings_default_to_the_documented_values_and_the_model_seed()
    {
        var manifest = new ModelManifest { Model = new ModelSection { Seed = 7 }, Data = new DataSection { Sensitive = new[] { "sex" } } };
        FairnessSettings settings = FairnessSettings.From(manifest);
        Assert.Equal((30, 10, 0.95, 1000, 7, false), (settings.MinGroupSize, settings.MinClassSize, settings.Confidence, settings.Resamples, settings.Seed, settings.Intersections));
        Assert.True(settings.Uses(new[] { "sex" }));
        Assert.False(settings.Uses(new[] { "sex", "race" }));
    }
}
