using AiFactory.Core.Data;
using AiFactory.Core.Evaluation;
using AiFactory.Core.Fairness;
using AiFactory.Core.Gates;
using AiFactory.Core.Metrics;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Policy;
using AiFactory.Manifest.Reading;

namespace AiFactory.Core.Tests.Fairness;

/// <summary>
/// AIF5014: a sensitive attribute that no fairness gate of the effective gates (manifest and policies) judges is a
/// warning at data.sensitive naming it; an attribute some gate judges on its own grouping is guarded, an intersection
/// guards none of the attributes it combines.
/// </summary>
public class SensitiveAttributeCoverageTests
{
    private static readonly string PolicyPath = Path.Combine(Path.GetTempPath(), "aif-fairness-tests", PolicyKeys.PolicyFileName);

    /// <summary>Adult predictions by sex and race; line 4 holds data.sensitive (its key at column 13), line 6 the gates.</summary>
    private static string AdultManifest(string gates) =>
        "{\n" +
        "  \"model\": { \"name\": \"Income\", \"source\": \"predictions\" },\n" +
        "  \"data\": { \"test\": \"adult-scored.csv\", \"label\": \"class\", \"positive\": \">50K\", \"score\": \"score\", \"missingValues\": [\"?\"],\n" +
        "            \"sensitive\": [\"sex\", \"race\"] },\n" +
        "  \"gates\": {\n" +
        $"    {gates}\n" +
        "  }\n" +
        "}\n";

    private static ModelManifest Read(string text, string? policy = null)
    {
        ManifestReadResult read = policy == null
            ? ManifestReader.Read(FairnessFixtures.ManifestPath, text, new ManifestReadOptions())
            : GovernedManifest.Read(FairnessFixtures.ManifestPath, text, new ManifestReadOptions(), PolicyReader.Read(PolicyPath, policy), new DateTime(2026, 1, 5));
        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
        return read.Manifest!;
    }

    private static GateEvaluation JudgeOnAdult(ModelManifest manifest)
    {
        ScoredPredictions adult = FairnessFixtures.Adult;
        var evaluation = new EvaluationRecord
        {
            EvaluationFingerprint = "adult",
            TestRows = adult.RowCount,
            Metrics = BinaryMetricsCalculator.FromScores(adult.Labels, adult.Scores!, 0.5),
            Groups = GroupedEvaluation.Compute(adult.Table, manifest.Data, adult.Labels, GroupedEvaluation.Predict(adult.Scores!, 0.5), adult.Scores),
        };
        return GateEvaluator.Evaluate(manifest, evaluation);
    }

    private static Diagnostic? Unguarded(GateEvaluation gates) =>
        gates.Diagnostics.SingleOrDefault(d => d.Code == DiagnosticIds.SensitiveAttributeUnguarded);

    [Fact]
    public void Sensitive_attributes_without_a_fairness_gate_are_a_warning_at_data_sensitive_with_the_fix()
    {
        ModelManifest manifest = Read(AdultManifest("\"metrics\": { \"auc\": { \"min\": 0.80 } }"));
        GateEvaluation gates = JudgeOnAdult(manifest);

        Diagnostic warning = Assert.Single(gates.Diagnostics);
        Assert.Equal((DiagnosticIds.SensitiveAttributeUnguarded, DiagnosticSeverity.Warning, FairnessFixtures.ManifestPath, 4, 13),
            (warning.Code, warning.Severity, warning.Location!.File, warning.Location.Line, warning.Location.Column));
        Assert.Equal(
            "the sensitive attributes 'sex' and 'race' in data.sensitive have no fairness gate — this manifest sets none — so nothing in the " +
            "build compares their groups and a model that treats them unequally passes; add a gate to gates.fairness (each gate there is " +
            "judged on every sensitive attribute), e.g. \"fairness\": { \"demographicParityRatio\": { \"min\": 0.80 } }",
            warning.Message);

        // A warning: the model still passes its gates.
        Assert.True(gates.Passed);
        Assert.Equal("metrics.auc.min", Assert.Single(gates.Gates).Id);
    }

    [Fact]
    public void One_fairness_gate_guards_every_sensitive_attribute_and_the_example_of_the_message_is_such_a_gate()
    {
        ModelManifest manifest = Read(AdultManifest("\"fairness\": { " + SensitiveAttributeCoverage.ExampleGate.Substring("\"fairness\": { ".Length)));
        GateEvaluation gates = JudgeOnAdult(manifest);

        Assert.Null(Unguarded(gates));
        Assert.Equal(new[] { "sex", "race" }, gates.Gates.Select(g => g.Attribute));
        Assert.All(gates.Gates, g => Assert.Equal("fairness.demographicParityRatio." + g.Attribute + ".min", g.Id));
    }

    [Fact]
    public void A_fairness_gate_of_the_policy_guards_a_manifest_that_sets_none()
    {
        const string policy = "{\n  \"gates\": {\n    \"fairness\": { \"equalOpportunityDifference\": { \"max\": 0.10 } }\n  }\n}\n";
        ModelManifest manifest = Read(AdultManifest("\"metrics\": { \"auc\": { \"min\": 0.80 } }"), policy);
        GateEvaluation gates = JudgeOnAdult(manifest);

        Assert.Null(Unguarded(gates));
        GateResult[] fairness = gates.Gates.Where(g => g.Kind == GateKinds.Fairness).ToArray();
        Assert.Equal(new[] { "sex", "race" }, fairness.Select(g => g.Attribute));
        Assert.All(fairness, g => Assert.Equal((PolicyPath, 3), (g.Location!.File, g.Location.Line)));
    }

    [Fact]
    public void Under_a_policy_without_a_fairness_gate_the_message_says_neither_sets_one()
    {
        const string policy = "{ \"gates\": { \"metrics\": { \"auc\": { \"min\": 0.70 } } } }";
        ModelManifest manifest = Read(AdultManifest("\"metrics\": { \"auc\": { \"min\": 0.80 } }"), policy);
        Diagnostic warning = Unguarded(JudgeOnAdult(manifest))!;

        Assert.Equal((4, 13), (warning.Location!.Line, warning.Location.Column));
        Assert.Contains("have no fairness gate — neither this manifest nor the policy above it sets one — so nothing", warning.Message);
    }

    [Fact]
    public void Fairness_settings_without_a_gate_guard_nothing()
    {
        ModelManifest manifest = Read(AdultManifest("\"fairness\": { \"minGroupSize\": 100, \"judging\": \"burdenOfProof\" }"));
        Diagnostic warning = Unguarded(JudgeOnAdult(manifest))!;

        Assert.Contains("have no fairness gate — this manifest sets none (gates.fairness holds settings only) — so nothing", warning.Message);
    }

    [Fact]
    public void Without_sensitive_attributes_there_is_nothing_to_guard()
    {
        ModelManifest manifest = Read("{ \"model\": { \"name\": \"M\", \"source\": \"predictions\" }, " +
                                      "\"data\": { \"test\": \"s.csv\", \"label\": \"y\", \"positive\": \"1\", \"score\": \"s\", \"sensitive\": [] } }");
        Assert.Null(SensitiveAttributeCoverage.Check(manifest, Array.Empty<GateResult>()));
    }

    [Fact]
    public void Only_the_attributes_no_fairness_gate_was_judged_on_are_named()
    {
        ModelManifest manifest = FairnessFixtures.Manifest("\"demographicParityRatio\": { \"min\": 0.80 }", "[\"sex\", \"race\", \"age_band\"]");
        GateResult[] gates =
        {
            new() { Id = "fairness.demographicParityRatio.sex.min", Kind = GateKinds.Fairness, Attribute = "sex", Status = GateStatus.Passed },
            // A gate that could not be judged is still a gate on the attribute: AIF5009 reports it as onInsufficientData says.
            new() { Id = "fairness.demographicParityRatio.age_band.min", Kind = GateKinds.Fairness, Attribute = "age_band", Status = GateStatus.InsufficientData },
            // A data gate on a sensitive column (group sizes, proxies) compares no outcomes: it guards nothing.
            new() { Id = "data.minGroupRows.race", Kind = GateKinds.Data, Attribute = "race", Status = GateStatus.Passed },
        };

        Assert.Equal(new[] { "race" }, SensitiveAttributeCoverage.Unguarded(manifest.Data.Sensitive, gates));
        Diagnostic warning = SensitiveAttributeCoverage.Check(manifest, gates)!;
        Assert.StartsWith("the sensitive attribute 'race' in data.sensitive has no fairness gate — this manifest sets none — so nothing in the build compares its groups", warning.Message);
        Assert.Equal((3, 80), (warning.Location!.Line, warning.Location.Column));
    }

    [Fact]
    public void An_intersection_guards_none_of_the_attributes_it_combines_because_its_adequate_groups_may_share_one_value()
    {
        // 40 women (20 per age band; 2 of each band selected) and 200 men (100 per band; 50 selected): by sex the
        // selection rates are 0.10 and 0.50. In the intersection every female group is below minGroupSize 30, so the
        // intersectional gate compares Male&A with Male&B only — and passes a model that selects women five times less.
        var sex = new List<string>();
        var age = new List<string>();
        var labels = new List<bool>();
        var predicted = new List<bool>();
        foreach ((string s, string a, int n, int selected) in new[] { ("Female", "A", 20, 2), ("Female", "B", 20, 2), ("Male", "A", 100, 50), ("Male", "B", 100, 50) })
        {
            for (int i = 0; i < n; i++)
            {
                sex.Add(s);
                age.Add(a);
                labels.Add(i % 2 == 0);
                predicted.Add(i < selected);
            }
        }

        string[] both = sex.Zip(age, (s, a) => s + "&" + a).ToArray();
        string[] combinations = { "Female&A", "Female&B", "Male&A", "Male&B" };
        var groupings = new[]
        {
            new Grouping(new[] { "sex" }, new[] { "Female", "Male" }, sex.Select(s => s == "Female" ? 0 : 1).ToArray()),
            new Grouping(new[] { "age_band" }, new[] { "A", "B" }, age.Select(a => a == "A" ? 0 : 1).ToArray()),
            new Grouping(new[] { "sex", "age_band" }, combinations, both.Select(c => Array.IndexOf(combinations, c)).ToArray()),
        };
        EvaluationRecord evaluation = FairnessFixtures.Evaluation(groupings, labels.ToArray(), predicted.ToArray());
        ModelManifest manifest = FairnessFixtures.Manifest(
            "\"demographicParityRatio\": { \"min\": 0.80 }, \"intersections\": true, \"judging\": \"pointEstimate\"", "[\"sex\", \"age_band\"]");

        GateEvaluation judged = GateEvaluator.Evaluate(manifest, evaluation);
        GateResult bySex = judged.Gates.Single(g => g.Attribute == "sex");
        GateResult intersection = judged.Gates.Single(g => g.Attribute == "sex&age_band");
        Assert.Equal((GateStatus.Failed, 0.2), (bySex.Status, Math.Round(bySex.Value!.Value, 12)));
        Assert.Equal((GateStatus.Passed, 1.0), (intersection.Status, intersection.Value!.Value));
        Assert.Equal(new[] { "Male&A", "Male&B" }, intersection.DecidingGroups!.Select(g => g.Group).Order());

        // So the intersection's results alone leave both attributes unguarded; with the attributes' own, none is.
        Assert.Equal(new[] { "sex", "age_band" }, SensitiveAttributeCoverage.Unguarded(manifest.Data.Sensitive, new[] { intersection }));
        Assert.Empty(SensitiveAttributeCoverage.Unguarded(manifest.Data.Sensitive, judged.Gates));
        Assert.DoesNotContain(judged.Diagnostics, d => d.Code == DiagnosticIds.SensitiveAttributeUnguarded);
    }
}
