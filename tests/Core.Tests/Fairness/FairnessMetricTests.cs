using AiFactory.Core.Fairness;
using AiFactory.Core.Tests.IO;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.Fairness;

/// <summary>
/// The descriptor tables of fairness metrics and per-group figures agree with the manifest's names, the diagnostic
/// codes, docs/fairness.md and the computation — so a metric added on one side only fails here.
/// </summary>
public class FairnessMetricTests
{
    private static readonly string FairnessDoc = File.ReadAllText(Path.Combine(RepositoryLayout.Root, "docs", "fairness.md"));

    /// <summary>The row of a docs/fairness.md table that starts with the name.</summary>
    private static string DocRow(string name) =>
        Assert.Single(FairnessDoc.Split('\n'), line => line.StartsWith($"| `{name}` |", StringComparison.Ordinal));

    [Fact]
    public void Every_manifest_disparity_has_one_descriptor_in_the_same_order()
    {
        Assert.Equal(FairnessMetricNames.Disparities, FairnessMetric.All.Select(m => m.Name));
        foreach (FairnessMetric metric in FairnessMetric.All) Assert.Same(metric, FairnessMetric.Named(metric.Name));
        Assert.Throws<ArgumentException>(() => FairnessMetric.Named("auc"));
    }

    [Fact]
    public void Every_manifest_group_metric_has_one_descriptor_in_the_same_order()
    {
        Assert.Equal(FairnessMetricNames.GroupMetrics, GroupRate.All.Select(r => r.Name));
        Assert.Equal(FairnessMetricNames.GroupRates, GroupRate.CountRates.Select(r => r.Name));
        Assert.Equal(GroupRates.Count, GroupRate.CountRates.Count);
        for (int i = 0; i < GroupRate.CountRates.Count; i++) Assert.Equal(i, GroupRate.CountRates[i].Index);
        Assert.Equal(new[] { GroupRate.Auc }, GroupRate.All.Where(r => !r.IsCountRate));
        Assert.Throws<ArgumentException>(() => GroupRate.Named("demographicParityRatio"));
    }

    [Fact]
    public void The_direction_is_the_bound_the_manifest_reader_asks_for()
    {
        foreach (FairnessMetric metric in FairnessMetric.All)
        {
            Assert.Equal(FairnessMetricNames.IsDifference(metric.Name), metric.Direction == FairnessDirection.AtMost);
        }

        Assert.Equal(new[] { FairnessMetric.DisparateImpact }, FairnessMetric.All.Where(m => m.Direction == FairnessDirection.Bounds));
    }

    [Fact]
    public void A_metric_is_conditioned_on_the_rows_of_its_rates()
    {
        foreach (FairnessMetric metric in FairnessMetric.All)
        {
            Conditioning[] rows = metric.Rates.Select(r => r.Conditioning).Distinct().ToArray();
            Conditioning expected = rows.Length == 1 ? rows[0]
                : rows.OrderBy(c => c).SequenceEqual(new[] { Conditioning.Positives, Conditioning.Negatives }) ? Conditioning.BothClasses
                : throw new InvalidOperationException($"{metric.Name} mixes {string.Join(", ", rows)}");
            Assert.Equal(expected, metric.Conditioning);
        }

        Assert.Equal(new[] { "equalizedOddsDifference", "equalizedOddsRatio", "equalOpportunityDifference" },
            FairnessMetric.All.Where(m => m.UsesLabel).Select(m => m.Name));
    }

    [Fact]
    public void Codes_are_declared_and_distinct()
    {
        Assert.Equal(
            new[] { "AIF5001", "AIF5002", "AIF5003", "AIF5004", "AIF5005", "AIF5006" },
            FairnessMetric.All.Select(m => m.Code));
        foreach (FairnessMetric metric in FairnessMetric.All) Assert.True(DiagnosticIds.Titles.ContainsKey(metric.Code), metric.Code);
    }

    [Fact]
    public void Formulas_are_the_ones_docs_fairness_md_gives()
    {
        Assert.Contains("\n## Disparities\n", FairnessDoc.Replace("\r", ""));
        Assert.Contains("\n## Per-group figures\n", FairnessDoc.Replace("\r", ""));
        Assert.Equal("docs/fairness.md#disparities", FairnessMetric.Documentation);
        Assert.Equal("docs/fairness.md#per-group-figures", GroupRate.Documentation);
        foreach (FairnessMetric metric in FairnessMetric.All) Assert.StartsWith(metric.Formula, DocRow(metric.Name).Split('|')[2].Trim());
        foreach (GroupRate rate in GroupRate.All) Assert.Contains(rate.Formula, DocRow(rate.Name).Split('|')[2]);
    }

    [Fact]
    public void Disparity_table_has_each_metric_against_each_of_its_references_in_slot_order()
    {
        IReadOnlyList<Disparity> all = Disparity.All();
        Assert.Equal(Disparity.Count, all.Count);
        for (int i = 0; i < all.Count; i++) Assert.Equal(i, all[i].Index);
        Assert.Equal(all.Count, all.Select(d => d.Key).Distinct().Count());
        foreach (FairnessMetric metric in FairnessMetric.All)
        {
            foreach (DisparityReference reference in metric.References)
            {
                string?[] ends = metric.Direction == FairnessDirection.Bounds ? new[] { "min", "max" } : new string?[] { null };
                foreach (string? end in ends) Assert.Single(all, d => d.Metric == metric && d.Reference == reference && d.End == end);
            }
        }

        Assert.Equal(
            new[]
            {
                "demographicParityDifference", "demographicParityRatio", "equalizedOddsDifference", "equalizedOddsRatio", "equalOpportunityDifference",
                "toOverall.demographicParityDifference", "toOverall.demographicParityRatio", "toOverall.equalizedOddsDifference",
                "toOverall.equalizedOddsRatio", "toOverall.equalOpportunityDifference", "disparateImpact.min", "disparateImpact.max",
            },
            all.Select(d => d.Key));
    }

    [Fact]
    public void A_gate_judges_the_disparity_of_its_reference_and_bound()
    {
        Assert.Same(Disparity.DemographicParityRatio, Disparity.Judged("demographicParityRatio", FairnessReference.BetweenGroups));
        Assert.Same(Disparity.ToOverall.EqualizedOddsDifference, Disparity.Judged("equalizedOddsDifference", FairnessReference.Overall, maximum: true));
        // Disparate impact always compares with the reference group, whatever relativeTo says.
        Assert.Same(Disparity.DisparateImpactMin, Disparity.Judged("disparateImpact", FairnessReference.Overall));
        Assert.Same(Disparity.DisparateImpactMax, Disparity.Judged("disparateImpact", FairnessReference.BetweenGroups, maximum: true));
        Assert.Throws<ArgumentException>(() => Disparity.Judged("selectionRate", FairnessReference.BetweenGroups));
    }

    [Fact]
    public void Each_rate_is_computed_into_its_descriptors_slot_by_its_formula()
    {
        // TP 3, FP 1, TN 4, FN 2: n 10.
        var rates = new double[GroupRates.Count];
        GroupRates.Compute(3, 1, 4, 2, rates, 0);
        Assert.Equal(4.0 / 10, rates[GroupRate.SelectionRate.Index]);
        Assert.Equal(3.0 / 5, rates[GroupRate.Tpr.Index]);
        Assert.Equal(1.0 / 5, rates[GroupRate.Fpr.Index]);
        Assert.Equal(2.0 / 5, rates[GroupRate.Fnr.Index]);
        Assert.Equal(3.0 / 4, rates[GroupRate.Precision.Index]);
        Assert.Equal(7.0 / 10, rates[GroupRate.Accuracy.Index]);
    }

    [Fact]
    public void Adequacy_follows_the_conditioning()
    {
        // 40 rows, 10 positives, 30 negatives, 3 predicted positive: enough rows and classes, too few predicted positives.
        GroupAdequacy a = GroupAdequacy.Of(new AiFactory.Core.Metrics.ConfusionCounts(2, 1, 29, 8), 30, 5);
        Assert.Equal((true, true, false), (a.ForSelection, a.ForLabel, a.ForPrecision));
        Assert.Equal(
            new[] { true, true, true, true, false, true, true },
            GroupRate.All.Select(r => a.IsAdequateFor(r.Conditioning)));
        GroupAdequacy fewPositives = GroupAdequacy.Of(new AiFactory.Core.Metrics.ConfusionCounts(2, 10, 20, 1), 30, 5);
        Assert.Equal(
            new[] { true, false, false, false, false, true, false },
            GroupRate.All.Select(r => fewPositives.IsAdequateFor(r.Conditioning)));
    }
}
