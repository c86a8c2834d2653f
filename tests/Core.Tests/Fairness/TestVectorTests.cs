using AiFactory.Core.Evaluation;
using AiFactory.Core.Fairness;

namespace AiFactory.Core.Tests.Fairness;

/// <summary>The test vector of the design guide: every rate and every disparity, exactly.</summary>
public class TestVectorTests
{
    // Group A ŷ=[1,1,0,0] y=[1,0,1,0]; group B ŷ=[1,0,0,0] y=[1,1,0,0].
    private static readonly string[] Groups = { "A", "A", "A", "A", "B", "B", "B", "B" };
    private static readonly bool[] Predicted = { true, true, false, false, true, false, false, false };
    private static readonly bool[] Labels = { true, false, true, false, true, true, false, false };

    private static FairnessReport Report()
    {
        EvaluationRecord evaluation = FairnessFixtures.Evaluation("g", Groups, Labels, Predicted);
        var settings = new FairnessSettings { Attributes = new[] { "g" }, MinGroupSize = 1, MinClassSize = 1 };
        return FairnessReport.Build(evaluation, settings, null)!;
    }

    [Fact]
    public void Rates_are_the_design_guides()
    {
        GroupingReport g = Report().Groupings.Single();
        Assert.Equal(new[] { "A", "B" }, g.Groups.Select(x => x.Name));
        Assert.Equal((0.5, 0.25), (g.Groups[0].Rates[GroupRate.SelectionRate.Index], g.Groups[1].Rates[GroupRate.SelectionRate.Index]));
        Assert.Equal((0.5, 0.5), (g.Groups[0].Rates[GroupRate.Tpr.Index], g.Groups[1].Rates[GroupRate.Tpr.Index]));
        Assert.Equal((0.5, 0.0), (g.Groups[0].Rates[GroupRate.Fpr.Index], g.Groups[1].Rates[GroupRate.Fpr.Index]));
    }

    [Fact]
    public void Disparities_are_the_design_guides()
    {
        GroupingReport g = Report().Groupings.Single();
        Assert.Equal(0.25, g.Disparities[Disparity.DemographicParityDifference].Value);
        Assert.Equal(0.5, g.Disparities[Disparity.DemographicParityRatio].Value);
        Assert.Equal(0.5, g.Disparities[Disparity.EqualizedOddsDifference].Value);
        Assert.Equal(0.0, g.Disparities[Disparity.EqualizedOddsRatio].Value);
        Assert.Equal(0.0, g.Disparities[Disparity.EqualOpportunityDifference].Value);
    }

    [Fact]
    public void Deciding_groups_are_the_extremes_of_the_deciding_rate()
    {
        GroupingReport g = Report().Groupings.Single();
        DisparityDecision dp = g.Disparities[Disparity.DemographicParityRatio].Decision!;
        Assert.Equal((GroupRate.SelectionRate, "B", "A"), (dp.Rate, g.NameOf(dp.First), g.NameOf(dp.Second)));

        // Equalized odds is decided by the false positive rates (spread 0.5 against 0).
        DisparityDecision eo = g.Disparities[Disparity.EqualizedOddsDifference].Decision!;
        Assert.Equal((GroupRate.Fpr, "B", "A"), (eo.Rate, g.NameOf(eo.First), g.NameOf(eo.Second)));
    }
}
