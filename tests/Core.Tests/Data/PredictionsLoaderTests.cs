using System.Globalization;
using AiFactory.Core.Data;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.Data;

public class PredictionsLoaderTests
{
    private static ModelManifest Manifest(string testPath, string? score = "score", string? prediction = null, string label = "y", string positive = "yes")
    {
        var manifest = new ModelManifest { FilePath = "/repo/model/aifactory.json", Directory = "/repo/model" };
        manifest.Data.TestPath = testPath;
        manifest.Data.TestLocation = new SourceLocation(manifest.FilePath, 4, 13);
        manifest.Data.Label = label;
        manifest.Data.Positive = positive;
        manifest.Data.PositiveLocation = new SourceLocation(manifest.FilePath, 6, 17);
        manifest.Data.Score = score;
        manifest.Data.ScoreLocation = score is null ? null : new SourceLocation(manifest.FilePath, 7, 14);
        manifest.Data.Prediction = prediction;
        manifest.Data.PredictionLocation = prediction is null ? null : new SourceLocation(manifest.FilePath, 8, 19);
        return manifest;
    }

    [Fact]
    public void Loads_adult_scored_csv()
    {
        ModelManifest manifest = Manifest(SharedData.AdultScoredCsv, label: "class", positive: ">50K");
        manifest.Data.MissingValues = new[] { "?" };
        manifest.Data.Sensitive = new[] { "sex" };

        ScoredPredictions predictions = PredictionsLoader.Load(manifest);

        Assert.Equal(32561, predictions.RowCount);
        Assert.Null(predictions.Predicted);
        Assert.Equal(32561, predictions.Scores!.Length);
        Assert.All(predictions.Scores, s => Assert.InRange(s, 0.0, 1.0));
        string[][] rows = File.ReadLines(SharedData.AdultScoredCsv).Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.Equal(rows.Select(r => double.Parse(r[15], CultureInfo.InvariantCulture)), predictions.Scores);
        Assert.Equal(rows.Select(r => r[14] == ">50K"), predictions.Labels);
        // The README's reference: 3,086 + 1,292 rows predicted positive at 0.5 (tp + fp of both groups).
        Assert.Equal(425 + 415 + 2661 + 877, predictions.Scores.Count(s => s >= 0.5));
        Assert.Equal(ColumnType.Category, predictions.Table.Get("sex").Type);
    }

    [Fact]
    public void Scores_are_read_as_numbers_in_score_mode()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("p.csv", "y,score\nyes,0.9\nno,0\nno,1\n");

        ScoredPredictions predictions = PredictionsLoader.Load(Manifest(path));

        Assert.Equal(new[] { 0.9, 0, 1 }, predictions.Scores!);
        Assert.Equal(new[] { true, false, false }, predictions.Labels);
    }

    [Theory]
    [InlineData("1.5", "outside [0, 1]")]
    [InlineData("-0.01", "outside [0, 1]")]
    [InlineData("abc", "is not a number in [0, 1]")]
    [InlineData("", "is missing at line 3")]
    [InlineData("NaN", "is not a number in [0, 1]")]
    public void A_bad_score_is_AIF3008_at_its_line_and_column(string score, string expected)
    {
        using var dir = new TempDirectory();
        string path = dir.Write("p.csv", $"id,y,score\n1,yes,0.5\n22,no,{score}\n3,no,0.1\n");

        var diagnostic = DiagnosticAssert.Fails(() => PredictionsLoader.Load(Manifest(path)), "AIF3008", path, 3, 7);

        Assert.Contains(expected, diagnostic.Message);
    }

    [Fact]
    public void Predicted_labels_map_to_booleans_in_prediction_mode()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("p.csv", "y,pred\nyes,no\nno,no\nyes,yes\n");

        ScoredPredictions predictions = PredictionsLoader.Load(Manifest(path, score: null, prediction: "pred"));

        Assert.Null(predictions.Scores);
        Assert.Equal(new[] { false, false, true }, predictions.Predicted!);
        Assert.Equal(new[] { true, false, true }, predictions.Labels);
    }

    [Fact]
    public void A_prediction_that_is_not_a_label_value_is_AIF3006()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("p.csv", "y,pred\nyes,no\nno,No\n");

        var diagnostic = DiagnosticAssert.Fails(() => PredictionsLoader.Load(Manifest(path, score: null, prediction: "pred")), "AIF3006", path, 3, 4);

        Assert.Contains("prediction 'No'", diagnostic.Message);
    }

    [Fact]
    public void A_test_file_with_one_class_is_AIF3007()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("p.csv", "y,score\nno,0.1\nno,0.2\n");

        ModelManifest manifest = Manifest(path, positive: "no");

        DiagnosticAssert.Fails(() => PredictionsLoader.Load(manifest), "AIF3007", path, 1, 0);
    }

    [Fact]
    public void A_missing_score_column_is_AIF3003_with_a_did_you_mean()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("p.csv", "y,Score\nyes,0.1\nno,0.2\n");

        var diagnostic = DiagnosticAssert.Fails(() => PredictionsLoader.Load(Manifest(path)), "AIF3003", path, 1, 0);

        Assert.Contains("did you mean 'Score'?", diagnostic.Message);
    }

    [Fact]
    public void A_missing_sensitive_column_is_AIF3003()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("p.csv", "y,score\nyes,0.1\nno,0.2\n");
        ModelManifest manifest = Manifest(path);
        manifest.Data.Sensitive = new[] { "sex" };

        var diagnostic = DiagnosticAssert.Fails(() => PredictionsLoader.Load(manifest), "AIF3003", path, 1, 0);

        Assert.Contains("'sex'", diagnostic.Message);
    }

    [Fact]
    public void A_missing_test_file_is_AIF3001_at_data_test()
    {
        using var dir = new TempDirectory();

        DiagnosticAssert.Fails(() => PredictionsLoader.Load(Manifest(Path.Combine(dir.Path, "none.csv"))), "AIF3001", "/repo/model/aifactory.json", 4, 13);
    }

    [Fact]
    public void A_positive_class_no_row_has_is_AIF3006_at_data_positive()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("p.csv", "y,score\nYes,0.1\nNo,0.2\n");

        var diagnostic = DiagnosticAssert.Fails(() => PredictionsLoader.Load(Manifest(path)), "AIF3006", "/repo/model/aifactory.json", 6, 17);

        Assert.Contains("Did you mean 'Yes'?", diagnostic.Message);
    }

    [Fact]
    public void Score_and_prediction_together_are_AIF2013()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("p.csv", "y,score,pred\nyes,0.1,yes\nno,0.2,no\n");

        var diagnostic = Assert.Throws<DiagnosticException>(() => PredictionsLoader.Load(Manifest(path, prediction: "pred"))).Diagnostic;

        Assert.Equal("AIF2013", diagnostic.Code);
        Assert.Equal(8, diagnostic.Location!.Line);
    }

    [Fact]
    public void Neither_score_nor_prediction_is_AIF2006()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("p.csv", "y\nyes\nno\n");

        var diagnostic = Assert.Throws<DiagnosticException>(() => PredictionsLoader.Load(Manifest(path, score: null))).Diagnostic;

        Assert.Equal("AIF2006", diagnostic.Code);
    }

    [Fact]
    public void A_score_declared_category_is_AIF2013_at_the_declaration()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("p.csv", "y,score\nyes,0.1\nno,0.2\n");
        ModelManifest manifest = Manifest(path);
        var declaredAt = new SourceLocation(manifest.FilePath, 9, 25);
        manifest.Data.Columns = new[] { new ColumnDeclaration("score", ColumnType.Category, declaredAt) };

        var diagnostic = Assert.Throws<DiagnosticException>(() => PredictionsLoader.Load(manifest)).Diagnostic;

        Assert.Equal("AIF2013", diagnostic.Code);
        Assert.Same(declaredAt, diagnostic.Location);
    }
}
