using System.Globalization;
using AiFactory.Core.Evaluation;
using AiFactory.Core.Fairness;
using AiFactory.Core.Gates;
using AiFactory.Core.Metrics;
using AiFactory.Core.Synthetic;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.Fairness;

/// <summary>
/// How often each judging mode fails a model, over many seeds of generated data: with no planted disparity (every
/// failure is a false failure) and with one planted (every failure is a catch). Data from
/// <see cref="SyntheticDataGenerator"/>; the model scores the features with the generator's own weights plus an
/// intercept per group set to the group's label rate, so it is fair exactly when the data is (GroupDisparity 0).
/// </summary>
internal static class JudgingSimulation
{
    public sealed class Scenario
    {
        public string Name { get; init; } = "";
        public int Rows { get; init; }
        public double[] Shares { get; init; } = { 0.5, 0.5 };
        public double Disparity { get; init; }
    }

    /// <summary>Failures per judging mode and gate, out of <c>Seeds</c> data sets.</summary>
    public sealed class Outcome
    {
        public int Seeds { get; set; }
        public Dictionary<(JudgingMode Mode, string Gate), int> Failures { get; } = new();
        public double Rate(JudgingMode mode, string gate) => (double)Failures.GetValueOrDefault((mode, gate)) / Seeds;

        /// <summary>The mean point estimate of each gate's figure over the seeds.</summary>
        public Dictionary<string, double> MeanValue { get; } = new();
    }

    public static readonly JudgingMode[] Modes = { JudgingMode.PointEstimate, JudgingMode.BenefitOfTheDoubt, JudgingMode.BurdenOfProof };

    public const string RatioGate = "demographicParityRatio ≥ 0.80";
    public const string OddsGate = "equalizedOddsDifference ≤ 0.10";

    public static Outcome Run(Scenario scenario, int seeds)
    {
        var outcome = new Outcome { Seeds = seeds };
        ModelManifest[] manifests = Modes.Select(mode => FairnessFixtures.Manifest(
            $"\"demographicParityRatio\": {{ \"min\": 0.80 }}, \"equalizedOddsDifference\": {{ \"max\": 0.10 }}, \"judging\": \"{Name(mode)}\"")).ToArray();
        FairnessSettings settings = FairnessSettings.From(manifests[0]);
        for (int seed = 0; seed < seeds; seed++)
        {
            EvaluationRecord evaluation = Generate(scenario, seed);
            UncertaintyRecord uncertainty = UncertaintyEstimator.Estimate(evaluation.Groups!, settings, "u", evaluation.EvaluationFingerprint);
            for (int m = 0; m < Modes.Length; m++)
            {
                GateEvaluation gates = GateEvaluator.Evaluate(manifests[m], evaluation, uncertainty);
                foreach (GateResult gate in gates.Gates)
                {
                    string key = gate.Metric == "demographicParityRatio" ? RatioGate : OddsGate;
                    if (m == 0) outcome.MeanValue[key] = outcome.MeanValue.GetValueOrDefault(key) + (gate.Value ?? double.NaN) / seeds;
                    if (gate.Status == GateStatus.Failed || gate.Status == GateStatus.InsufficientData)
                    {
                        string name = gate.Metric == "demographicParityRatio" ? RatioGate : OddsGate;
                        outcome.Failures[(Modes[m], name)] = outcome.Failures.GetValueOrDefault((Modes[m], name)) + 1;
                    }
                }
            }
        }

        return outcome;
    }

    private static string Name(JudgingMode mode) => FairnessText.ModeName(mode);

    /// <summary>One generated test set, scored and grouped.</summary>
    public static EvaluationRecord Generate(Scenario scenario, int seed)
    {
        var options = new SyntheticDataOptions
        {
            Rows = scenario.Rows, Seed = 1000 + seed, GroupDisparity = scenario.Disparity, Groups = new[] { "A", "B" }, GroupShares = scenario.Shares,
        };
        string[] lines = SyntheticDataGenerator.ToCsv(options).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        double shareA = scenario.Shares[0];
        double[] offsets = { Logit(0.4 + (1 - shareA) * scenario.Disparity), Logit(0.4 - shareA * scenario.Disparity) };
        double norm = Math.Sqrt(0.7 * 0.7 + 0.5 * 0.5 + 0.5 * 0.5);
        int rows = lines.Length - 1;
        var labels = new bool[rows];
        var scores = new double[rows];
        var groups = new int[rows];
        for (int i = 0; i < rows; i++)
        {
            string[] f = lines[i + 1].Split(',');
            double income = (Parse(f[1]) - 55000) / 15000, debt = (Parse(f[2]) - 15000) / 5000, tenure = (Parse(f[3]) - 6) / 2;
            groups[i] = f[5] == "A" ? 0 : 1;
            labels[i] = f[6] == "yes";
            scores[i] = 1 / (1 + Math.Exp(-(1.85 * (0.7 * income - 0.5 * debt + 0.5 * tenure) / norm + offsets[groups[i]])));
        }

        var grouping = new Grouping(new[] { "group" }, new[] { "A", "B" }, groups);
        bool[] predicted = GroupedEvaluation.Predict(scores, 0.5);
        return new EvaluationRecord
        {
            EvaluationFingerprint = "simulation",
            TestRows = rows,
            Metrics = BinaryMetricsCalculator.FromScores(labels, scores, 0.5),
            Groups = GroupedEvaluation.Compute(new[] { grouping }, labels, predicted, scores),
        };
    }

    private static double Parse(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static double Logit(double p) => Math.Log(p / (1 - p));
}
