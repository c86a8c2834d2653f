using AiFactory.Core.Business;
using AiFactory.Core.Metrics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.Business;

public class ExpectedCostTests
{
    [Fact]
    public void Weights_each_cell_by_its_cost_per_1000_decisions()
    {
        // TP 10 × −100 (a benefit) + FP 5 × 500 + TN 80 × 0 + FN 5 × 120 = −1000 + 2500 + 0 + 600 = 2100 over 100 rows
        // → 21 per decision → 21,000 per 1,000.
        var costs = new CostMatrix { TruePositive = -100, FalsePositive = 500, TrueNegative = 0, FalseNegative = 120 };

        Assert.Equal(21000.0, ExpectedCost.Per1000(costs, new ConfusionCounts(10, 5, 80, 5)));
    }

    [Fact]
    public void Adult_reference_counts_with_the_design_guide_costs()
    {
        // FP 1292 × 500 + FN 4755 × 120 = 646,000 + 570,600 = 1,216,600 over 32,561 rows
        // → 1,216,600,000 / 32,561 = 37,363.7173...
        var costs = new CostMatrix { FalsePositive = 500, FalseNegative = 120 };

        double cost = ExpectedCost.Per1000(costs, new ConfusionCounts(3086, 1292, 23428, 4755));

        Assert.Equal(1_216_600_000.0 / 32_561, cost);
        Assert.Equal(37363.7173, cost, 4);
    }

    [Fact]
    public void Costs_not_given_count_zero()
    {
        Assert.Equal(0.0, ExpectedCost.Per1000(new CostMatrix(), new ConfusionCounts(1, 2, 3, 4)));
    }

    [Fact]
    public void Needs_at_least_one_decision()
    {
        Assert.Throws<ArgumentException>(() => ExpectedCost.Per1000(new CostMatrix(), new ConfusionCounts(0, 0, 0, 0)));
    }
}
