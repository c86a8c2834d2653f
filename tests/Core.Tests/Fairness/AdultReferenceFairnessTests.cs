using AiFactory.Core.Data;
using AiFactory.Core.Evaluation;
using AiFactory.Core.Fairness;
using AiFactory.Core.Metrics;

namespace AiFactory.Core.Tests.Fairness;

/// <summary>
/// ../shared/data/adult-scored.csv in predictions mode, by sex: the group counts and the disparities equal the
/// reference figures of ../shared/data/README.md (Fairlearn conventions) to 1e-9.
/// </summary>
public class AdultReferenceFairnessTests
{
    private static readonly Lazy<EvaluationRecord> Evaluation = new(() =>
    {
        ScoredPredictions adult = FairnessFixtures.Adult;
        bool[] predicted = GroupedEvaluation.Predict(adult.Scores!, 0.5);
        return new EvaluationRecord
        {
            EvaluationFingerprint = "adult",
            TestRows = adult.RowCount,
            Metrics = BinaryMetricsCalculator.FromScores(adult.Labels, adult.Scores!, 0.5),
            Groups = GroupedEvaluation.Compute(adult.Table, FairnessFixtures.AdultManifest.Data, adult.Labels, predicted, adult.Scores),
        };
    });

    private static GroupingReport Sex()
    {
        var settings = new FairnessSettings { Attributes = new[] { "sex", "race" } };
        return FairnessReport.Build(Evaluation.Value, settings, null)!.Groupings.Single(g => g.Key == "sex");
    }

    [Fact]
    public void Group_counts_are_the_reference_table()
    {
        GroupingCounts sex = Evaluation.Value.Groups!.Find("sex")!;
        Assert.Equal(new[] { "Female", "Male" }, sex.Groups.Select(g => g.Name));
        ConfusionCounts female = sex.Groups[0].Confusion, male = sex.Groups[1].Confusion;
        Assert.Equal((10771L, 425L, 415L, 754L, 9177L), (female.Total, female.TruePositives, female.FalsePositives, female.FalseNegatives, female.TrueNegatives));
        Assert.Equal((21790L, 2661L, 877L, 4001L, 14251L), (male.Total, male.TruePositives, male.FalsePositives, male.FalseNegatives, male.TrueNegatives));
    }

    [Fact]
    public void Disparities_are_the_reference_figures_to_1e_9()
    {
        GroupingReport sex = Sex();
        Assert.Equal(0.08438087092339845, sex.Disparities[Disparity.DemographicParityDifference].Value!.Value, 1e-9);
        Assert.Equal(0.48031114261705704, sex.Disparities[Disparity.DemographicParityRatio].Value!.Value, 1e-9);
        Assert.Equal(0.03895462192491489, sex.Disparities[Disparity.EqualizedOddsDifference].Value!.Value, 1e-9);
        Assert.Equal(0.7463127292508105, sex.Disparities[Disparity.EqualizedOddsRatio].Value!.Value, 1e-9);
        Assert.Equal(0.03895462192491489, sex.Disparities[Disparity.EqualOpportunityDifference].Value!.Value, 1e-9);
    }

    [Fact]
    public void Relative_to_overall_figures_match_a_hand_computation_from_the_table()
    {
        // Overall from the two rows of the table; Fairlearn's to_overall: max |g − overall|, min min(g/o, o/g).
        double srF = 840.0 / 10771, srM = 3538.0 / 21790, sr = 4378.0 / 32561;
        double tprF = 425.0 / 1179, tprM = 2661.0 / 6662, tpr = 3086.0 / 7841;
        double fprF = 415.0 / 9592, fprM = 877.0 / 15128, fpr = 1292.0 / 24720;
        static double Ratio(double g, double o) => Math.Min(g / o, o / g);
        GroupingReport sex = Sex();
        Assert.Equal(Math.Max(Math.Abs(srF - sr), Math.Abs(srM - sr)), sex.Disparities[Disparity.ToOverall.DemographicParityDifference].Value!.Value, 1e-12);
        Assert.Equal(Math.Min(Ratio(srF, sr), Ratio(srM, sr)), sex.Disparities[Disparity.ToOverall.DemographicParityRatio].Value!.Value, 1e-12);
        double tprGap = Math.Max(Math.Abs(tprF - tpr), Math.Abs(tprM - tpr)), fprGap = Math.Max(Math.Abs(fprF - fpr), Math.Abs(fprM - fpr));
        Assert.Equal(Math.Max(tprGap, fprGap), sex.Disparities[Disparity.ToOverall.EqualizedOddsDifference].Value!.Value, 1e-12);
        Assert.Equal(Math.Min(Math.Min(Ratio(tprF, tpr), Ratio(tprM, tpr)), Math.Min(Ratio(fprF, fpr), Ratio(fprM, fpr))),
            sex.Disparities[Disparity.ToOverall.EqualizedOddsRatio].Value!.Value, 1e-12);
        Assert.Equal(tprGap, sex.Disparities[Disparity.ToOverall.EqualOpportunityDifference].Value!.Value, 1e-12);
    }

    [Fact]
    public void Group_auc_is_the_auc_of_the_groups_rows_exactly()
    {
        ScoredPredictions adult = FairnessFixtures.Adult;
        string?[] sex = adult.Table.Get("sex").Categories!;
        foreach (GroupCounts group in Evaluation.Value.Groups!.Find("sex")!.Groups)
        {
            int[] rows = Enumerable.Range(0, adult.RowCount).Where(r => sex[r] == group.Name).ToArray();
            double? expected = RocAuc.Compute(rows.Select(r => adult.Labels[r]).ToArray(), rows.Select(r => adult.Scores![r]).ToArray());
            Assert.Equal(expected, group.Auc);
        }

        Assert.Equal(0.8314172810209715, NaiveDeLong.Auc(adult.Labels, adult.Scores!), 1e-9);
    }

    [Fact]
    public void Female_auc_variance_equals_the_naive_DeLong_computation()
    {
        ScoredPredictions adult = FairnessFixtures.Adult;
        string?[] sex = adult.Table.Get("sex").Categories!;
        int[] rows = Enumerable.Range(0, adult.RowCount).Where(r => sex[r] == "Female").ToArray();
        double expected = NaiveDeLong.Variance(rows.Select(r => adult.Labels[r]).ToArray(), rows.Select(r => adult.Scores![r]).ToArray());

        GroupCounts female = Evaluation.Value.Groups!.Find("sex")!.Groups[0];
        Assert.Equal(expected, female.AucVariance!.Value, expected * 1e-9);
    }

    [Fact]
    public void Race_and_the_intersection_are_measured_too_with_missing_values_as_their_own_group()
    {
        GroupedCounts groups = Evaluation.Value.Groups!;
        Assert.Equal(new[] { "sex", "race", "sex&race" }, groups.Groupings.Select(g => g.Key));
        GroupingCounts race = groups.Find("race")!;
        Assert.Equal(32561, race.Groups.Sum(g => g.Confusion.Total));
        Assert.Contains("Female&White", groups.Find("sex&race")!.Groups.Select(g => g.Name));
        Assert.Equal(race.Groups.Count * 2, groups.Find("sex&race")!.Groups.Count);
    }
}
