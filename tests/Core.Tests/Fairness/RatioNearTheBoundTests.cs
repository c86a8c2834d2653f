using AiFactory.Core.Evaluation;
using AiFactory.Core.Fairness;
using AiFactory.Core.Gates;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.Fairness;

/// <summary>
/// A min-over-groups ratio just above its minimum in small groups: the resamples lean below the estimate, so a plain
/// percentile interval lies wholly below the bound and leaves the estimate out. Judged on the benefit of the doubt,
/// the gate passes — the measured figure meets the bound — and the bias-corrected interval reaches back to it.
/// </summary>
public class RatioNearTheBoundTests
{
    [Fact]
    public void An_equalized_odds_ratio_just_above_its_minimum_in_small_groups_passes_on_the_benefit_of_the_doubt()
    {
        // Four groups of 80 rows (50 positives, 30 negatives): TPR 36/50, 43/50, 40/50, 41/50, FPR 6/30 in each.
        // Equalized odds ratio = min(TPR ratio 36/43, FPR ratio 1) = 0.8372, against a minimum of 0.83.
        var names = new List<string>();
        var labels = new List<bool>();
        var predicted = new List<bool>();
        foreach ((string name, int tp) in new[] { ("A", 36), ("B", 43), ("C", 40), ("D", 41) })
        {
            FairnessFixtures.AddCells(names, labels, predicted, name, tp, 6, 24, 50 - tp);
        }

        EvaluationRecord evaluation = FairnessFixtures.Evaluation("group", names.ToArray(), labels.ToArray(), predicted.ToArray());
        ModelManifest manifest = FairnessFixtures.Manifest("\"equalizedOddsRatio\": { \"min\": 0.83 }");
        FairnessSettings settings = FairnessSettings.From(manifest);
        UncertaintyRecord uncertainty = UncertaintyEstimator.Estimate(evaluation.Groups!, settings, "u", evaluation.EvaluationFingerprint);
        GateEvaluation gates = GateEvaluator.Evaluate(manifest, evaluation, uncertainty);

        GateResult gate = Assert.Single(gates.Gates);
        Assert.Equal(36.0 / 43, gate.Value!.Value, 12);
        Assert.Equal(("benefitOfTheDoubt", GateStatus.Passed, false), (gate.Judging, gate.Status, gate.PassedOnInterval));
        Assert.DoesNotContain(gates.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.True(gates.Passed);

        // The same resamples, recomputed here: read as plain percentiles they lie wholly below the bound and leave
        // the estimate out (the shape of the failure); bias-corrected, as the build reads them, they reach the bound.
        GroupingCounts grouping = evaluation.Groups!.Groupings.Single();
        DisparityStatistics statistics = UncertaintyEstimator.StatisticsOf(grouping, settings);
        double[][] samples = CountBootstrap.Resample(grouping.Groups, statistics, settings.Resamples,
            new Xoshiro256StarStar(Xoshiro256StarStar.Mix(settings.Seed, grouping.Key)));
        double[] ratio = samples[statistics.DisparityIndex(Disparity.EqualizedOddsRatio)];
        Interval percentile = PercentileInterval.Of((double[])ratio.Clone(), settings.Confidence);
        Interval corrected = BiasCorrectedInterval.Of((double[])ratio.Clone(), 36.0 / 43, settings.Confidence);

        Assert.True(percentile.Upper < 0.83, $"percentile {percentile.Lower}–{percentile.Upper}");
        Assert.Equal((corrected.Lower, corrected.Upper), (gate.Interval!.Lower, gate.Interval.Upper));
        Assert.Equal(Interval.BiasCorrectedMethod, gate.Interval.Method);
        Assert.True(corrected.Upper > percentile.Upper && corrected.Lower > percentile.Lower);
        Assert.True(corrected.Upper >= 0.83, $"bias-corrected {corrected.Lower}–{corrected.Upper}");
    }
}
