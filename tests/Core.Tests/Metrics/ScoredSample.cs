using AiFactory.Core.Fairness;

namespace AiFactory.Core.Tests.Metrics;

/// <summary>
/// Scored test sets drawn from a known model: x ~ N(0, 1), P(Y = 1 | x) = σ(−1 + 1.5·x), and the model's score
/// σ(a + b·x) — calibrated with a = −1, b = 1.5, miscalibrated otherwise. The population's true metrics are those of a
/// sample of a million rows (their error, about 5e-4, is far inside any interval of a thousand rows).
/// </summary>
internal static class ScoredSample
{
    public static (bool[] Labels, double[] Scores) Draw(int rows, ulong seed, double a = -1, double b = 1.5)
    {
        var random = new Xoshiro256StarStar(seed);
        var labels = new bool[rows];
        var scores = new double[rows];
        for (int i = 0; i < rows; i++)
        {
            double x = Normal(random);
            labels[i] = random.NextDouble() < Sigmoid(-1 + 1.5 * x);
            scores[i] = Sigmoid(a + b * x);
        }

        return (labels, scores);
    }

    public static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    public static double Normal(Xoshiro256StarStar random)
    {
        // Box–Muller; 1 − u keeps the logarithm finite.
        double u = 1 - random.NextDouble(), v = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }
}
