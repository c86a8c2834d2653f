using AiFactory.Core.Data;
using AiFactory.Core.Evaluation;
using AiFactory.Core.Fairness;
using AiFactory.Core.Gates;
using AiFactory.Core.Metrics;
using AiFactory.Core.Tests.IO;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;

namespace AiFactory.Core.Tests.Fairness;

/// <summary>
/// docs/diagnostics/AIF5001.md … AIF5014.md: each page's example manifest, judged on ../shared/data/adult-scored.csv,
/// prints exactly the lines the page shows — so a changed message or position cannot leave a page stale.
/// </summary>
public class FairnessDiagnosticPagesTests
{
    public static TheoryData<string> Codes => new(Enumerable.Range(5001, 14).Select(n => "AIF" + n));

    private static string? Block(string page, string language) => DiagnosticPage.Block(page, language);

    private static string Line(Diagnostic d) => DiagnosticPage.Line(d);

    [Theory]
    [MemberData(nameof(Codes))]
    public void Page_example_prints_the_lines_the_page_shows(string code)
    {
        string page = File.ReadAllText(Path.Combine(RepositoryLayout.Root, "docs", "diagnostics", code + ".md"));
        string[] expected = Block(page, "text")!.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
        ManifestReadResult read = ManifestReader.Read("aifactory.json", Block(page, "jsonc")!, new ManifestReadOptions());
        Assert.Empty(read.Diagnostics);
        ModelManifest manifest = read.Manifest!;
        ScoredPredictions adult = FairnessFixtures.Adult;

        string[] printed;
        try
        {
            var evaluation = new EvaluationRecord
            {
                EvaluationFingerprint = "adult",
                TestRows = adult.RowCount,
                Metrics = BinaryMetricsCalculator.FromScores(adult.Labels, adult.Scores!, 0.5),
                Groups = GroupedEvaluation.Compute(adult.Table, manifest.Data, adult.Labels, GroupedEvaluation.Predict(adult.Scores!, 0.5), adult.Scores),
            };
            UncertaintyRecord uncertainty = UncertaintyEstimator.Estimate(evaluation.Groups!, FairnessSettings.From(manifest), "u", "adult");
            printed = GateEvaluator.Evaluate(manifest, evaluation, uncertainty).Diagnostics.Select(Line).ToArray();
        }
        catch (DiagnosticException e)
        {
            printed = new[] { Line(e.Diagnostic) }; // AIF5011 comes from the evaluation itself
        }

        Assert.Equal(expected, printed);
        Assert.Contains(printed, l => l.Contains($" {code}: ", StringComparison.Ordinal));
    }
}
