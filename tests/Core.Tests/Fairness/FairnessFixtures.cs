using AiFactory.Core.Data;
using AiFactory.Core.Evaluation;
using AiFactory.Core.Fairness;
using AiFactory.Core.Metrics;
using AiFactory.Core.Tests.IO;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;

namespace AiFactory.Core.Tests.Fairness;

/// <summary>Manifests read from text (so gate locations are real), evaluations built from labels and predictions, and the Adult scores.</summary>
internal static class FairnessFixtures
{
    public static readonly string ManifestPath = Path.Combine(Path.GetTempPath(), "aif-fairness-tests", "aifactory.json");

    /// <summary>A predictions-mode manifest with this fairness section (line 5 holds it) and these sensitive attributes.</summary>
    public static ModelManifest Manifest(string fairness, string sensitive = "[\"group\"]", string extraData = "")
    {
        string text = ManifestText(fairness, sensitive, extraData);
        ManifestReadResult read = ManifestReader.Read(ManifestPath, text, new ManifestReadOptions());
        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
        return read.Manifest!;
    }

    public static string ManifestText(string fairness, string sensitive = "[\"group\"]", string extraData = "") =>
        "{\n" +
        "  \"model\": { \"name\": \"M\", \"source\": \"predictions\", \"seed\": 42 },\n" +
        $"  \"data\": {{ \"test\": \"scored.csv\", \"label\": \"y\", \"positive\": \"1\", \"score\": \"s\", \"sensitive\": {sensitive}{extraData} }},\n" +
        "  \"gates\": {\n" +
        $"    \"fairness\": {{ {fairness} }}\n" +
        "  }\n" +
        "}\n";

    /// <summary>1-based column of <paramref name="text"/> on the fairness line of <see cref="ManifestText"/>.</summary>
    public static int Column(string fairness, string text) => "    \"fairness\": { ".Length + fairness.IndexOf(text, StringComparison.Ordinal) + 1;

    /// <summary>An evaluation of labelled predictions split by one attribute.</summary>
    public static EvaluationRecord Evaluation(string attribute, string[] groups, bool[] labels, bool[] predicted, double[]? scores = null)
    {
        var names = groups.Distinct().OrderBy(g => g, StringComparer.Ordinal).ToList();
        var grouping = new Grouping(new[] { attribute }, names, groups.Select(g => names.IndexOf(g)).ToArray());
        return Evaluation(new[] { grouping }, labels, predicted, scores);
    }

    public static EvaluationRecord Evaluation(IReadOnlyList<Grouping> groupings, bool[] labels, bool[] predicted, double[]? scores = null)
    {
        BinaryMetrics metrics = scores != null
            ? BinaryMetricsCalculator.FromScores(labels, scores, 0.5)
            : BinaryMetricsCalculator.FromPredictions(labels, predicted);
        return new EvaluationRecord
        {
            EvaluationFingerprint = "evaluation",
            TestDataPath = "/data/scored.csv",
            TestRows = labels.Length,
            Metrics = metrics,
            Groups = GroupedEvaluation.Compute(groupings, labels, predicted, scores),
        };
    }

    /// <summary>Rows of one group with the given confusion cells, in a fixed order.</summary>
    public static void AddCells(List<string> groups, List<bool> labels, List<bool> predicted, string group, int tp, int fp, int tn, int fn)
    {
        void Add(int count, bool label, bool prediction)
        {
            for (int i = 0; i < count; i++)
            {
                groups.Add(group);
                labels.Add(label);
                predicted.Add(prediction);
            }
        }

        Add(tp, true, true);
        Add(fp, false, true);
        Add(tn, false, false);
        Add(fn, true, false);
    }

    private static readonly Lazy<ScoredPredictions> AdultScored = new(() =>
    {
        string path = RepositoryLayout.SharedData("adult-scored.csv");
        string text = "{ \"model\": { \"name\": \"Adult\", \"source\": \"predictions\" }, \"data\": { \"test\": \"" + path.Replace("\\", "\\\\") +
                      "\", \"label\": \"class\", \"positive\": \">50K\", \"score\": \"score\", \"sensitive\": [\"sex\", \"race\"], \"missingValues\": [\"?\"] } }";
        ManifestReadResult read = ManifestReader.Read(ManifestPath, text, new ManifestReadOptions());
        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
        AdultManifest = read.Manifest!;
        return PredictionsLoader.Load(read.Manifest!);
    });

    public static ModelManifest AdultManifest { get; private set; } = null!;

    /// <summary>../shared/data/adult-scored.csv read as predictions mode reads it (sensitive: sex, race).</summary>
    public static ScoredPredictions Adult => AdultScored.Value;
}
