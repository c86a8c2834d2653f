using AiFactory.Core.Evaluation;
using AiFactory.Core.Metrics;
using AiFactory.Core.Tests.IO;
using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Core.Tests.Evaluation;

public class EvaluationRecordTests
{
    [Fact]
    public void Round_trips_every_field_with_bit_exact_doubles()
    {
        using var temp = new TempFolder();
        string path = temp.File("obj/evaluation.json");
        var record = new EvaluationRecord
        {
            TrainingFingerprint = "train-fp",
            EvaluationFingerprint = "eval-fp",
            ModelHash = "sha256:abc",
            Source = "mlnet",
            TestDataPath = "/data/test.csv",
            TestRows = 32561,
            TrainDataPath = "/data/train.csv",
            TrainRows = 100000,
            Metrics = new BinaryMetrics(
                new ConfusionCounts(3086, 1292, 23428, 4755),
                0.1 + 0.2,           // 0.30000000000000004: needs 17 digits
                true,
                1.0 / 3,
                Math.PI / 4,
                double.Epsilon,      // the smallest subnormal
                0.5051149848596449,
                0.8314172810209715,
                0.40672481221229184),
        };

        record.WriteTo(path);
        EvaluationRecord back = EvaluationRecord.ReadFrom(path);

        Assert.Equal("train-fp", back.TrainingFingerprint);
        Assert.Equal("eval-fp", back.EvaluationFingerprint);
        Assert.Equal("sha256:abc", back.ModelHash);
        Assert.Equal("mlnet", back.Source);
        Assert.Equal("/data/test.csv", back.TestDataPath);
        Assert.Equal(32561, back.TestRows);
        Assert.Equal("/data/train.csv", back.TrainDataPath);
        Assert.Equal(100000, back.TrainRows);
        Assert.True(back.Metrics.HasScores);
        Assert.Equal(Bits(0.1 + 0.2), Bits(back.Metrics.Threshold));
        Assert.Equal(Bits(1.0 / 3), Bits(back.Metrics.Accuracy));
        Assert.Equal(Bits(Math.PI / 4), Bits(back.Metrics.Precision!.Value));
        Assert.Equal(Bits(double.Epsilon), Bits(back.Metrics.Recall!.Value));
        Assert.Equal(Bits(0.5051149848596449), Bits(back.Metrics.F1!.Value));
        Assert.Equal(Bits(0.8314172810209715), Bits(back.Metrics.Auc!.Value));
        Assert.Equal(Bits(0.40672481221229184), Bits(back.Metrics.LogLoss!.Value));
        Assert.Equal("TP 3086, FP 1292, TN 23428, FN 4755", back.Metrics.Confusion.ToString());
        Assert.Equal(record.ToJson(), back.ToJson());
    }

    [Fact]
    public void Label_only_predictions_round_trip_with_nulls_and_a_NaN_threshold()
    {
        using var temp = new TempFolder();
        string path = temp.File("evaluation.json");
        var record = new EvaluationRecord
        {
            EvaluationFingerprint = "e",
            Source = "predictions",
            TestDataPath = "scored.csv",
            TestRows = 2,
            Metrics = BinaryMetricsCalculator.FromPredictions(new[] { true, false }, new[] { false, false }),
        };

        record.WriteTo(path);
        EvaluationRecord back = EvaluationRecord.ReadFrom(path);

        Assert.Equal("", back.TrainingFingerprint);
        Assert.Null(back.ModelHash);
        Assert.Null(back.TrainDataPath);
        Assert.Null(back.TrainRows);
        Assert.False(back.Metrics.HasScores);
        Assert.True(double.IsNaN(back.Metrics.Threshold));
        Assert.Null(back.Metrics.Precision);
        Assert.Null(back.Metrics.F1);
        Assert.Null(back.Metrics.Auc);
        Assert.Null(back.Metrics.LogLoss);
        Assert.Equal(0.0, back.Metrics.Recall);
    }

    [Fact]
    public void Writing_the_same_record_again_leaves_the_file_untouched()
    {
        using var temp = new TempFolder();
        string path = temp.File("evaluation.json");
        var record = new EvaluationRecord
        {
            EvaluationFingerprint = "e",
            TestDataPath = "t.csv",
            TestRows = 2,
            Metrics = BinaryMetricsCalculator.FromScores(new[] { true, false }, new[] { 0.8, 0.1 }, 0.5),
        };
        record.WriteTo(path);
        var old = new DateTime(2021, 5, 6, 7, 8, 9, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, old);

        record.WriteTo(path);

        Assert.Equal(old, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void A_missing_file_is_stale_results_at_the_file()
    {
        using var temp = new TempFolder();
        string path = temp.File("evaluation.json");

        var e = Assert.Throws<DiagnosticException>(() => EvaluationRecord.ReadFrom(path));

        Assert.Equal(DiagnosticIds.StaleResults, e.Diagnostic.Code);
        Assert.Equal(path, e.Diagnostic.Location!.File);
        Assert.Equal(0, e.Diagnostic.Location.Line);
        Assert.Contains("does not exist", e.Diagnostic.Message);
        Assert.Contains("--no-incremental", e.Diagnostic.Message);
    }

    [Theory]
    [InlineData("{ \"schemaVersion\": 1 }", "schema version 1")]
    [InlineData("{ \"schemaVersion\": ", "is not valid JSON at line 1")]
    [InlineData("[]", "does not hold a JSON object")]
    [InlineData("{ \"schemaVersion\": 2 }", "has no \"metrics\"")]
    public void Unreadable_or_other_version_files_are_stale_results(string text, string expected)
    {
        using var temp = new TempFolder();
        string path = temp.File("evaluation.json");
        File.WriteAllText(path, text);

        var e = Assert.Throws<DiagnosticException>(() => EvaluationRecord.ReadFrom(path));

        Assert.Equal(DiagnosticIds.StaleResults, e.Diagnostic.Code);
        Assert.Equal(new SourceLocation(path, 0, 0).ToString(), e.Diagnostic.Location!.ToString());
        Assert.Contains(expected, e.Diagnostic.Message);
    }

    [Fact]
    public void A_field_of_the_wrong_type_is_stale_results()
    {
        using var temp = new TempFolder();
        string path = temp.File("evaluation.json");
        var record = new EvaluationRecord
        {
            EvaluationFingerprint = "e",
            TestDataPath = "t.csv",
            TestRows = 2,
            Metrics = BinaryMetricsCalculator.FromScores(new[] { true, false }, new[] { 0.8, 0.1 }, 0.5),
        };
        File.WriteAllText(path, record.ToJson().Replace("\"truePositives\": 1", "\"truePositives\": -1"));

        var e = Assert.Throws<DiagnosticException>(() => EvaluationRecord.ReadFrom(path));

        Assert.Equal(DiagnosticIds.StaleResults, e.Diagnostic.Code);
        Assert.Contains("\"truePositives\" that is not a count", e.Diagnostic.Message);
    }

    private static long Bits(double value) => BitConverter.DoubleToInt64Bits(value);
}
