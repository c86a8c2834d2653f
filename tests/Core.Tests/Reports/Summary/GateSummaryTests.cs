using AiFactory.Core.Reports.Summary;
using AiFactory.Core.Results.Record;

namespace AiFactory.Core.Tests.Reports.Summary;

public sealed class GateSummaryTests
{
    private static GateResultRecord Gate(string id, double value, string comparison, double threshold, string status = "passed", bool onInterval = false) =>
        new GateResultRecord { Id = id, Kind = id.StartsWith("business.", StringComparison.Ordinal) ? "business" : "metric", Value = value, Comparison = comparison, Threshold = threshold, Status = status, PassedOnInterval = onInterval };

    private static RunRecord Record(string severity, params GateResultRecord[] gates) =>
        new RunRecord { Gates = gates, Settings = new SettingsRecord { GateSeverity = severity } };

    [Fact]
    public void Passed_gates_name_the_one_closest_to_its_threshold_by_relative_margin()
    {
        // Relative margins: auc (0.842 − 0.80) / 0.80 = 0.0525; logLoss (0.50 − 0.45) / 0.50 = 0.10;
        // cost (40000 − 39000) / 40000 = 0.025, the smallest.
        RunRecord record = Record("error",
            Gate("metrics.auc.min", 0.842, ">=", 0.80),
            Gate("metrics.logLoss.max", 0.45, "<=", 0.50),
            Gate("business.maxCostPer1000", 39000, "<=", 40000));
        Assert.Equal("3 gates passed; closest to its threshold: business.maxCostPer1000 39,000 (max 40,000)", GateSummary.Line(record));
    }

    [Fact]
    public void Passes_on_the_interval_and_waivers_are_counted()
    {
        RunRecord record = Record("error",
            Gate("metrics.auc.min", 0.90, ">=", 0.80),
            Gate("fairness.demographicParityRatio.min", 0.81, ">=", 0.80, onInterval: true),
            Gate("metrics.f1.min", 0.50, ">=", 0.60, status: "waived"));
        Assert.Equal("2 of 3 gates passed, 1 only on its interval, 1 waived; closest to its threshold: fairness.demographicParityRatio.min 0.810 (min 0.8)",
            GateSummary.Line(record));
    }

    [Fact]
    public void Failed_gates_reported_as_warnings_say_so_with_their_figures()
    {
        RunRecord record = Record("warning",
            Gate("metrics.auc.min", 0.7996, ">=", 0.80, status: "failed"),
            Gate("metrics.accuracy.min", 0.85, ">=", 0.70));
        // 0.7996 prints with 4 decimals: at 3 it would read 0.800, on the passing side of the minimum.
        Assert.Equal("1 of 2 gates failed (reported as warnings): metrics.auc.min 0.7996 (min 0.8), 1 passed", GateSummary.Line(record));
    }

    [Fact]
    public void More_than_three_failures_are_counted_not_listed()
    {
        var gates = Enumerable.Range(1, 5).Select(i => Gate($"g{i}", 0.1 * i, ">=", 0.9, status: "failed")).ToArray();
        string line = GateSummary.Line(Record("error", gates));
        Assert.StartsWith("5 of 5 gates failed: g1 0.100 (min 0.9), g2 0.200 (min 0.9), g3 ", line);
        Assert.EndsWith(", and 2 more", line);
    }

    [Fact]
    public void A_gate_without_enough_data_is_neither_passed_nor_failed()
    {
        RunRecord record = Record("error",
            Gate("metrics.auc.min", 0.9, ">=", 0.8),
            Gate("fairness.equalizedOddsRatio.min", 0.9, ">=", 0.8, status: "insufficient-data"));
        Assert.Equal("1 of 2 gates passed, 1 without enough data to decide; closest to its threshold: metrics.auc.min 0.900 (min 0.8)", GateSummary.Line(record));
    }
}
