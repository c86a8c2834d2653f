using System.Globalization;
using System.Text.Json;
using AiFactory.Core.Baseline;
using AiFactory.Core.Evaluation;
using AiFactory.Core.Fairness;
using AiFactory.Core.Gates;
using AiFactory.Core.Metrics;
using AiFactory.Core.Results;
using AiFactory.Core.Tests.Baseline;
using AiFactory.Core.Tests.IO;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using static AiFactory.Core.Tests.Gates.GateFixtures;

namespace AiFactory.Core.Tests.Gates.Kinds.Baseline;

/// <summary>
/// Baseline gates with both models' test-scores.csv: each gate gets the paired interval of its change and is judged
/// under gates.baseline.judging. The rows are <see cref="PairedSample"/>'s 1,000 (the current model sees x through noise,
/// so it is worse than the baseline on every figure), and the recorded figures are computed from them.
/// </summary>
public sealed class BaselinePairedGateTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ModelManifest _manifest;
    private readonly PairedScores _current;
    private readonly PairedScores _baseline;
    private readonly BinaryMetrics _now;
    private readonly BinaryMetrics _before;

    public BaselinePairedGateTests()
    {
        _manifest = NewManifest(_folder.Path);
        Directory.CreateDirectory(_folder.File("baseline"));
        Directory.CreateDirectory(_folder.File("out"));
        (PairedScores current, PairedScores baseline) = PairedSample.Draw(1000, 11);
        _current = current;
        _baseline = baseline;
        _now = PairedSample.Metrics(current);
        _before = PairedSample.Metrics(baseline);
        TestScoresFile.Write(CurrentScores, current.Labels, current.Scores, current.Predicted);
        TestScoresFile.Write(BaselineScores, baseline.Labels, baseline.Scores, baseline.Predicted);
        File.WriteAllText(BaselineResults,
            "{\n  \"schemaVersion\": 1,\n  \"testRows\": 1000,\n  \"decisionThreshold\": 0.5,\n  \"metrics\": { " +
            $"\"auc\": {R(_before.Auc!.Value)}, \"f1\": {R(_before.F1!.Value)}, \"brier\": {R(_before.Brier!.Value)}" + " }\n}\n");
    }

    public void Dispose() => _folder.Dispose();

    private string CurrentScores => _folder.File("out/test-scores.csv");

    private string BaselineScores => _folder.File("baseline/test-scores.csv");

    private string BaselineResults => _folder.File("baseline/results.json");

    private static string R(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private GateEvaluation Judge(JudgingMode mode, params BaselineMetricGate[] gates) => Judge(mode, CurrentScores, gates);

    private GateEvaluation Judge(JudgingMode mode, string? currentScores, params BaselineMetricGate[] gates)
    {
        _manifest.Gates.Baseline = new BaselineGates
        {
            ResultsPath = BaselineResults,
            ResultsLocation = new SourceLocation(_manifest.FilePath, 20, 17),
            Settings = new MetricGateSettings { Judging = mode },
            Metrics = gates,
        };
        return GateEvaluator.Evaluate(_manifest, Evaluation(), null, currentScores);
    }

    private EvaluationRecord Evaluation() => NewEvaluation(_now, testRows: 1000);

    private BaselineMetricGate MaxDrop(string metric, double value) => new(metric) { MaxDrop = At(_manifest, value, 21, 30) };

    private BaselineMetricGate MinGain(string metric, double value) => new(metric) { MinGain = At(_manifest, value, 22, 30) };

    /// <summary>The paired interval of auc's worsening, computed directly: the mirror image of current − baseline's.</summary>
    private Interval AucWorsening()
    {
        Interval d = PairedDifference.Estimate(MetricDescriptor.Auc, _current, _baseline, null, 0.95, 1000, ModelSection.DefaultSeed).Interval!;
        return new Interval(-d.Upper, -d.Lower, d.Level, d.Method, d.Resamples, d.UndefinedResamples);
    }

    private double AucWorsened => _before.Auc!.Value - _now.Auc!.Value;

    [Fact]
    public void Under_the_point_estimate_the_interval_is_recorded_and_the_message_is_the_one_without_it()
    {
        GateEvaluation paired = Judge(JudgingMode.PointEstimate, MaxDrop(MetricNames.Auc, 0.05));
        GateResult gate = Assert.Single(paired.Gates);
        Interval expected = AucWorsening();
        Assert.Equal((expected.Lower, expected.Upper, "delong"), (gate.Interval!.Lower, gate.Interval.Upper, gate.Interval.Method));
        Assert.InRange(AucWorsened, gate.Interval.Lower!.Value, gate.Interval.Upper!.Value);
        Assert.True(AucWorsened > 0.01, "the current model is the worse one");
        Assert.Equal("pointEstimate", gate.Judging);
        Assert.Equal(GateStatus.Passed, gate.Status);

        File.Delete(BaselineScores);
        GateResult alone = Assert.Single(Judge(JudgingMode.PointEstimate, MaxDrop(MetricNames.Auc, 0.05)).Gates);
        Assert.Null(alone.Interval);
        Assert.Equal(alone.Message, gate.Message);
        Assert.StartsWith($"auc {_now.Auc!.Value.ToString("F3", CultureInfo.InvariantCulture)} is ", gate.Message);
    }

    [Fact]
    public void Burden_of_proof_fails_a_worsening_within_maxDrop_whose_interval_reaches_past_it()
    {
        Interval worsening = AucWorsening();
        double bound = Math.Round((AucWorsened + worsening.Upper!.Value) / 2, 3);
        Assert.True(AucWorsened < bound && bound < worsening.Upper.Value, "the bound lies between the worsening and its upper end");

        GateEvaluation result = Judge(JudgingMode.BurdenOfProof, MaxDrop(MetricNames.Auc, bound));
        GateResult gate = Assert.Single(result.Gates);
        Assert.Equal((GateStatus.Failed, "AIF4003", "burdenOfProof"), (gate.Status, gate.Code, gate.Judging));
        Assert.True(gate.Verdict!.PointPassed);
        Assert.Contains(": a worsening of ", gate.Message);
        Assert.Contains("(95% CI ", gate.Message);
        Assert.EndsWith($", burden of proof) is not shown to meet the maximum {R(bound)} set here: the interval reaches above it", gate.Message);
        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal(($"{_manifest.FilePath}(21,30): error AIF4003: {gate.Message}"), error.ToString());

        // The point estimate passes the same gate; the interval is what failed it.
        Assert.Equal(GateStatus.Passed, Judge(JudgingMode.PointEstimate, MaxDrop(MetricNames.Auc, bound)).Gates[0].Status);
    }

    [Fact]
    public void Benefit_of_the_doubt_passes_a_worsening_past_maxDrop_whose_interval_reaches_below_it_and_warns_AIF4013()
    {
        Interval worsening = AucWorsening();
        double bound = Math.Round((AucWorsened + worsening.Lower!.Value) / 2, 3);
        Assert.True(worsening.Lower.Value < bound && bound < AucWorsened, "the bound lies between the lower end and the worsening");

        GateEvaluation result = Judge(JudgingMode.BenefitOfTheDoubt, MaxDrop(MetricNames.Auc, bound));
        GateResult gate = Assert.Single(result.Gates);
        Assert.Equal((GateStatus.Passed, true), (gate.Status, gate.PassedOnInterval));
        Diagnostic warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("AIF4013", DiagnosticSeverity.Warning, 21, 30), (warning.Code, warning.Severity, warning.Location!.Line, warning.Location.Column));
        Assert.EndsWith($", benefit of the doubt) is above the maximum {R(bound)}, but the interval reaches below it, so it passes on the benefit of the doubt", gate.Message);

        Assert.Equal(("AIF4003", GateStatus.Failed), (Judge(JudgingMode.PointEstimate, MaxDrop(MetricNames.Auc, bound)).Gates[0].Code, GateStatus.Failed));
    }

    [Fact]
    public void MinGain_reads_the_improvement_interval_and_for_brier_better_means_lower()
    {
        // The current model calibrates worse: brier rose, so its improvement is negative and no minGain of 0 is met.
        GateEvaluation result = Judge(JudgingMode.BurdenOfProof, MinGain(MetricNames.Brier, 0));
        GateResult gate = Assert.Single(result.Gates);
        double improvement = _before.Brier!.Value - _now.Brier!.Value;
        Assert.True(improvement < 0);
        Assert.Equal(improvement, gate.JudgedValue!.Value, 12);
        Interval d = PairedDifference.Estimate(MetricDescriptor.Brier, _current, _baseline, null, 0.95, 1000, ModelSection.DefaultSeed).Interval!;
        Assert.Equal((-d.Upper, -d.Lower, "bootstrap-bc"), (gate.Interval!.Lower, gate.Interval.Upper, gate.Interval.Method));
        Assert.Equal((GateStatus.Failed, "AIF4004"), (gate.Status, gate.Code));
        Assert.Contains(": an improvement of -", gate.Message);
        Assert.EndsWith(", burden of proof) is below the minimum 0 set here", gate.Message);
    }

    [Fact]
    public void A_baseline_without_test_scores_falls_back_to_the_point_estimate_and_says_so()
    {
        File.Delete(BaselineScores);
        Interval worsening = AucWorsening();
        double bound = Math.Round((AucWorsened + worsening.Upper!.Value) / 2, 3);
        GateResult gate = Assert.Single(Judge(JudgingMode.BurdenOfProof, MaxDrop(MetricNames.Auc, bound)).Gates);

        Assert.Null(gate.Interval);
        Assert.Equal(GateStatus.Passed, gate.Status);
        Assert.True(gate.Verdict!.FellBackToPoint(JudgingMode.BurdenOfProof));
        Assert.Contains("(no interval: the baseline has no test-scores.csv beside its results.json, judged on the point estimate, burden of proof) meets the maximum", gate.Message);
    }

    [Fact]
    public void A_hand_written_baseline_without_rows_or_test_scores_is_still_compared()
    {
        File.Delete(BaselineScores);
        File.WriteAllText(BaselineResults, "{ \"metrics\": { \"auc\": 0.82 } }");
        GateResult gate = Assert.Single(Judge(JudgingMode.BenefitOfTheDoubt, MaxDrop(MetricNames.Auc, 0.5)).Gates);
        Assert.Equal((GateStatus.Passed, (Interval?)null), (gate.Status, gate.Interval));
        Assert.Equal(0.82 - _now.Auc!.Value, gate.JudgedValue!.Value, 12);
    }

    [Fact]
    public void A_malformed_baseline_test_scores_is_AIF4005_at_its_line_and_fails_every_baseline_gate()
    {
        string[] lines = File.ReadAllLines(BaselineScores);
        lines[3] = "1,0.7,yes";
        File.WriteAllText(BaselineScores, string.Join("\n", lines) + "\n");

        GateEvaluation result = Judge(JudgingMode.PointEstimate, MaxDrop(MetricNames.Auc, 0.05), MinGain(MetricNames.F1, 0));
        Assert.All(result.Gates, g => Assert.Equal((GateStatus.Failed, "AIF4005"), (g.Status, g.Code)));
        Assert.Equal(
            $"{BaselineScores}(4,7): error AIF4005: the predicted label \"yes\" on line 4 of test-scores.csv is not 1 or 0; use the test-scores.csv the model's build wrote, unchanged",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void A_baseline_test_scores_of_other_rows_is_AIF4014_at_the_first_differing_row_and_fails_every_baseline_gate()
    {
        int row = Array.FindIndex(_baseline.Labels, l => l);
        bool[] labels = (bool[])_baseline.Labels.Clone();
        labels[row] = false;
        TestScoresFile.Write(BaselineScores, labels, _baseline.Scores, _baseline.Predicted);

        GateEvaluation result = Judge(JudgingMode.PointEstimate, MaxDrop(MetricNames.Auc, 0.05), MinGain(MetricNames.F1, 0));
        Assert.All(result.Gates, g => Assert.Equal((GateStatus.Failed, "AIF4014"), (g.Status, g.Code)));
        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal((BaselineScores, row + 2, 1), (error.Location!.File, error.Location.Line, error.Location.Column));
        Assert.StartsWith($"row {row + 1} of the baseline's test rows has label 0 where row {row + 1} of this model's has 1", error.Message);
    }

    [Fact]
    public void This_models_test_scores_that_are_not_the_evaluations_rows_give_no_interval()
    {
        string[] lines = File.ReadAllLines(CurrentScores);
        lines[1] = lines[1].EndsWith(",1", StringComparison.Ordinal) ? lines[1][..^1] + "0" : lines[1][..^1] + "1";
        File.WriteAllText(CurrentScores, string.Join("\n", lines) + "\n");

        GateResult gate = Assert.Single(Judge(JudgingMode.BurdenOfProof, MaxDrop(MetricNames.Auc, 0.5)).Gates);
        Assert.Null(gate.Interval);
        Assert.Contains("no interval: this model's test-scores.csv does not hold the rows its evaluation measured (rebuild to write it again), judged on the point estimate", gate.Message);

        GateResult none = Assert.Single(Judge(JudgingMode.BurdenOfProof, (string?)null, MaxDrop(MetricNames.Auc, 0.5)).Gates);
        Assert.Contains("no interval: this model's test-scores.csv was not given", none.Message);
    }

    [Fact]
    public void A_baseline_whose_rows_give_other_figures_than_its_results_gives_no_interval()
    {
        File.WriteAllText(BaselineResults, File.ReadAllText(BaselineResults).Replace($"\"auc\": {R(_before.Auc!.Value)}", "\"auc\": 0.9", StringComparison.Ordinal));
        GateResult gate = Assert.Single(Judge(JudgingMode.BurdenOfProof, MaxDrop(MetricNames.Auc, 0.5)).Gates);
        Assert.Null(gate.Interval);
        Assert.Contains($"no interval: the baseline's test-scores.csv gives auc {_before.Auc.Value.ToString("F6", CultureInfo.InvariantCulture)}, not the value its results.json records (copy the two files of one build)", gate.Message);
    }

    [Fact]
    public void The_settings_set_the_level_and_the_seed_and_results_json_records_the_interval_and_the_mode()
    {
        _manifest.Model.Seed = 5;
        BaselineMetricGate f1 = MinGain(MetricNames.F1, 0);
        _manifest.Gates.Baseline = new BaselineGates
        {
            ResultsPath = BaselineResults,
            ResultsLocation = new SourceLocation(_manifest.FilePath, 20, 17),
            Settings = new MetricGateSettings { Judging = JudgingMode.BenefitOfTheDoubt, Confidence = 0.9, Resamples = 200 },
            Metrics = new[] { f1 },
        };
        EvaluationRecord evaluation = Evaluation();
        GateEvaluation gates = GateEvaluator.Evaluate(_manifest, evaluation, null, CurrentScores);
        Interval d = PairedDifference.Estimate(MetricDescriptor.F1, _current, _baseline, null, 0.9, 200, 5).Interval!;
        GateResult gate = Assert.Single(gates.Gates);
        Assert.Equal((d.Lower, d.Upper, 0.9, (int?)200), (gate.Interval!.Lower, gate.Interval.Upper, gate.Interval.Level, gate.Interval.Resamples));

        using JsonDocument json = JsonDocument.Parse(ResultsWriter.ToJson(_manifest, evaluation, gates, new RunSettings()));
        JsonElement written = json.RootElement.GetProperty("gates").EnumerateArray().Single(g => g.GetProperty("id").GetString() == "baseline.f1.minGain");
        Assert.Equal("benefitOfTheDoubt", written.GetProperty("judging").GetString());
        Assert.Equal(d.Lower!.Value, written.GetProperty("interval").GetProperty("lower").GetDouble());
        Assert.Equal(0.9, written.GetProperty("interval").GetProperty("level").GetDouble());
    }
}
