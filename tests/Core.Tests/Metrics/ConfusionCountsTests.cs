using AiFactory.Core.Metrics;

namespace AiFactory.Core.Tests.Metrics;

public class ConfusionCountsTests
{
    [Fact]
    public void Counts_each_cell_from_labels_and_predictions()
    {
        // row:       0     1     2      3      4     5
        // label:     1     1     0      0      1     0
        // predicted: 1     0     1      0      1     0
        // cell:      TP    FN    FP     TN     TP    TN
        var counts = ConfusionCounts.FromPredictions(
            new[] { true, true, false, false, true, false },
            new[] { true, false, true, false, true, false });

        Assert.Equal(2, counts.TruePositives);
        Assert.Equal(1, counts.FalseNegatives);
        Assert.Equal(1, counts.FalsePositives);
        Assert.Equal(2, counts.TrueNegatives);
        Assert.Equal(6, counts.Total);
        Assert.Equal(3, counts.Positives);       // TP + FN = 2 + 1
        Assert.Equal(3, counts.Negatives);       // TN + FP = 2 + 1
        Assert.Equal(3, counts.PredictedPositives); // TP + FP = 2 + 1
    }

    [Fact]
    public void Rejects_negative_counts_and_mismatched_lengths()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConfusionCounts(1, -1, 0, 0));
        Assert.Throws<ArgumentException>(() => ConfusionCounts.FromPredictions(new[] { true }, new[] { true, false }));
    }
}
