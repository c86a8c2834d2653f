using AiFactory.Core.Data;
using AiFactory.Data;
using AiFactory.Manifest.Model;
using AiFactory.Testing.Tests.TestSupport;
using AiFactory.Training;
using Microsoft.ML;

namespace AiFactory.Testing.Tests.Counterfactuals;

/// <summary>
/// Counterfactual flips on models whose every decision is known by hand: ML.NET expression "models" saved as model.zip
/// the way the build saves a trained one, scored through the same data loading the build's evaluation uses.
/// </summary>
public sealed class CounterfactualTests : IDisposable
{
    // x, group, label. Decision = score ≥ 0.5 with score = x + 0.2 for group A, x otherwise: a row's decision depends on
    // its group exactly when 0.3 < x < 0.5 (rows 2, 3, 4, 7 and 9; no x near a boundary).
    private const string TestCsv = """
        x,group,approved
        0.10,A,no
        0.35,A,yes
        0.40,B,no
        0.45,C,yes
        0.60,A,yes
        0.90,B,yes
        0.42,B,no
        0.20,C,no
        0.48,A,yes
        0.75,C,no
        """;

    private const string Manifest = """
        {
          "model": { "name": "Toy", "source": "mlnet", "threshold": 0.5 },
          "data": { "train": "data/test.csv", "test": "data/test.csv", "label": "approved", "positive": "yes",
                    "columns": { "x": "number", "group": "category" }, "sensitive": ["group"] }
        }
        """;

    private readonly TempFolder _folder = new();

    /// <summary>Writes the project's manifest and data and saves a model computing Probability by <paramref name="expression"/> of (x, group).</summary>
    private GovernedModel ModelScoring(string expression, string manifest = Manifest, string csv = TestCsv)
    {
        string manifestPath = _folder.Write("Toy/aifactory.json", manifest);
        _folder.Write("Toy/data/test.csv", csv.Replace("\r\n", "\n") + "\n");
        string output = Path.Combine(_folder.Path, "Toy", "bin", "aifactory");
        Directory.CreateDirectory(output);

        var ml = new MLContext(seed: 1);
        var table = CsvTableReader.Read(Path.Combine(_folder.Path, "Toy", "data", "test.csv"), new CsvReadOptions());
        bool[] labels = table.Get("approved").Categories!.Select(v => v == "yes").ToArray();
        var view = new TableDataView(table, "approved", labels);
        ITransformer model = ml.Transforms.Expression("Probability", expression, "x", "group").Fit(view);
        ml.Model.Save(model, view.Schema, Path.Combine(output, "model.zip"));
        new TrainedModelInfo
        {
            ColumnTypes = table.Columns.Where(c => c.Name != "approved").ToDictionary(c => c.Name, c => c.Type),
        }.WriteTo(Path.Combine(output, "model.json"));
        return new GovernedModel("Toy", Path.Combine(output, "results.json"), manifestPath);
    }

    private const string GroupMatters = "(x, g) => g == \"A\" ? x + 0.2 : x";

    [Fact]
    public void Every_other_value_is_tried_and_each_flipped_row_counts_once()
    {
        GovernedModel model = ModelScoring(GroupMatters);

        CounterfactualResult result = model.Counterfactual("group");

        Assert.Equal(10, result.Rows);
        Assert.Equal(5, result.FlippedRows);
        Assert.Equal(0.5, result.FlipRate);
        Assert.Equal(0.5, result.Threshold);
        // Rows with A: 0.10, 0.35, 0.60, 0.48 (0.35 and 0.48 flip); with B: 0.40, 0.90, 0.42 (0.40 and 0.42 flip
        // towards A only); with C: 0.45, 0.20, 0.75 (0.45 flips towards A only).
        Assert.Equal(
            new[] { "A → B: 2 of 4", "A → C: 2 of 4", "B → A: 2 of 3", "B → C: 0 of 3", "C → A: 1 of 3", "C → B: 0 of 3" },
            result.Changes.Select(c => c.ToString()));
    }

    [Fact]
    public void Too_many_flips_fail_with_the_figures_and_the_limit()
    {
        CounterfactualResult result = ModelScoring(GroupMatters).Counterfactual("group");

        var e = Assert.Throws<FlipRateExceededException>(() => result.AssertFlipRateAtMost(0.4));

        Assert.Equal(
            "5 of 10 decisions (50%) change when only 'group' changes (threshold 0.5; A → B: 2 of 4, A → C: 2 of 4, B → A: 2 of 3, " +
            "B → C: 0 of 3, C → A: 1 of 3, C → B: 0 of 3); at most 40% may change",
            e.Message);
        result.AssertFlipRateAtMost(0.5);
    }

    [Fact]
    public void A_model_that_ignores_the_attribute_flips_nothing()
    {
        CounterfactualResult result = ModelScoring("(x, g) => x").Counterfactual("group");

        Assert.Equal(0, result.FlippedRows);
        Assert.All(result.Changes, c => Assert.Equal(0, c.Flipped));
        Assert.Equal(10 * 2, result.Changes.Sum(c => c.Rows));
        result.AssertFlipRateAtMost(0);
    }

    [Fact]
    public void A_missing_value_is_a_value_of_its_own()
    {
        // Row 2 (0.35) loses its group: as missing it is not A, so its decision differs from A's.
        GovernedModel model = ModelScoring(GroupMatters, csv: TestCsv.Replace("0.35,A,yes", "0.35,,yes"));

        CounterfactualResult result = model.Counterfactual("group");

        Assert.Contains(result.Changes, c => c.ToString() == "(missing) → A: 1 of 1");
        Assert.Contains(result.Changes, c => c.ToString() == "(missing) → B: 0 of 1");
        Assert.Contains(result.Changes, c => c.ToString() == "A → (missing): 1 of 3");
        Assert.Equal(5, result.FlippedRows);
    }

    [Fact]
    public void A_numeric_attribute_is_changed_by_the_function_given()
    {
        // +0.15: B and C rows flip when 0.35 ≤ x < 0.5 (0.40, 0.45, 0.42); A rows when 0.15 ≤ x < 0.3 (none).
        CounterfactualResult result = ModelScoring(GroupMatters).Counterfactual("x", x => x + 0.15);

        Assert.Equal(3, result.FlippedRows);
        Assert.Equal("x → changed x: 3 of 10", Assert.Single(result.Changes).ToString());
    }

    [Fact]
    public void Wrong_attributes_say_what_to_do()
    {
        GovernedModel model = ModelScoring(GroupMatters);

        Assert.Contains("has no column 'sex' (its columns: x, group, approved)", Assert.Throws<GovernedModelException>(() => model.Counterfactual("sex")).Message);
        Assert.Contains("'x' is numeric: say how to change it", Assert.Throws<GovernedModelException>(() => model.Counterfactual("x")).Message);
        Assert.Contains("'group' is categorical", Assert.Throws<GovernedModelException>(() => model.Counterfactual("group", x => x)).Message);
        Assert.Contains("'approved' is the label", Assert.Throws<GovernedModelException>(() => model.Counterfactual("approved")).Message);
    }

    [Fact]
    public void A_single_valued_attribute_has_nothing_to_change_to()
    {
        GovernedModel model = ModelScoring(GroupMatters, csv: TestCsv.Replace(",B,", ",A,").Replace(",C,", ",A,"));

        var e = Assert.Throws<GovernedModelException>(() => model.Counterfactual("group"));

        Assert.Contains("'group' takes a single value in the test set (A)", e.Message);
    }

    [Fact]
    public void Predictions_made_elsewhere_have_no_model_to_score()
    {
        string manifest = """
            { "model": { "name": "Scored", "source": "predictions" },
              "data": { "test": "data/test.csv", "label": "approved", "positive": "yes", "score": "x" } }
            """;
        GovernedModel model = ModelScoring(GroupMatters, manifest);

        var e = Assert.Throws<GovernedModelException>(() => model.Counterfactual("group"));

        Assert.Contains("governs predictions made elsewhere", e.Message);
    }

    [Fact]
    public void Without_a_trained_model_the_message_says_to_build()
    {
        GovernedModel model = ModelScoring(GroupMatters);
        File.Delete(Path.Combine(model.OutputFolder, "model.zip"));

        var e = Assert.Throws<GovernedModelException>(() => model.Counterfactual("group"));

        Assert.Contains($"there is no trained model in {model.OutputFolder}: build the model project Toy first", e.Message);
    }

    [Fact]
    public void A_manifest_with_errors_reports_them_as_the_build_would()
    {
        GovernedModel model = ModelScoring(GroupMatters);
        File.WriteAllText(model.ManifestPath, Manifest.Replace("\"threshold\": 0.5", "\"treshold\": 0.5"));

        var e = Assert.Throws<GovernedModelException>(() => model.Counterfactual("group"));

        Assert.Contains("aifactory.json(2,", e.Message);
        Assert.Contains("error AIF2002", e.Message);
    }

    public void Dispose() => _folder.Dispose();
}
