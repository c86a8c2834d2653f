using AiFactory.Core.Baseline;
using AiFactory.Core.Fairness;
using AiFactory.Core.Metrics;
using AiFactory.Core.Tests.Metrics;

namespace AiFactory.Core.Tests.Baseline;

/// <summary>
/// Two correlated models scored on the same test rows, drawn from a known population: x ~ N(0, 1), e ~ N(0, 1),
/// P(Y = 1 | x) = σ(−1 + 1.5·x); the baseline scores σ(−1 + 1.5·x) (the true probability), the current model
/// σ(−1 + 1.5·(x + 0.5·e)) — it sees x through noise, so it ranks and calibrates worse, and its scores move with the
/// baseline's. The true difference of a figure is that of a million rows drawn from the same population.
/// </summary>
internal static class PairedSample
{
    public const double Threshold = 0.5;

    public static (PairedScores Current, PairedScores Baseline) Draw(int rows, ulong seed)
    {
        var random = new Xoshiro256StarStar(seed);
        var labels = new bool[rows];
        var current = new double[rows];
        var baseline = new double[rows];
        for (int i = 0; i < rows; i++)
        {
            double x = ScoredSample.Normal(random), e = ScoredSample.Normal(random);
            labels[i] = random.NextDouble() < ScoredSample.Sigmoid(-1 + 1.5 * x);
            baseline[i] = ScoredSample.Sigmoid(-1 + 1.5 * x);
            current[i] = ScoredSample.Sigmoid(-1 + 1.5 * (x + 0.5 * e));
        }

        return (Rows("current.csv", labels, current), Rows("baseline.csv", labels, baseline));
    }

    public static PairedScores Rows(string path, bool[] labels, double[] scores) =>
        new(path, labels, scores, GroupedEvaluation.Predict(scores, Threshold));

    public static BinaryMetrics Metrics(PairedScores rows) => BinaryMetricsCalculator.FromScores(rows.Labels, rows.Scores!, Threshold);
}
