using AiFactory.Core.Data;
using AiFactory.Core.Evaluation;
using AiFactory.Core.Gates;
using AiFactory.Core.Metrics;
using AiFactory.Core.Tests.Fairness;
using AiFactory.Core.Tests.IO;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;

namespace AiFactory.Core.Tests.Gates;

/// <summary>
/// The pages of the metric gates' judging (AIF4013): the example manifest, judged on ../shared/data/adult-scored.csv,
/// prints exactly the lines the page shows.
/// </summary>
public class MetricDiagnosticPagesTests
{
    private static string? Block(string page, string language) => DiagnosticPage.Block(page, language);

    private static string Line(Diagnostic d) => DiagnosticPage.Line(d);

    [Theory]
    [InlineData("AIF4013")]
    public void Page_example_prints_the_lines_the_page_shows(string code)
    {
        string page = File.ReadAllText(Path.Combine(RepositoryLayout.Root, "docs", "diagnostics", code + ".md"));
        string[] expected = Block(page, "text")!.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
        ManifestReadResult read = ManifestReader.Read("aifactory.json", Block(page, "jsonc")!, new ManifestReadOptions());
        Assert.Empty(read.Diagnostics);
        ScoredPredictions adult = FairnessFixtures.Adult;
        var evaluation = new EvaluationRecord
        {
            EvaluationFingerprint = "adult",
            TestRows = adult.RowCount,
            Metrics = BinaryMetricsCalculator.FromScores(adult.Labels, adult.Scores!, 0.5),
        };
        string[] printed = GateEvaluator.Evaluate(read.Manifest!, evaluation).Diagnostics.Select(Line).ToArray();
        Assert.Equal(expected, printed);
        Assert.Contains(printed, l => l.Contains($" {code}: ", StringComparison.Ordinal));
    }
}
