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
    public void Arrays_and_other_lists_give_the_same_counts()
    {
        var random = new Random(11);
        bool[] labels = Enumerable.Range(0, 5000).Select(_ => random.NextDouble() < 0.3).ToArray();
        bool[] predicted = Enumerable.Range(0, 5000).Select(_ => random.NextDouble() < 0.4).ToArray();

        ConfusionCounts fromArrays = ConfusionCounts.FromPredictions(labels, predicted);
        ConfusionCounts fromLists = ConfusionCounts.FromPredictions(labels.ToList(), predicted.ToList());

        Assert.Equal(fromLists.ToString(), fromArrays.ToString());
        Assert.Equal(labels.Zip(predicted).Count(p => p.First && p.Second), fromArrays.TruePositives);
        Assert.Equal(labels.Zip(predicted).Count(p => !p.First && !p.Second), fromArrays.TrueNegatives);
        Assert.Equal(5000, fromArrays.Total);
    }

    [Fact]
    public void Rejects_negative_counts_and_mismatched_lengths()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConfusionCounts(1, -1, 0, 0));
        Assert.Throws<ArgumentException>(() => ConfusionCounts.FromPredictions(new[] { true }, new[] { true, false }));
    }
}
