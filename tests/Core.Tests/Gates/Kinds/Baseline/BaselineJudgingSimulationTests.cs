using System.Globalization;
using AiFactory.Core.Baseline;
using AiFactory.Core.Gates;
using AiFactory.Core.Metrics;
using AiFactory.Core.Tests.Baseline;
using AiFactory.Core.Tests.IO;
using AiFactory.Manifest.Model;
using Xunit.Abstractions;
using static AiFactory.Core.Tests.Gates.GateFixtures;

namespace AiFactory.Core.Tests.Gates.Kinds.Baseline;

/// <summary>
/// How often each judging mode fails a baseline <c>auc</c> maxDrop gate, by simulation through the gate judge itself:
/// <see cref="PairedSample"/>'s two correlated models on 1,000 test rows, 200 seeds, the gate's bound set at the true
/// worsening (a failure is a false failure: the model is exactly as much worse as allowed) and two standard errors
/// below it (a failure is a true one: the power).
/// </summary>
public sealed class BaselineJudgingSimulationTests(ITestOutputHelper output)
{
    private const int Seeds = 200;
    private const int Rows = 1000;

    private static readonly JudgingMode[] Modes = { JudgingMode.PointEstimate, JudgingMode.BenefitOfTheDoubt, JudgingMode.BurdenOfProof };

    [Fact]
    public void Each_mode_fails_a_maxDrop_gate_at_the_bound_and_two_standard_errors_past_it_as_its_rule_says()
    {
        (PairedScores truthCurrent, PairedScores truthBaseline) = PairedSample.Draw(1_000_000, 20261207);
        double trueWorsening = PairedSample.Metrics(truthBaseline).Auc!.Value - PairedSample.Metrics(truthCurrent).Auc!.Value;

        using var folder = new TempFolder();
        ModelManifest manifest = NewManifest(folder.Path);
        string results = folder.File("results.json");
        string current = folder.File("current-test-scores.csv");
        var samples = new List<(double Worsening, BinaryMetrics Now)>();
        var decisions = new Dictionary<(JudgingMode, bool), int>();
        for (int pass = 0; pass < 2; pass++)
        {
            // First pass: the spread of the measured worsening gives the standard error; second: the bounds it sets.
            double se = pass == 0 ? 0 : StandardDeviation(samples.Select(s => s.Worsening));
            for (int seed = 0; seed < Seeds; seed++)
            {
                (PairedScores now, PairedScores before) = PairedSample.Draw(Rows, (ulong)(1000 + seed));
                BinaryMetrics nowMetrics = PairedSample.Metrics(now), beforeMetrics = PairedSample.Metrics(before);
                if (pass == 0)
                {
                    samples.Add((beforeMetrics.Auc!.Value - nowMetrics.Auc!.Value, nowMetrics));
                    continue;
                }

                TestScoresFile.Write(current, now.Labels, now.Scores, now.Predicted);
                TestScoresFile.Write(PairedScores.PathNextTo(results), before.Labels, before.Scores, before.Predicted);
                File.WriteAllText(results, "{ \"schemaVersion\": 1, \"testRows\": 1000, \"decisionThreshold\": 0.5, \"metrics\": { \"auc\": " +
                    beforeMetrics.Auc!.Value.ToString("R", CultureInfo.InvariantCulture) + " } }");
                foreach (bool past in new[] { false, true })
                {
                    double bound = past ? trueWorsening - 2 * se : trueWorsening;
                    foreach (JudgingMode mode in Modes)
                    {
                        manifest.Gates.Baseline = new BaselineGates
                        {
                            ResultsPath = results,
                            Settings = new MetricGateSettings { Judging = mode },
                            Metrics = new[] { new BaselineMetricGate(MetricNames.Auc) { MaxDrop = At(manifest, bound, 21, 30) } },
                        };
                        GateResult gate = Assert.Single(GateEvaluator.Evaluate(manifest, NewEvaluation(nowMetrics, Rows), null, current).Gates);
                        Assert.NotNull(gate.Interval);
                        if (gate.Status == GateStatus.Failed) decisions[(mode, past)] = decisions.GetValueOrDefault((mode, past)) + 1;
                    }
                }
            }

            if (pass == 0) output.WriteLine($"true worsening {trueWorsening:F4}, standard error of the measured worsening {StandardDeviation(samples.Select(s => s.Worsening)):F4}");
        }

        double Rate(JudgingMode mode, bool past) => (double)decisions.GetValueOrDefault((mode, past)) / Seeds;
        output.WriteLine($"{Seeds} seeds of {Rows} rows; baseline auc maxDrop gate, 95% paired DeLong interval");
        output.WriteLine("| judging | false failures (bound = true worsening) | power (bound two SEs below it) |");
        output.WriteLine("|---|---|---|");
        foreach (JudgingMode mode in Modes)
        {
            output.WriteLine($"| `{AiFactory.Core.Fairness.FairnessText.ModeName(mode)}` | {100 * Rate(mode, false):F1}% | {100 * Rate(mode, true):F1}% |");
        }

        // At the bound the point estimate fails about half; benefit of the doubt fails only when the whole interval is
        // past the bound (about 2.5%), burden of proof unless the whole interval is within it (about 97.5%).
        Assert.InRange(Rate(JudgingMode.PointEstimate, false), 0.35, 0.65);
        Assert.InRange(Rate(JudgingMode.BenefitOfTheDoubt, false), 0.0, 0.08);
        Assert.InRange(Rate(JudgingMode.BurdenOfProof, false), 0.9, 1.0);

        // Two standard errors past it: the point estimate fails about 97.7%, benefit of the doubt about half, burden of proof almost always.
        Assert.InRange(Rate(JudgingMode.PointEstimate, true), 0.9, 1.0);
        Assert.InRange(Rate(JudgingMode.BenefitOfTheDoubt, true), 0.3, 0.75);
        Assert.InRange(Rate(JudgingMode.BurdenOfProof, true), 0.97, 1.0);
    }

    private static double StandardDeviation(IEnumerable<double> values)
    {
        double[] v = values.ToArray();
        double mean = v.Average();
        return Math.Sqrt(v.Sum(x => (x - mean) * (x - mean)) / (v.Length - 1));
    }
}
