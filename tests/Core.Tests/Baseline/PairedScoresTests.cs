using AiFactory.Core.Baseline;
using AiFactory.Core.Tests.Data;
using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Core.Tests.Baseline;

/// <summary>test-scores.csv read back as the build wrote it, refused with a coded diagnostic at the line and column of the problem.</summary>
public sealed class PairedScoresTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private static Diagnostic Fails(Action action, string code, string file, int line, int column)
    {
        Diagnostic diagnostic = Assert.Throws<DiagnosticException>(action).Diagnostic;
        Assert.Equal((code, DiagnosticSeverity.Error), (diagnostic.Code, diagnostic.Severity));
        Assert.Equal((file, line, column), (diagnostic.Location!.File, diagnostic.Location.Line, diagnostic.Location.Column));
        return diagnostic;
    }

    [Fact]
    public void What_the_build_writes_reads_back_to_the_same_rows()
    {
        bool[] labels = { true, false, false, true };
        double[] scores = { 0.1 + 0.2, 1e-17, 0, 1 };
        bool[] predicted = { false, false, false, true };
        string text = TestScoresFile.Format(labels, scores, predicted);
        Assert.Equal("label,score,predicted\n1,0.30000000000000004,0\n0,1E-17,0\n0,0,0\n1,1,1\n", text);
        string path = _folder.Write("test-scores.csv", text);
        PairedScores read = PairedScores.Read(path);
        Assert.Equal(labels, read.Labels);
        Assert.Equal(scores, read.Scores);
        Assert.Equal(predicted, read.Predicted);

        // Label-only predictions: no scores. Line ends turned into \r\n by a checkout read the same.
        string labelsOnly = _folder.Write("labels.csv", TestScoresFile.Format(labels, null, predicted).Replace("\n", "\r\n"));
        PairedScores noScores = PairedScores.Read(labelsOnly);
        Assert.False(noScores.HasScores);
        Assert.Equal(predicted, noScores.Predicted);
    }

    [Fact]
    public void The_file_beside_a_results_json_is_the_one_read_and_its_absence_is_reported_there()
    {
        string results = _folder.Write("results.json", "{}");
        Diagnostic missing = Fails(() => PairedScores.ReadNextTo(results), DiagnosticIds.BaselineInvalid, results, 0, 0);
        Assert.Contains("no test-scores.csv beside", missing.Message);
        _folder.Write("test-scores.csv", "label,score,predicted\n1,0.5,1\n");
        Assert.Equal(Path.Combine(_folder.Path, "test-scores.csv"), PairedScores.ReadNextTo(results).Path);
    }

    [Theory]
    [InlineData("label,score\n1,0.5\n", 1, 1, "does not start with the line \"label,score,predicted\"")]
    [InlineData("label,score,predicted\n", 2, 1, "holds no rows")]
    [InlineData("label,score,predicted\n1,0.5,1\n0,0.2\n", 3, 1, "not label,score,predicted (three fields)")]
    [InlineData("label,score,predicted\n1,0.5,1\n0,0.2,0,7\n", 3, 1, "(three fields)")]
    [InlineData("label,score,predicted\n1,0.5,1\nyes,0.2,0\n", 3, 1, "the label \"yes\" on line 3 of test-scores.csv is not 1 or 0")]
    [InlineData("label,score,predicted\n1,0.5,1\n0,0.25,2\n", 3, 8, "the predicted label \"2\" on line 3")]
    [InlineData("label,score,predicted\n1,0.5,1\n0,1.5,1\n", 3, 3, "the score \"1.5\" on line 3 of test-scores.csv is not a probability in [0, 1]")]
    [InlineData("label,score,predicted\n1,0.5,1\n0,abc,1\n", 3, 3, "the score \"abc\"")]
    [InlineData("label,score,predicted\n1,0.5,1\n0,,1\n", 3, 3, "has no score and line 2 has one")]
    [InlineData("label,score,predicted\n1,,1\n0,0.5,1\n", 3, 3, "has a score and line 2 has none")]
    public void A_malformed_line_is_reported_where_it_is(string text, int line, int column, string message)
    {
        string path = _folder.Write("test-scores.csv", text);
        Diagnostic diagnostic = Fails(() => PairedScores.Read(path), DiagnosticIds.BaselineInvalid, path, line, column);
        Assert.Contains(message, diagnostic.Message);
        Assert.Contains("use the test-scores.csv the model's build wrote", diagnostic.Message);
    }

    [Fact]
    public void Rows_of_other_labels_or_another_count_are_not_paired_and_the_first_differing_row_is_named()
    {
        var current = new PairedScores("current.csv", new[] { true, false, true, false }, null, new bool[4]);
        PairedScores.RequireSameRows(current, new PairedScores("same.csv", new[] { true, false, true, false }, null, new[] { true, true, true, true }));

        var swapped = new PairedScores("baseline.csv", new[] { true, false, false, true }, null, new bool[4]);
        Diagnostic differ = Fails(() => PairedScores.RequireSameRows(current, swapped), DiagnosticIds.BaselineNotComparable, "baseline.csv", 4, 1);
        Assert.Contains("row 3 of the baseline's test rows has label 0 where row 3 of this model's has 1", differ.Message);

        var shorter = new PairedScores("baseline.csv", new[] { true, false, true }, null, new bool[3]);
        Diagnostic fewer = Fails(() => PairedScores.RequireSameRows(current, shorter), DiagnosticIds.BaselineNotComparable, "baseline.csv", 5, 1);
        Assert.Contains("holds 3 rows and this model's 4: row 4 is in only one of them", fewer.Message);

        var longer = new PairedScores("baseline.csv", new[] { true, false, true, false, true }, null, new bool[5]);
        Fails(() => PairedScores.RequireSameRows(current, longer), DiagnosticIds.BaselineNotComparable, "baseline.csv", 6, 1);
        Fails(() => PairedDifference.Estimate(Manifest.Model.MetricDescriptor.Accuracy, current, swapped, null, 0.95, 100, 1),
            DiagnosticIds.BaselineNotComparable, "baseline.csv", 4, 1);
    }
}
