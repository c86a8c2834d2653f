using AiFactory.Core.Metrics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.Metrics;

public class BinaryMetricsCalculatorTests
{
    [Fact]
    public void Scores_give_counts_rates_auc_and_log_loss_computed_by_hand()
    {
        bool[] labels = { true, true, false, true, false, false };
        double[] scores = { 0.9, 0.6, 0.6, 0.4, 0.3, 0.1 };

        var m = BinaryMetricsCalculator.FromScores(labels, scores, 0.5);

        // Predicted positive iff score >= 0.5: rows 0, 1, 2. TP = rows 0, 1; FP = row 2; FN = row 3; TN = rows 4, 5.
        Assert.Equal(new[] { 2L, 1L, 2L, 1L }, new[] { m.Confusion.TruePositives, m.Confusion.FalsePositives, m.Confusion.TrueNegatives, m.Confusion.FalseNegatives });
        Assert.Equal(4.0 / 6, m.Accuracy, 15);       // (2 + 2) / 6
        Assert.Equal(2.0 / 3, m.Precision!.Value, 15); // 2 / (2 + 1)
        Assert.Equal(2.0 / 3, m.Recall!.Value, 15);    // 2 / (2 + 1)
        Assert.Equal(2.0 / 3, m.F1!.Value, 15);        // 2·(2/3)·(2/3) / (4/3)

        // Positives score {0.9, 0.6, 0.4}, negatives {0.6, 0.3, 0.1}: 9 pairs.
        // 0.9 beats all 3 → 3; 0.6 ties 0.6 (½) and beats 0.3, 0.1 → 2.5; 0.4 beats 0.3, 0.1 → 2. AUC = 7.5 / 9.
        Assert.Equal(7.5 / 9, m.Auc!.Value, 15);

        // −(ln 0.9 + ln 0.6 + ln(1 − 0.6) + ln 0.4 + ln(1 − 0.3) + ln(1 − 0.1)) / 6
        // = (0.105360516 + 0.510825624 + 0.916290732 + 0.916290732 + 0.356674944 + 0.105360516) / 6 = 0.485133844
        Assert.Equal(0.485133844, m.LogLoss!.Value, 8);
        Assert.Equal(0.5, m.Threshold);
        Assert.True(m.HasScores);
    }

    [Fact]
    public void A_score_equal_to_the_threshold_is_positive()
    {
        var m = BinaryMetricsCalculator.FromScores(new[] { true, false }, new[] { 0.5, 0.4999999 }, 0.5);

        Assert.Equal(1, m.Confusion.TruePositives);
        Assert.Equal(1, m.Confusion.TrueNegatives);
        Assert.Equal(1.0, m.Accuracy);
    }

    [Fact]
    public void Label_only_predictions_have_no_auc_log_loss_or_threshold()
    {
        // label 1 0 1 0 1, predicted 1 1 0 0 1 → TP rows 0, 4; FP row 1; FN row 2; TN row 3.
        var m = BinaryMetricsCalculator.FromPredictions(new[] { true, false, true, false, true }, new[] { true, true, false, false, true });

        Assert.Equal(0.6, m.Accuracy, 15);             // 3 / 5
        Assert.Equal(2.0 / 3, m.Precision!.Value, 15); // 2 / 3
        Assert.Equal(2.0 / 3, m.Recall!.Value, 15);    // 2 / 3
        Assert.Null(m.Auc);
        Assert.Null(m.LogLoss);
        Assert.False(m.HasScores);
        Assert.True(double.IsNaN(m.Threshold));
    }

    [Fact]
    public void Precision_and_f1_are_undefined_when_nothing_is_predicted_positive()
    {
        // TP 0, FP 0, FN 1, TN 1: precision 0/0, recall 0/1 = 0.
        var m = BinaryMetricsCalculator.FromPredictions(new[] { true, false }, new[] { false, false });

        Assert.Null(m.Precision);
        Assert.Equal(0.0, m.Recall);
        Assert.Null(m.F1);
        Assert.Equal(0.5, m.Accuracy);
        Assert.Contains("no row was predicted positive", UndefinedMetricReason.Explain(m, MetricNames.Precision));
        Assert.Contains("no row was predicted positive", UndefinedMetricReason.Explain(m, MetricNames.F1));
        Assert.Null(UndefinedMetricReason.Explain(m, MetricNames.Recall));
    }

    [Fact]
    public void Recall_f1_and_auc_are_undefined_without_positive_rows()
    {
        // Both rows negative; row 0 predicted positive: TP 0, FP 1, TN 1, FN 0 → precision 0/1 = 0, recall 0/0.
        var m = BinaryMetricsCalculator.FromScores(new[] { false, false }, new[] { 0.7, 0.2 }, 0.5);

        Assert.Equal(0.0, m.Precision);
        Assert.Null(m.Recall);
        Assert.Null(m.F1);
        Assert.Null(m.Auc);
        Assert.NotNull(m.LogLoss);
        Assert.Contains("no positive rows", UndefinedMetricReason.Explain(m, MetricNames.Recall));
        Assert.Contains("no positive rows", UndefinedMetricReason.Explain(m, MetricNames.Auc));
    }

    [Fact]
    public void F1_is_zero_when_precision_and_recall_are_both_zero()
    {
        // label 1 predicted 0 (FN), label 0 predicted 1 (FP): P = 0/1, R = 0/1, P + R = 0.
        var m = BinaryMetricsCalculator.FromPredictions(new[] { true, false }, new[] { false, true });

        Assert.Equal(0.0, m.Precision);
        Assert.Equal(0.0, m.Recall);
        Assert.Equal(0.0, m.F1);
    }

    [Fact]
    public void Get_returns_each_metric_by_its_manifest_name()
    {
        var m = new BinaryMetrics(new ConfusionCounts(1, 2, 3, 4), 0.5, true, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6);

        Assert.Equal(0.5, m.Get(MetricNames.Auc));
        Assert.Equal(0.1, m.Get(MetricNames.Accuracy));
        Assert.Equal(0.4, m.Get(MetricNames.F1));
        Assert.Equal(0.2, m.Get(MetricNames.Precision));
        Assert.Equal(0.3, m.Get(MetricNames.Recall));
        Assert.Equal(0.6, m.Get(MetricNames.LogLoss));
        Assert.Throws<ArgumentException>(() => m.Get("AUC"));
    }

    [Fact]
    public void Bad_input_is_refused()
    {
        Assert.Throws<ArgumentException>(() => BinaryMetricsCalculator.FromScores(Array.Empty<bool>(), Array.Empty<double>(), 0.5));
        Assert.Throws<ArgumentException>(() => BinaryMetricsCalculator.FromScores(new[] { true }, new[] { 0.1, 0.2 }, 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => BinaryMetricsCalculator.FromScores(new[] { true }, new[] { double.NaN }, 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => BinaryMetricsCalculator.FromScores(new[] { true }, new[] { 1.5 }, 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => BinaryMetricsCalculator.FromScores(new[] { true }, new[] { 0.5 }, double.NaN));
    }
}
