using System.Diagnostics;
using System.Globalization;
using System.Text;
using AiFactory.Core.Data;
using AiFactory.Core.Evaluation;
using AiFactory.Core.Fairness;
using AiFactory.Core.Gates;
using AiFactory.Core.Metrics;
using AiFactory.Core.Synthetic;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;

namespace AiFactory.BuildTool;

/// <summary>
/// Measures what fairness costs on a large scored file: every fairness gate (all six disparities, everyGroup floors
/// and ceilings, intersections) with 1,000 bootstrap resamples on a generated 1,000,000-row scored file, against a pass
/// that only parses the same file with the fastest reader here (Sylvan, through CsvTableReader). Both passes run in
/// alternation in one process after warm-ups; medians and their ratio are reported.
/// </summary>
/// <remarks>
/// The fairness pass is everything fairness adds to a build of that file: reading it as predictions mode does
/// (labels and scores checked), grouping and counting as the evaluation does (GroupedEvaluation.Compute on the table),
/// per-group AUC with DeLong's variance, the uncertainty stage's bootstrap, and the check's judging. The overall metrics (auc, logLoss) are left out of both: every build computes
/// them, with or without fairness gates.
/// </remarks>
public static class FairnessBenchmark
{
    private const string Manifest = """
        {
          "model": { "name": "Bench", "source": "predictions", "threshold": 0.5 },
          "data": { "test": "scored.csv", "label": "approved", "positive": "yes", "score": "score", "sensitive": ["group", "region"] },
          "gates": {
            "fairness": {
              "demographicParityDifference": { "max": 0.10 },
              "demographicParityRatio": { "min": 0.80 },
              "equalizedOddsDifference": { "max": 0.10 },
              "equalizedOddsRatio": { "min": 0.80 },
              "equalOpportunityDifference": { "max": 0.10 },
              "disparateImpact": { "min": 0.80, "referenceGroup": { "group": "A", "region": "North" } },
              "everyGroup": { "auc": { "min": 0.70 }, "tpr": { "min": 0.30 }, "fpr": { "max": 0.30 } },
              "intersections": true,
              "resamples": 1000
            }
          }
        }
        """;

    private const int WarmUps = 3;

    public static int Run(int rows, int runs, TextWriter log)
    {
        string folder = Path.Combine(Path.GetTempPath(), "aifactory-bench-fairness-" + Path.GetRandomFileName().Replace(".", ""));
        Directory.CreateDirectory(folder);
        try
        {
            string manifestPath = Path.Combine(folder, "aifactory.json");
            File.WriteAllText(manifestPath, Manifest);
            ManifestReadResult read = ManifestReader.Read(manifestPath, Manifest, new ManifestReadOptions());
            if (read.HasErrors) throw new InvalidOperationException(string.Join("\n", read.Diagnostics));
            ModelManifest manifest = read.Manifest!;

            var clock = Stopwatch.StartNew();
            WriteScoredFile(manifest.Data.TestPath, rows);
            log.WriteLine($"Generated {rows:N0} scored rows ({new FileInfo(manifest.Data.TestPath).Length / 1e6:F1} MB) in {clock.Elapsed.TotalSeconds:F1} s: {manifest.Data.TestPath}");

            var options = new CsvReadOptions
            {
                MissingValues = manifest.Data.MissingValues,
                RequiredColumns = new[] { "approved", "score", "group", "region" },
                ForcedTypes = new Dictionary<string, ColumnType> { ["approved"] = ColumnType.Category, ["score"] = ColumnType.Number },
            };

            // Warm-up: file cache, and the JIT's tiers. Tiered compilation promotes a method to optimized code only after
            // 30 calls and a pause in new compilations, in the background; with a single warm-up the first measured
            // runs of either pass were still partly unoptimized.
            GateEvaluation warm = null!;
            for (int i = 0; i < WarmUps; i++)
            {
                ParseOnly(manifest, options);
                warm = FairnessPass(manifest);
            }
            log.WriteLine($"Fairness gates judged: {warm.Gates.Count} ({warm.Gates.Count(g => g.Status == GateStatus.Passed)} passed)");

            var parse = new List<double>();
            var fairness = new List<double>();
            var parseCpu = new List<double>();
            var fairnessCpu = new List<double>();
            using Process process = Process.GetCurrentProcess();
            for (int i = 0; i < runs; i++)
            {
                // Alternate which pass goes first, so that machine noise hits both alike.
                for (int k = 0; k < 2; k++)
                {
                    bool parseTurn = (i + k) % 2 == 0;
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    process.Refresh();
                    TimeSpan cpu = process.TotalProcessorTime;
                    clock.Restart();
                    if (parseTurn) ParseOnly(manifest, options);
                    else FairnessPass(manifest);
                    (parseTurn ? parse : fairness).Add(clock.Elapsed.TotalSeconds);
                    process.Refresh();
                    (parseTurn ? parseCpu : fairnessCpu).Add((process.TotalProcessorTime - cpu).TotalSeconds);
                }
            }

            var phases = new Dictionary<string, double>();
            for (int i = 0; i < runs; i++) FairnessPass(manifest, phases);

            // Every run, in order, so that the spread behind the medians shows.
            log.WriteLine("Runs (s), parse only: " + string.Join(" ", parse.Select(x => x.ToString("F3", CultureInfo.InvariantCulture))));
            log.WriteLine("Runs (s), fairness:   " + string.Join(" ", fairness.Select(x => x.ToString("F3", CultureInfo.InvariantCulture))));
            double p = Median(parse), f = Median(fairness);
            log.WriteLine();
            log.WriteLine("| rows | parse only (CsvTableReader) | every fairness gate, 1,000 resamples | **ratio** |");
            log.WriteLine("|---|---|---|---|");
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {rows:N0} | {p:F3} s | {f:F3} s | **{f / p:F2}** |"));
            double pc = Median(parseCpu), fc = Median(fairnessCpu);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {rows:N0}, processor time | {pc:F3} s | {fc:F3} s | {fc / pc:F2} |"));
            log.WriteLine($"(medians of {runs} alternating runs each, after {WarmUps} warm-ups of each; wall clock, then the process's processor time, which other processes on the machine disturb less)");
            log.WriteLine();
            log.WriteLine("Where the fairness pass spends its time (means of another " + runs + " runs):");
            foreach (KeyValuePair<string, double> phase in phases)
            {
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {phase.Key,-50} {phase.Value / runs:F3} s"));
            }
            return 0;
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static void ParseOnly(ModelManifest manifest, CsvReadOptions options) => CsvTableReader.Read(manifest.Data.TestPath, options);

    /// <summary>What fairness adds to a build of a scored file, end to end; <paramref name="phases"/> receives each phase's time.</summary>
    private static GateEvaluation FairnessPass(ModelManifest manifest, Dictionary<string, double>? phases = null)
    {
        var clock = Stopwatch.StartNew();
        void Phase(string name)
        {
            if (phases != null) phases[name] = phases.GetValueOrDefault(name) + clock.Elapsed.TotalSeconds;
            clock.Restart();
        }

        ScoredPredictions predictions = PredictionsLoader.Load(manifest);
        Phase("read as predictions mode does");

        // Exactly as the evaluation of a scored file does (ModelEvaluator.EvaluatePredictions): the groups of each
        // attribute and of their intersection, counted, with each group's AUC and DeLong variance.
        bool[] predicted = GroupedEvaluation.Predict(predictions.Scores!, manifest.Model.Threshold);
        GroupedCounts groups = GroupedEvaluation.Compute(predictions.Table, manifest.Data, predictions.Labels, predicted, predictions.Scores)!;
        Phase("group, count, order by score, per-group AUC and DeLong");
        var evaluation = new EvaluationRecord
        {
            EvaluationFingerprint = "bench",
            TestRows = predictions.RowCount,
            Metrics = BinaryMetricsCalculator.Build(ConfusionCounts.FromPredictions(predictions.Labels, predicted), manifest.Model.Threshold, true, null, null),
            Groups = groups,
        };
        FairnessSettings settings = FairnessSettings.From(manifest);
        UncertaintyRecord uncertainty = UncertaintyEstimator.Estimate(groups, settings, settings.Fingerprint("bench", "bench"), "bench");
        Phase("bootstrap");
        GateEvaluation gates = GateEvaluator.Evaluate(manifest, evaluation, uncertainty);
        Phase("judge");
        return gates;
    }

    /// <summary>label, score, group, region: the generator's rows scored by a logistic model of its features.</summary>
    private static void WriteScoredFile(string path, int rows)
    {
        var options = new SyntheticDataOptions
        {
            Rows = rows, Seed = 7, GroupDisparity = 0.05, Groups = new[] { "A", "B", "C", "D" }, GroupShares = new[] { 0.4, 0.3, 0.2, 0.1 },
        };
        string generated = Path.Combine(Path.GetDirectoryName(path)!, "generated.csv");
        SyntheticDataGenerator.WriteCsv(generated, options);
        using var reader = new StreamReader(generated);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        reader.ReadLine();
        writer.Write("approved,score,group,region\n");
        var line = new StringBuilder(48);
        double norm = Math.Sqrt(0.7 * 0.7 + 0.5 * 0.5 + 0.5 * 0.5);
        while (reader.ReadLine() is string row)
        {
            string[] f = row.Split(',');
            double income = (Parse(f[1]) - 55000) / 15000, debt = (Parse(f[2]) - 15000) / 5000, tenure = (Parse(f[3]) - 6) / 2;
            double score = 1 / (1 + Math.Exp(-(1.85 * (0.7 * income - 0.5 * debt + 0.5 * tenure) / norm - 0.4)));
            line.Clear();
            line.Append(f[6]).Append(',').Append(score.ToString("F6", CultureInfo.InvariantCulture)).Append(',').Append(f[5]).Append(',').Append(f[4]).Append('\n');
            writer.Write(line.ToString());
        }

        reader.Close();
        File.Delete(generated);
    }

    private static double Parse(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static double Median(List<double> values)
    {
        double[] sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
