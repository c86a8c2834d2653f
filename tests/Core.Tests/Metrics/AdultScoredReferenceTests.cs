using System.Globalization;
using AiFactory.Core.Metrics;
using AiFactory.Core.Tests.IO;

namespace AiFactory.Core.Tests.Metrics;

/// <summary>
/// The UCI Adult extract scored by a scikit-learn logistic regression (../shared/data/adult-scored.csv): the metrics
/// must equal the reference figures in that folder's README, which were computed with scikit-learn.
/// </summary>
public class AdultScoredReferenceTests
{
    private static readonly Lazy<(bool[] Labels, double[] Scores)> Data = new(Load);

    [Fact]
    public void Confusion_matrix_at_0_5_matches_the_reference()
    {
        var m = BinaryMetricsCalculator.FromScores(Data.Value.Labels, Data.Value.Scores, 0.5);

        Assert.Equal(3086, m.Confusion.TruePositives);
        Assert.Equal(1292, m.Confusion.FalsePositives);
        Assert.Equal(4755, m.Confusion.FalseNegatives);
        Assert.Equal(23428, m.Confusion.TrueNegatives);
        Assert.Equal(32561, m.Confusion.Total);
    }

    [Fact]
    public void Metrics_match_the_reference_to_1e_minus_9()
    {
        var m = BinaryMetricsCalculator.FromScores(Data.Value.Labels, Data.Value.Scores, 0.5);

        Assert.Equal(0.8142870304966063, m.Accuracy, 1e-9);
        Assert.Equal(0.7048880767473732, m.Precision!.Value, 1e-9);
        Assert.Equal(0.3935722484376993, m.Recall!.Value, 1e-9);
        Assert.Equal(0.5051149848596449, m.F1!.Value, 1e-9);
        Assert.Equal(0.8314172810209715, m.Auc!.Value, 1e-9);
        Assert.Equal(0.40672481221229184, m.LogLoss!.Value, 1e-9);
    }

    [Fact]
    public void Calibration_metrics_match_an_independent_computation()
    {
        // Python (standard library only): math.fsum((s − y)²) / n, and the ECE over the bins min(floor(10·s), 9),
        // Σ_b |Σ (s − y)| / n; the ECE agrees with a second summation order to 3e-16.
        var m = BinaryMetricsCalculator.FromScores(Data.Value.Labels, Data.Value.Scores, 0.5);

        Assert.Equal(0.129990554081509, m.Brier!.Value, 1e-15);
        Assert.Equal(0.019975316802554877, m.Ece!.Value, 1e-15);
    }

    private static (bool[] Labels, double[] Scores) Load()
    {
        string[] lines = File.ReadAllLines(RepositoryLayout.SharedData("adult-scored.csv"));
        string[] header = lines[0].Split(',');
        int label = Array.IndexOf(header, "class");
        int score = Array.IndexOf(header, "score");
        Assert.True(label >= 0 && score >= 0, "adult-scored.csv needs the columns class and score");

        var labels = new List<bool>();
        var scores = new List<double>();
        foreach (string line in lines.Skip(1))
        {
            if (line.Length == 0)
            {
                continue;
            }

            string[] fields = line.Split(',');
            labels.Add(fields[label].Trim() == ">50K");
            scores.Add(double.Parse(fields[score], NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        return (labels.ToArray(), scores.ToArray());
    }
}
