using AiFactory.Core.Fairness;
using AiFactory.Manifest.Model;
using Xunit.Abstractions;

namespace AiFactory.Core.Tests.Metrics;

/// <summary>
/// The promises docs/metrics.md makes about the intervals and judging modes of metric and business gates, measured
/// over 200 seeds of 1,000 rows per scenario; the figures the guide reports are printed to the test output.
/// </summary>
public class MetricSimulationTests(ITestOutputHelper output)
{
    private const int Seeds = 200;

    private static readonly MetricDescriptor[] Judged = { MetricDescriptor.Accuracy, MetricDescriptor.Auc, MetricDescriptor.Brier, MetricDescriptor.CostPer1000 };

    /// <summary>About two standard errors of each figure on 1,000 rows.</summary>
    private static readonly Dictionary<MetricDescriptor, double> Margins = new()
    {
        [MetricDescriptor.Accuracy] = 0.025,
        [MetricDescriptor.Auc] = 0.03,
        [MetricDescriptor.Brier] = 0.013,
        [MetricDescriptor.CostPer1000] = 8500,
    };

    private static readonly MetricSimulation.Scenario Calibrated = new() { Name = "calibrated model", Rows = 1000, Margins = Margins };

    private static readonly MetricSimulation.Scenario Miscalibrated = new() { Name = "miscalibrated model (scores σ(−0.3 + x))", Rows = 1000, A = -0.3, B = 1.0, Margins = Margins };

    private static readonly Lazy<MetricSimulation.Outcome> CalibratedOutcome = new(() => MetricSimulation.Run(Calibrated, Seeds));

    private static readonly Lazy<MetricSimulation.Outcome> MiscalibratedOutcome = new(() => MetricSimulation.Run(Miscalibrated, Seeds, seed: 2));

    private void PrintCoverage(string name, MetricSimulation.Outcome outcome)
    {
        output.WriteLine($"coverage of 95% intervals, {name}, 1,000 rows, {outcome.Replicates} seeds:");
        foreach (MetricDescriptor metric in MetricDescriptor.All)
        {
            output.WriteLine($"  {metric.Name,-12} truth {outcome.Truth[metric],12:G6}  coverage {outcome.Coverage(metric):P1}  " +
                             $"(truth below {(double)outcome.BelowLower[metric] / outcome.Replicates:P1}, above {(double)outcome.AboveUpper[metric] / outcome.Replicates:P1})");
        }
    }

    [Fact]
    public void Intervals_cover_the_true_figure_at_about_their_level()
    {
        MetricSimulation.Outcome calibrated = CalibratedOutcome.Value, miscalibrated = MiscalibratedOutcome.Value;
        PrintCoverage(Calibrated.Name, calibrated);
        PrintCoverage(Miscalibrated.Name, miscalibrated);

        // 200 seeds measure a coverage of 95% to about ±1.5 points: every figure but ece is within [90%, 99%].
        foreach (MetricSimulation.Outcome outcome in new[] { calibrated, miscalibrated })
        {
            foreach (MetricDescriptor metric in MetricDescriptor.All.Where(m => m != MetricDescriptor.Ece))
            {
                Assert.InRange(outcome.Coverage(metric), 0.90, 0.99);
            }
        }

        // The plug-in ece is biased upward (every bin's gap is an absolute value): for a calibrated model, whose ece is
        // about 0, the interval lies above the truth in most seeds; for a miscalibrated one it covers nearly as it should.
        Assert.True(calibrated.Coverage(MetricDescriptor.Ece) < 0.5, $"{calibrated.Coverage(MetricDescriptor.Ece):P1}");
        Assert.InRange(miscalibrated.Coverage(MetricDescriptor.Ece), 0.85, 0.99);
    }

    [Fact]
    public void Judging_modes_fail_models_at_the_documented_rates()
    {
        MetricSimulation.Outcome outcome = CalibratedOutcome.Value;
        output.WriteLine($"failure rate by judging mode, {Calibrated.Name}, 1,000 rows, {outcome.Replicates} seeds (95% intervals):");
        foreach (MetricDescriptor metric in Judged)
        {
            foreach (MetricSimulation.Bound bound in Enum.GetValues<MetricSimulation.Bound>())
            {
                string rates = string.Join("  ", MetricSimulation.Modes.Select(m => $"{FairnessText.ModeWords(m)} {outcome.FailureRate(metric, bound, m),6:P1}"));
                output.WriteLine($"  {metric.Name,-12} {bound,-10} (margin {Margins[metric]:G3})  {rates}");
            }
        }

        foreach (MetricDescriptor metric in Judged)
        {
            double Rate(MetricSimulation.Bound bound, JudgingMode mode) => outcome.FailureRate(metric, bound, mode);

            // A model exactly at the bound: the point estimate fails it about half the time, benefit of the doubt at
            // most 5% (the interval's one tail, 2.5%), burden of proof at least 90%.
            Assert.InRange(Rate(MetricSimulation.Bound.AtTheBound, JudgingMode.PointEstimate), 0.35, 0.65);
            Assert.True(Rate(MetricSimulation.Bound.AtTheBound, JudgingMode.BenefitOfTheDoubt) <= 0.05, $"{metric.Name}");
            Assert.True(Rate(MetricSimulation.Bound.AtTheBound, JudgingMode.BurdenOfProof) >= 0.90, $"{metric.Name}");

            // A model two standard errors better than the bound: benefit of the doubt never fails it, the point estimate
            // at most 5%.
            Assert.Equal(0, Rate(MetricSimulation.Bound.Above, JudgingMode.BenefitOfTheDoubt));
            Assert.True(Rate(MetricSimulation.Bound.Above, JudgingMode.PointEstimate) <= 0.05, $"{metric.Name}");

            // A model two standard errors worse: the point estimate and burden of proof catch it at least 95% of the time.
            Assert.True(Rate(MetricSimulation.Bound.Below, JudgingMode.PointEstimate) >= 0.95, $"{metric.Name}");
            Assert.True(Rate(MetricSimulation.Bound.Below, JudgingMode.BurdenOfProof) >= 0.95, $"{metric.Name}");

            // Every mode is stricter than the one before it, whatever the bound.
            foreach (MetricSimulation.Bound bound in Enum.GetValues<MetricSimulation.Bound>())
            {
                Assert.True(Rate(bound, JudgingMode.BenefitOfTheDoubt) <= Rate(bound, JudgingMode.PointEstimate));
                Assert.True(Rate(bound, JudgingMode.PointEstimate) <= Rate(bound, JudgingMode.BurdenOfProof));
            }
        }
    }
}
