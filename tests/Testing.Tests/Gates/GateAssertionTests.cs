using AiFactory.Testing.Tests.TestSupport;

namespace AiFactory.Testing.Tests.Gates;

/// <summary>Every gate as a test case: the cases, and what a failing one says.</summary>
public sealed class GateAssertionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private GovernedModel Model(string resultsJson)
    {
        _folder.Write("Model/aifactory.json", "{}");
        string results = _folder.Write("Model/bin/aifactory/results.json", resultsJson);
        return new GovernedModel("Model", results, Path.Combine(_folder.Path, "Model", "aifactory.json"));
    }

    private static string Failed(string id = "metrics.f1.min") =>
        ResultsJson.Gate(id, "f1", "0.5051149848596449", "0.6", ">=", "failed", 23, 22, "AIF4001", "f1 0.505 is below the minimum 0.60 set here (test set, 32,561 rows)");

    private static string WithStatus(string id, string status) =>
        ResultsJson.Gate(id, "auc", "0.83", "0.8", ">=", status, 22, 23, null, "auc 0.830 meets the minimum 0.80 (test set, 32,561 rows)");

    [Fact]
    public void Each_gate_is_one_case_in_manifest_order()
    {
        GovernedModel model = Model(ResultsJson.With(WithStatus("metrics.auc.min", "passed"), Failed(), WithStatus("business.maxCostPer1000", "passed")));

        Assert.Equal(
            new[] { "metrics.auc.min", "metrics.f1.min", "business.maxCostPer1000" },
            model.GateCases().Select(c => Assert.IsType<string>(Assert.Single(c))));
    }

    [Fact]
    public void A_failed_gate_fails_with_the_build_error_line_its_figures_and_its_manifest_line_as_stack_trace()
    {
        GovernedModel model = Model(ResultsJson.With(WithStatus("metrics.auc.min", "passed"), Failed()));
        string manifest = Path.Combine(_folder.Path, "Model", "aifactory.json");

        var e = Assert.Throws<GateFailedException>(() => model.AssertGatePassed("metrics.f1.min"));

        Assert.Equal(
            $"{manifest}(23,22): error AIF4001: f1 0.505 is below the minimum 0.60 set here (test set, 32,561 rows){Environment.NewLine}" +
            "gate metrics.f1.min: value 0.5051149848596449 (f1), threshold >= 0.6, status failed",
            e.Message);
        Assert.Equal($"   at metrics.f1.min in {manifest}:line 23", e.StackTrace);
        Assert.Equal("metrics.f1.min", e.Gate.Id);
    }

    [Theory]
    [InlineData("passed")]
    [InlineData("waived")]
    [InlineData("insufficient-data")]
    public void Statuses_that_do_not_fail_the_build_pass(string status)
    {
        GovernedModel model = Model(ResultsJson.With(WithStatus("metrics.auc.min", status)));

        model.AssertGatePassed("metrics.auc.min");
    }

    [Fact]
    public void A_status_this_version_does_not_know_fails_rather_than_passes()
    {
        GovernedModel model = Model(ResultsJson.With(WithStatus("metrics.auc.min", "exploded")));

        var e = Assert.Throws<GateFailedException>(() => model.AssertGatePassed("metrics.auc.min"));

        Assert.Contains("status exploded", e.Message);
    }

    [Fact]
    public void Missing_results_give_one_case_that_fails_with_the_reason()
    {
        var model = new GovernedModel("Model", Path.Combine(_folder.Path, "nowhere", "results.json"), Path.Combine(_folder.Path, "aifactory.json"));

        object[] only = Assert.Single(model.GateCases());
        Assert.Equal(GovernedModel.UnreadableResultsCase, Assert.Single(only));
        var e = Assert.Throws<GovernedModelException>(() => model.AssertGatePassed(GovernedModel.UnreadableResultsCase));
        Assert.Contains("there is no results.json at", e.Message);
    }

    [Fact]
    public void A_gate_gone_from_the_results_names_the_gates_there_are()
    {
        GovernedModel model = Model(ResultsJson.With(WithStatus("metrics.auc.min", "passed")));

        var e = Assert.Throws<GovernedModelException>(() => model.AssertGatePassed("metrics.f1.min"));

        Assert.Contains("has no gate 'metrics.f1.min' (it has: metrics.auc.min)", e.Message);
    }

    public void Dispose() => _folder.Dispose();
}
