using System.Text.RegularExpressions;
using AiFactory.Core.Data;
using AiFactory.Core.Evaluation;
using AiFactory.Core.Fairness;
using AiFactory.Core.Gates;
using AiFactory.Core.Metrics;
using AiFactory.Core.Tests.Fairness;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.Gates.Kinds.Fairness;

/// <summary>The fairness gates: one result per gate and grouping, the three judging modes, small groups, and errors that explain.</summary>
public class FairnessGateTests
{
    private static GateEvaluation Judge(ModelManifest manifest, EvaluationRecord evaluation, bool withIntervals = true) =>
        GateEvaluator.Evaluate(manifest, evaluation, withIntervals
            ? UncertaintyEstimator.Estimate(evaluation.Groups!, FairnessSettings.From(manifest), "u", evaluation.EvaluationFingerprint)
            : null);

    /// <summary>Groups with the given (n, selected, positives, true positives) and a fixed arrangement of rows.</summary>
    private static EvaluationRecord Groups(params (string Name, int N, int Selected, int Positives, int TruePositives)[] groups)
    {
        var names = new List<string>();
        var labels = new List<bool>();
        var predicted = new List<bool>();
        foreach (var g in groups)
        {
            int fp = g.Selected - g.TruePositives, fn = g.Positives - g.TruePositives;
            FairnessFixtures.AddCells(names, labels, predicted, g.Name, g.TruePositives, fp, g.N - g.TruePositives - fp - fn, fn);
        }

        return FairnessFixtures.Evaluation("group", names.ToArray(), labels.ToArray(), predicted.ToArray());
    }

    private static EvaluationRecord Adult()
    {
        ScoredPredictions adult = FairnessFixtures.Adult;
        var data = new DataSection { Sensitive = new[] { "sex" } };
        return new EvaluationRecord
        {
            EvaluationFingerprint = "adult",
            TestRows = adult.RowCount,
            Metrics = BinaryMetricsCalculator.FromScores(adult.Labels, adult.Scores!, 0.5),
            Groups = GroupedEvaluation.Compute(adult.Table, data, adult.Labels, GroupedEvaluation.Predict(adult.Scores!, 0.5), adult.Scores),
        };
    }

    [Fact]
    public void Adult_by_sex_fails_demographic_parity_with_the_error_that_explains_it()
    {
        const string fairness = "\"demographicParityRatio\": { \"min\": 0.80 }";
        ModelManifest manifest = FairnessFixtures.Manifest(fairness, "[\"sex\"]");
        EvaluationRecord evaluation = Adult();
        GateEvaluation gates = Judge(manifest, evaluation);

        GateResult gate = Assert.Single(gates.Gates);
        Assert.Equal(("fairness.demographicParityRatio.sex.min", "fairness", "demographicParityRatio", "sex", "benefitOfTheDoubt"),
            (gate.Id, gate.Kind, gate.Metric, gate.Attribute, gate.Judging));
        Assert.Equal(GateStatus.Failed, gate.Status);
        Assert.Equal(0.48031114261705704, gate.Value!.Value, 1e-12);
        Assert.InRange(gate.Interval!.Lower!.Value, 0.44, 0.48);
        Assert.InRange(gate.Interval.Upper!.Value, 0.48, 0.52);
        Assert.Equal(new[] { ("Female", 840.0 / 10771), ("Male", 3538.0 / 21790) }, gate.DecidingGroups!.Select(g => (g.Group, g.Value!.Value)));

        Diagnostic error = Assert.Single(gates.Diagnostics);
        Assert.Equal((DiagnosticIds.DemographicParityRatioBelowMinimum, 5, FairnessFixtures.Column(fairness, "0.80")),
            (error.Code, error.Location!.Line, error.Location.Column));
        string lower = gate.Interval.Lower.Value.ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
        string upper = gate.Interval.Upper.Value.ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"demographic parity ratio by sex 0.480 (Female 0.078 vs Male 0.162; 95% CI {lower}–{upper}, benefit of the doubt) is below the minimum 0.80 set here",
            error.Message);
        Assert.False(gates.Passed);
    }

    [Theory]
    [InlineData("pointEstimate", "Failed", "is below the minimum 0.80 set here")]
    [InlineData("benefitOfTheDoubt", "Passed", "is below the minimum 0.80, but the interval reaches above it, so it passes on the benefit of the doubt")]
    [InlineData("burdenOfProof", "Failed", "is below the minimum 0.80 set here")]
    public void A_point_estimate_below_the_bound_with_an_interval_across_it_depends_on_the_mode(string mode, string expectedName, string verdict)
    {
        var expected = Enum.Parse<GateStatus>(expectedName);
        // Selection rates 0.30 and 0.40 in groups of 100: ratio 0.75, but the interval reaches well above 0.80.
        EvaluationRecord evaluation = Groups(("A", 100, 40, 50, 25), ("B", 100, 30, 50, 20));
        ModelManifest manifest = FairnessFixtures.Manifest($"\"demographicParityRatio\": {{ \"min\": 0.80, \"judging\": \"{mode}\" }}");
        GateResult gate = Judge(manifest, evaluation).Gates.Single();
        Assert.Equal(expected, gate.Status);
        Assert.EndsWith(verdict, gate.Message);
        Assert.Equal(0.75, gate.Value!.Value, 12);
        Assert.True(gate.Interval!.Lower < 0.75 && gate.Interval.Upper > 0.80);
    }

    [Theory]
    [InlineData("pointEstimate", "Passed", "meets the minimum 0.80")]
    [InlineData("benefitOfTheDoubt", "Passed", "meets the minimum 0.80")]
    [InlineData("burdenOfProof", "Failed", "is not shown to meet the minimum 0.80 set here: the interval reaches below it")]
    public void A_point_estimate_above_the_bound_with_an_interval_across_it_depends_on_the_mode(string mode, string expectedName, string verdict)
    {
        var expected = Enum.Parse<GateStatus>(expectedName);
        EvaluationRecord evaluation = Groups(("A", 100, 40, 50, 25), ("B", 100, 36, 50, 22));
        ModelManifest manifest = FairnessFixtures.Manifest($"\"demographicParityRatio\": {{ \"min\": 0.80 }}, \"judging\": \"{mode}\"");
        GateEvaluation gates = Judge(manifest, evaluation);
        GateResult gate = gates.Gates.Single();
        Assert.Equal(expected, gate.Status);
        Assert.EndsWith(verdict, gate.Message);
        Assert.Equal(expected == GateStatus.Passed, gates.Passed);
        Assert.Equal(mode, gate.Judging);
    }

    [Fact]
    public void A_tiny_group_is_named_in_a_warning_and_does_not_decide()
    {
        // C has 12 rows and a selection rate far from the others': it would fail the gate if it counted.
        EvaluationRecord evaluation = Groups(("A", 400, 160, 200, 100), ("B", 400, 150, 200, 95), ("C", 12, 1, 6, 1));
        ModelManifest manifest = FairnessFixtures.Manifest("\"demographicParityRatio\": { \"min\": 0.80 }");
        GateEvaluation gates = Judge(manifest, evaluation);

        GateResult gate = gates.Gates.Single();
        Assert.Equal(GateStatus.Passed, gate.Status);
        Assert.Equal(new[] { "B", "A" }, gate.DecidingGroups!.Select(g => g.Group));
        Diagnostic warning = Assert.Single(gates.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, DiagnosticIds.GroupInsufficientEvidence), (warning.Severity, warning.Code));
        Assert.StartsWith("group 'C' (12 rows, below minGroupSize 30) of group is insufficient evidence", warning.Message);
        Assert.Equal(3, warning.Location!.Line); // the attribute in data.sensitive
        Assert.True(gates.Passed);
        Assert.Equal("12 rows, below minGroupSize 30", gates.Fairness!.Groupings[0].Groups[2].Adequacy.Reason);
    }

    [Theory]
    [InlineData("fail", "Error", false)]
    [InlineData("warn", "Warning", true)]
    [InlineData("ignore", null, true)]
    public void A_gate_without_two_adequate_groups_is_insufficient_data_and_onInsufficientData_says_what_that_does(string action, string? severityName, bool passes)
    {
        DiagnosticSeverity? severity = severityName is null ? null : Enum.Parse<DiagnosticSeverity>(severityName);
        EvaluationRecord evaluation = Groups(("A", 400, 160, 200, 100), ("B", 20, 4, 10, 3));
        string fairness = $"\"demographicParityRatio\": {{ \"min\": 0.80 }}, \"onInsufficientData\": \"{action}\"";
        GateEvaluation gates = Judge(FairnessFixtures.Manifest(fairness), evaluation);

        GateResult gate = gates.Gates.Single();
        Assert.Equal(GateStatus.InsufficientData, gate.Status);
        Assert.Equal(DiagnosticIds.FairnessInsufficientData, gate.Code);
        Assert.Contains("fewer than two groups have enough data (A 400 rows; B 20 rows, below minGroupSize 30)", gate.Message);
        Diagnostic? verdict = gates.Diagnostics.SingleOrDefault(d => d.Code == DiagnosticIds.FairnessInsufficientData);
        Assert.Equal(severity, verdict?.Severity);
        if (verdict != null) Assert.Equal((5, FairnessFixtures.Column(fairness, "0.80")), (verdict.Location!.Line, verdict.Location.Column));
        Assert.Contains(gates.Diagnostics, d => d.Code == DiagnosticIds.GroupInsufficientEvidence && d.Message.Contains("'B'"));
        Assert.Equal(passes, gates.Passed);
    }

    [Fact]
    public void Rates_given_the_label_need_minClassSize_of_each_class()
    {
        // B has 200 rows but 4 positives: adequate for demographic parity, not for equal opportunity.
        EvaluationRecord evaluation = Groups(("A", 200, 80, 100, 60), ("B", 200, 70, 4, 3));
        ModelManifest manifest = FairnessFixtures.Manifest("\"demographicParityRatio\": { \"min\": 0.5 }, \"equalOpportunityDifference\": { \"max\": 0.5 }");
        GateEvaluation gates = Judge(manifest, evaluation);
        Assert.Equal(GateStatus.Passed, gates.Gates[0].Status);
        Assert.Equal(GateStatus.InsufficientData, gates.Gates[1].Status);
        Assert.Contains("B 4 positives, below minClassSize 10)", gates.Gates[1].Message);
    }

    [Fact]
    public void Every_group_floor_fails_at_the_worst_group_with_its_interval()
    {
        EvaluationRecord evaluation = Groups(("A", 200, 80, 100, 60), ("B", 200, 45, 100, 20));
        string fairness = "\"everyGroup\": { \"tpr\": { \"min\": 0.5, \"judging\": \"pointEstimate\" }, \"fpr\": { \"max\": 0.3 } }";
        GateEvaluation gates = Judge(FairnessFixtures.Manifest(fairness), evaluation);

        Assert.Equal(new[] { "fairness.everyGroup.tpr.group.min", "fairness.everyGroup.fpr.group.max" }, gates.Gates.Select(g => g.Id));
        GateResult tpr = gates.Gates[0];
        Assert.Equal((GateStatus.Failed, DiagnosticIds.GroupMetricBelowFloor, 0.2), (tpr.Status, tpr.Code, tpr.Value!.Value));
        Assert.StartsWith("tpr of group group 'B' 0.200 (95% CI 0.", tpr.Message);
        Assert.EndsWith(", point estimate) is below the minimum 0.5 set here for every group", tpr.Message);
        Assert.Equal("B", tpr.DecidingGroups!.Single().Group);
        Assert.Equal(Interval.BiasCorrectedMethod, tpr.Interval!.Method);
        GateResult fpr = gates.Gates[1];
        Assert.Equal(GateStatus.Passed, fpr.Status);
        Assert.StartsWith("fpr of every group group meets the maximum 0.3: the highest, B, is 0.250", fpr.Message);
    }

    [Fact]
    public void Every_group_auc_floor_uses_DeLong_intervals()
    {
        var random = new Random(3);
        int rows = 600;
        string[] groups = Enumerable.Range(0, rows).Select(i => i % 2 == 0 ? "A" : "B").ToArray();
        bool[] labels = Enumerable.Range(0, rows).Select(_ => random.NextDouble() < 0.4).ToArray();
        double[] scores = labels.Select((l, i) => Math.Clamp((l ? 0.6 : 0.4) + (groups[i] == "A" ? 0.3 : 0.6) * (random.NextDouble() - 0.5), 0, 1)).ToArray();
        EvaluationRecord evaluation = FairnessFixtures.Evaluation("group", groups, labels, GroupedEvaluation.Predict(scores, 0.5), scores);
        GateResult gate = Judge(FairnessFixtures.Manifest("\"everyGroup\": { \"auc\": { \"min\": 0.95 } }"), evaluation).Gates.Single();

        GroupCounts b = evaluation.Groups!.Groupings[0].Groups[1];
        Assert.Equal(GateStatus.Failed, gate.Status);
        Assert.Equal("B", gate.DecidingGroups!.Single().Group);
        Assert.Equal(b.Auc, gate.Value);
        Assert.Equal(Interval.DeLongMethod, gate.Interval!.Method);
        Assert.Equal(b.Auc!.Value + 1.959963984540054 * Math.Sqrt(b.AucVariance!.Value), gate.Interval.Upper!.Value, 1e-8);
    }

    [Fact]
    public void Disparate_impact_compares_with_the_reference_group_and_a_missing_one_is_AIF5012_at_its_value()
    {
        EvaluationRecord evaluation = Groups(("A", 200, 100, 100, 60), ("B", 200, 70, 100, 40), ("C", 200, 90, 100, 50));
        string fairness = "\"disparateImpact\": { \"min\": 0.8, \"max\": 1.25, \"referenceGroup\": \"A\", \"judging\": \"pointEstimate\" }";
        GateEvaluation gates = Judge(FairnessFixtures.Manifest(fairness), evaluation);
        GateResult min = gates.Gates[0], max = gates.Gates[1];
        Assert.Equal(("fairness.disparateImpact.group.min", "disparateImpact.min", 0.7), (min.Id, min.Metric, Math.Round(min.Value!.Value, 12)));
        Assert.Equal(GateStatus.Failed, min.Status);
        Assert.Equal(DiagnosticIds.DisparateImpactOutOfBounds, min.Code);
        Assert.Contains("(B 0.350 vs A 0.500 (reference);", min.Message);
        Assert.Equal(("disparateImpact.max", GateStatus.Passed, 0.9), (max.Metric, max.Status, Math.Round(max.Value!.Value, 12)));

        string missing = "\"disparateImpact\": { \"min\": 0.8, \"referenceGroup\": \"Z\" }";
        GateEvaluation unknown = Judge(FairnessFixtures.Manifest(missing), evaluation);
        Diagnostic error = Assert.Single(unknown.Diagnostics);
        Assert.Equal((DiagnosticIds.ReferenceGroupNotFound, FairnessFixtures.Column(missing, "\"Z\"")), (error.Code, error.Location!.Column));
        Assert.Equal("the reference group 'Z' of group is not in the test data, so disparate impact cannot be measured; its groups are 'A', 'B' and 'C': name one of them in referenceGroup", error.Message);
    }

    [Fact]
    public void Relative_to_overall_compares_each_group_with_the_whole_test_set()
    {
        EvaluationRecord evaluation = Groups(("A", 300, 120, 150, 90), ("B", 100, 20, 50, 15));
        GateResult gate = Judge(FairnessFixtures.Manifest("\"demographicParityDifference\": { \"max\": 0.05, \"relativeTo\": \"overall\", \"judging\": \"pointEstimate\" }"), evaluation).Gates.Single();
        // Overall 140/400 = 0.35; B 0.20 is 0.15 away, A 0.40 only 0.05.
        Assert.Equal(("toOverall.demographicParityDifference", 0.15), (gate.Metric, Math.Round(gate.Value!.Value, 12)));
        Assert.StartsWith("demographic parity difference by group 0.150 (B 0.200 vs overall 0.350;", gate.Message);
        Assert.Equal(new[] { "B", "overall" }, gate.DecidingGroups!.Select(g => g.Group));
    }

    [Fact]
    public void Each_attribute_and_the_intersection_get_their_own_gate_result()
    {
        var random = new Random(1);
        int rows = 2000;
        string[] sex = Enumerable.Range(0, rows).Select(_ => random.Next(2) == 0 ? "F" : "M").ToArray();
        string[] region = Enumerable.Range(0, rows).Select(_ => random.Next(2) == 0 ? "N" : "S").ToArray();
        bool[] labels = Enumerable.Range(0, rows).Select(_ => random.NextDouble() < 0.4).ToArray();
        bool[] predicted = labels.Select(l => random.NextDouble() < (l ? 0.7 : 0.2)).ToArray();
        Grouping Of(string name, string[] values) => new(new[] { name }, new[] { values[0] == "F" || values[0] == "M" ? "F" : "N", values[0] == "F" || values[0] == "M" ? "M" : "S" },
            values.Select(v => v == "F" || v == "N" ? 0 : 1).ToArray());
        Grouping s = Of("sex", sex), r = Of("region", region);
        var both = new Grouping(new[] { "sex", "region" }, new[] { "F&N", "F&S", "M&N", "M&S" }, Enumerable.Range(0, rows).Select(i => s.RowGroups[i] * 2 + r.RowGroups[i]).ToArray());
        EvaluationRecord evaluation = FairnessFixtures.Evaluation(new[] { s, r, both }, labels, predicted);

        ModelManifest manifest = FairnessFixtures.Manifest("\"demographicParityRatio\": { \"min\": 0.5 }, \"intersections\": true", "[\"sex\", \"region\"]");
        GateEvaluation gates = Judge(manifest, evaluation);
        Assert.Equal(new[] { "fairness.demographicParityRatio.sex.min", "fairness.demographicParityRatio.region.min", "fairness.demographicParityRatio.sex&region.min" },
            gates.Gates.Select(g => g.Id));
        Assert.All(gates.Gates, g => Assert.Equal(GateStatus.Passed, g.Status));

        ModelManifest withoutIntersections = FairnessFixtures.Manifest("\"demographicParityRatio\": { \"min\": 0.5 }", "[\"sex\", \"region\"]");
        Assert.Equal(2, Judge(withoutIntersections, evaluation).Gates.Count);
    }

    [Fact]
    public void Without_intervals_the_modes_that_need_one_judge_on_the_point_estimate_and_say_so()
    {
        EvaluationRecord evaluation = Groups(("A", 100, 40, 50, 25), ("B", 100, 30, 50, 20));
        GateResult gate = Judge(FairnessFixtures.Manifest("\"demographicParityRatio\": { \"min\": 0.80 }"), evaluation, withIntervals: false).Gates.Single();
        Assert.Equal(GateStatus.Failed, gate.Status);
        Assert.Contains("no interval estimated, judged on the point estimate, benefit of the doubt)", gate.Message);
        Assert.Null(gate.Interval);
    }

    [Fact]
    public void An_undefined_ratio_fails_and_says_why()
    {
        EvaluationRecord evaluation = Groups(("A", 100, 0, 50, 0), ("B", 100, 0, 50, 0));
        GateResult gate = Judge(FairnessFixtures.Manifest("\"demographicParityRatio\": { \"min\": 0.80 }"), evaluation).Gates.Single();
        Assert.Equal(GateStatus.Failed, gate.Status);
        Assert.Null(gate.Value);
        Assert.Equal("demographic parity ratio by group is undefined (A 0.000 vs B 0.000): no group has a row predicted positive, so the ratio of selection rates is 0 ÷ 0, so the minimum 0.80 set here cannot be met",
            gate.Message);
    }

    [Fact]
    public void Intervals_that_print_at_the_threshold_get_more_digits()
    {
        Assert.Equal("95% CI 0.7996–0.85", FairnessText.Interval(new Interval(0.79964, 0.85, 0.95, Interval.BootstrapMethod, 1000, 0), 0.8, false));
        Assert.Equal("90% CI 0.45–0.51, 3 of 1,000 resamples undefined", FairnessText.Interval(new Interval(0.45, 0.51, 0.9, Interval.BootstrapMethod, 1000, 3), 0.8, false));
        Assert.Equal("no interval: 600 of 1,000 resamples undefined, judged on the point estimate",
            FairnessText.Interval(new Interval(null, null, 0.95, Interval.BootstrapMethod, 1000, 600), 0.8, true));
        Assert.Matches(new Regex("^97.5%$"), FairnessText.Level(0.975));
    }
}
