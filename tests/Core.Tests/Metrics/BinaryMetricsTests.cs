using AiFactory.Core.Metrics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.Metrics;

/// <summary>
/// Every overall metric descriptor has its value computed into its slot, and an undefined metric is explained by the
/// rows its descriptor says it is taken over — so a descriptor added without its computation fails here.
/// </summary>
public class BinaryMetricsTests
{
    // The hand-computed example of BinaryMetricsCalculatorTests: TP 2, FP 1, TN 2, FN 1.
    private static readonly BinaryMetrics Example = BinaryMetricsCalculator.FromScores(
        new[] { true, true, false, true, false, false }, new[] { 0.9, 0.6, 0.6, 0.4, 0.3, 0.1 }, 0.5);

    [Fact]
    public void Each_descriptor_reads_its_own_slot()
    {
        var expected = new Dictionary<string, double>
        {
            ["auc"] = 7.5 / 9,
            ["accuracy"] = 4.0 / 6,
            ["f1"] = 2.0 / 3,
            ["precision"] = 2.0 / 3,
            ["recall"] = 2.0 / 3,
            ["logLoss"] = 0.485133844,
            // (0.1² + 0.4² + 0.6² + 0.6² + 0.3² + 0.1²) / 6 = 0.99 / 6
            ["brier"] = 0.165,
            // Bins 9: −0.1; 6: (0.6 − 1) + 0.6 = 0.2; 4: −0.6; 3: 0.3; 1: 0.1 → (0.1 + 0.2 + 0.6 + 0.3 + 0.1) / 6
            ["ece"] = 1.3 / 6,
        };
        Assert.Equal(MetricNames.All.OrderBy(n => n), expected.Keys.OrderBy(n => n));
        foreach (MetricDescriptor metric in MetricDescriptor.Overall)
        {
            Assert.Equal(expected[metric.Name], Example.Get(metric)!.Value, 8);
            Assert.Equal(Example.Get(metric), Example.Get(metric.Name));
        }

        Assert.Throws<ArgumentException>(() => Example.Get(MetricDescriptor.CostPer1000));
        Assert.Throws<ArgumentException>(() => Example.Get("costPer1000"));
    }

    [Fact]
    public void Slots_are_distinct_properties()
    {
        // Distinct values in every slot, so a descriptor reading another's slot cannot pass.
        var m = new BinaryMetrics(new ConfusionCounts(1, 1, 1, 1), 0.5, true, accuracy: 0.11, precision: 0.22, recall: 0.33, f1: 0.44, auc: 0.55, logLoss: 0.66,
            brier: 0.77, ece: 0.88);
        Assert.Equal(new double?[] { 0.55, 0.11, 0.44, 0.22, 0.33, 0.66, 0.77, 0.88 }, MetricDescriptor.Overall.Select(d => m.Get(d)));
        Assert.Equal((0.11, 0.22, 0.33, 0.44, 0.55, 0.66), (m.Accuracy, m.Precision!.Value, m.Recall!.Value, m.F1!.Value, m.Auc!.Value, m.LogLoss!.Value));
        Assert.Equal((0.77, 0.88), (m.Brier!.Value, m.Ece!.Value));
    }

    [Fact]
    public void An_undefined_metric_is_explained_by_its_conditioning()
    {
        // Nothing predicted positive, no positive row: precision, recall, f1 and auc are undefined.
        BinaryMetrics none = BinaryMetricsCalculator.FromScores(new[] { false, false }, new[] { 0.1, 0.2 }, 0.5);
        foreach (MetricDescriptor metric in MetricDescriptor.Overall.Where(m => none.Get(m) is null))
        {
            string reason = UndefinedMetricReason.Explain(none, metric.Name)!;
            switch (metric.Conditioning)
            {
                case MetricConditioning.PredictedPositives:
                case MetricConditioning.PositivesAndPredictedPositives:
                    Assert.StartsWith("no row was predicted positive", reason);
                    break;
                case MetricConditioning.Positives:
                    Assert.StartsWith("the data has no positive rows (recall", reason);
                    break;
                case MetricConditioning.BothClasses:
                    Assert.StartsWith("the data has no positive rows, so no positive", reason);
                    break;
                default:
                    throw new InvalidOperationException($"{metric.Name} over all rows is never undefined on a test set");
            }
        }

        Assert.Equal(new[] { "auc", "f1", "precision", "recall" }, MetricDescriptor.Overall.Where(m => none.Get(m) is null).Select(m => m.Name).OrderBy(n => n));
        BinaryMetrics labelsOnly = BinaryMetricsCalculator.FromPredictions(new[] { true, false }, new[] { true, false });
        foreach (MetricDescriptor metric in MetricDescriptor.Overall.Where(m => m.NeedsScores))
        {
            Assert.Equal("the predictions are labels only, without scores", UndefinedMetricReason.Explain(labelsOnly, metric.Name));
        }
    }
}
