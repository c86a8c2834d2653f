using AiFactory.Core.Metrics;

namespace AiFactory.Core.Tests.Metrics;

public class RocAucTests
{
    [Fact]
    public void Perfect_reversed_and_constant_scores()
    {
        bool[] labels = { true, false, true, false };

        Assert.Equal(1.0, RocAuc.Compute(labels, new[] { 0.9, 0.1, 0.8, 0.2 }));
        Assert.Equal(0.0, RocAuc.Compute(labels, new[] { 0.1, 0.9, 0.2, 0.8 }));
        // All 4 positive–negative pairs tie: each counts ½ → 2 / 4.
        Assert.Equal(0.5, RocAuc.Compute(labels, new[] { 0.5, 0.5, 0.5, 0.5 }));
    }

    [Fact]
    public void Ties_between_a_positive_and_negatives_count_one_half_each()
    {
        // Positives {0.7, 0.4}, negatives {0.7, 0.7, 0.2}: 6 pairs.
        // 0.7 vs 0.7, 0.7 → ½ + ½, vs 0.2 → 1: 2. 0.4 vs 0.7, 0.7 → 0, vs 0.2 → 1: 1. AUC = 3 / 6.
        Assert.Equal(0.5, RocAuc.Compute(new[] { true, false, false, false, true }, new[] { 0.7, 0.7, 0.7, 0.2, 0.4 }));

        // Positives {0.3, 0.3}, negatives {0.3, 0.1}: 0.3 vs 0.3 → ½, vs 0.1 → 1, twice: 3 / 4.
        Assert.Equal(0.75, RocAuc.Compute(new[] { true, false, true, false }, new[] { 0.3, 0.3, 0.3, 0.1 }));
    }

    [Fact]
    public void Undefined_when_a_class_is_absent()
    {
        Assert.Null(RocAuc.Compute(new[] { true, true }, new[] { 0.2, 0.9 }));
        Assert.Null(RocAuc.Compute(new[] { false, false }, new[] { 0.2, 0.9 }));
    }

    [Theory]
    [InlineData(1, 50)]
    [InlineData(2, 500)]
    [InlineData(3, 2000)]
    public void Matches_an_independent_pairwise_count_on_random_data_with_ties(int seed, int n)
    {
        var random = new Random(seed);
        var labels = new bool[n];
        var scores = new double[n];
        for (int i = 0; i < n; i++)
        {
            labels[i] = random.NextDouble() < 0.3;
            // Two decimals make many ties; positives lean higher so the AUC is not near ½.
            scores[i] = Math.Round(Math.Min(1, random.NextDouble() * 0.8 + (labels[i] ? 0.2 : 0)), 2);
        }

        Assert.Equal(PairwiseAuc(labels, scores), RocAuc.Compute(labels, scores)!.Value, 12);
    }

    /// <summary>The definition, O(n²): over all positive–negative pairs, 1 when the positive scores higher, ½ on a tie.</summary>
    private static double PairwiseAuc(bool[] labels, double[] scores)
    {
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            if (!labels[i])
            {
                continue;
            }

            for (int j = 0; j < labels.Length; j++)
            {
                if (labels[j])
                {
                    continue;
                }

                pairs++;
                wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
            }
        }

        return wins / pairs;
    }
}
