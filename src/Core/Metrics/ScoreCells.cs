using System;
using System.Collections.Generic;
using System.Globalization;
using AiFactory.Core.Json;
using AiFactory.Manifest.Json;

namespace AiFactory.Core.Metrics
{
    /// <summary>
    /// The scored rows of a test set gathered into cells, so that the metrics of the scores themselves (logLoss, brier,
    /// ece) can be bootstrapped from counts as the confusion matrix is. A cell holds the rows of one class whose scores
    /// share an ECE bin and a step of 0.05 on the logit scale (ln(p / (1 − p)), p clipped as log-loss clips it): its
    /// count and its sums of p, of (p − y)² and of the log-loss term. Every metric computed from the cells on the
    /// observed counts equals the metric of the rows up to rounding; a resample redraws how many rows each cell holds,
    /// keeping each cell's means — so it leaves out the spread within a cell, at most 0.05 on the logit scale (about
    /// 0.0125 in p, 0.05 in a log-loss term).
    /// </summary>
    internal sealed class ScoreCells
    {
        /// <summary>The width of a cell on the logit scale.</summary>
        public const double LogitStep = 0.05;

        /// <summary>The figures <see cref="Compute"/> writes, in this order.</summary>
        public const int LogLossSlot = 0, BrierSlot = 1, EceSlot = 2, FigureCount = 3;

        /// <summary>Creates cells from their parts (as read back from the evaluation record); all arrays have one entry per cell.</summary>
        public ScoreCells(int[] eceBins, bool[] positive, long[] counts, double[] scoreSums, double[] squaredErrorSums, double[] logLossSums)
        {
            int k = counts?.Length ?? throw new ArgumentNullException(nameof(counts));
            if (eceBins is null || positive is null || scoreSums is null || squaredErrorSums is null || logLossSums is null) throw new ArgumentNullException(nameof(eceBins));
            if (eceBins.Length != k || positive.Length != k || scoreSums.Length != k || squaredErrorSums.Length != k || logLossSums.Length != k)
                throw new ArgumentException("Every part needs one entry per cell.", nameof(counts));
            EceBins = eceBins;
            Positive = positive;
            Counts = counts;
            ScoreSums = scoreSums;
            SquaredErrorSums = squaredErrorSums;
            LogLossSums = logLossSums;
            foreach (long c in counts)
            {
                if (c <= 0) throw new ArgumentException("Every cell holds at least one row.", nameof(counts));
                Total += c;
            }

            foreach (int b in eceBins)
            {
                if (b < 0 || b >= ExpectedCalibrationError.BinCount) throw new ArgumentException($"ECE bin {b} is not one of the {ExpectedCalibrationError.BinCount}.", nameof(eceBins));
            }
        }

        /// <summary>Each cell's ECE bin.</summary>
        public int[] EceBins { get; }

        /// <summary>Each cell's class: true for positive rows.</summary>
        public bool[] Positive { get; }

        /// <summary>Rows in each cell.</summary>
        public long[] Counts { get; }

        /// <summary>Each cell's sum of scores.</summary>
        public double[] ScoreSums { get; }

        /// <summary>Each cell's sum of (p − y)².</summary>
        public double[] SquaredErrorSums { get; }

        /// <summary>Each cell's sum of −ln p (positive) or −ln(1 − p) (negative), p clipped to [1e-15, 1 − 1e-15].</summary>
        public double[] LogLossSums { get; }

        /// <summary>Rows in all cells.</summary>
        public long Total { get; }

        /// <summary>The number of cells.</summary>
        public int Count => Counts.Length;

        /// <summary>Gathers labelled scores into cells, in a fixed order (ECE bin, logit step, class).</summary>
        public static ScoreCells Of(IReadOnlyList<bool> labels, IReadOnlyList<double> scores)
        {
            ScoredRows.Check(labels, scores);
            var index = new Dictionary<long, int>();
            var keys = new List<long>();
            var eceBins = new List<int>();
            var positive = new List<bool>();
            var counts = new List<long>();
            var scoreSums = new List<double>();
            var squared = new List<double>();
            var logLoss = new List<double>();
            for (int i = 0; i < labels.Count; i++)
            {
                double p = ScoredRows.Probability(scores, i);
                bool y = labels[i];
                double clipped = Math.Min(Math.Max(p, BinaryLogLoss.Epsilon), 1 - BinaryLogLoss.Epsilon);
                long step = (long)Math.Floor(Math.Log(clipped / (1 - clipped)) / LogitStep);
                int bin = ExpectedCalibrationError.Bin(p);
                long key = ((step + 100000) * ExpectedCalibrationError.BinCount + bin) * 2 + (y ? 1 : 0);
                if (!index.TryGetValue(key, out int cell))
                {
                    cell = counts.Count;
                    index.Add(key, cell);
                    keys.Add(key);
                    eceBins.Add(bin);
                    positive.Add(y);
                    counts.Add(0);
                    scoreSums.Add(0);
                    squared.Add(0);
                    logLoss.Add(0);
                }

                double error = p - (y ? 1.0 : 0.0);
                counts[cell]++;
                scoreSums[cell] += p;
                squared[cell] += error * error;
                logLoss[cell] += -(y ? Math.Log(clipped) : Math.Log(1 - clipped));
            }

            // Order the cells by key, so the same rows in any order give the same cells and the same resamples.
            var order = new int[keys.Count];
            for (int c = 0; c < order.Length; c++) order[c] = c;
            long[] sortKeys = keys.ToArray();
            Array.Sort(sortKeys, order);
            return new ScoreCells(Pick(eceBins, order), Pick(positive, order), Pick(counts, order), Pick(scoreSums, order), Pick(squared, order), Pick(logLoss, order));
        }

        /// <summary>
        /// logLoss, brier and ece (at <see cref="LogLossSlot"/>, <see cref="BrierSlot"/>, <see cref="EceSlot"/> of
        /// <paramref name="figures"/>) of the rows when cell c holds <paramref name="counts"/>[c] of them, each with its
        /// cell's means; NaN when the counts hold no row.
        /// </summary>
        public void Compute(long[] counts, double[] figures)
        {
            if (counts is null) throw new ArgumentNullException(nameof(counts));
            if (figures is null) throw new ArgumentNullException(nameof(figures));
            long n = 0;
            double logLoss = 0, brier = 0;
            var gaps = new double[ExpectedCalibrationError.BinCount];
            for (int c = 0; c < Counts.Length; c++)
            {
                long k = counts[c];
                if (k == 0) continue;
                double share = (double)k / Counts[c];
                n += k;
                logLoss += share * LogLossSums[c];
                brier += share * SquaredErrorSums[c];
                gaps[EceBins[c]] += share * ScoreSums[c] - (Positive[c] ? k : 0);
            }

            double ece = 0;
            foreach (double gap in gaps) ece += Math.Abs(gap);
            figures[LogLossSlot] = n == 0 ? double.NaN : logLoss / n;
            figures[BrierSlot] = n == 0 ? double.NaN : brier / n;
            figures[EceSlot] = n == 0 ? double.NaN : ece / n;
        }

        /// <summary>Writes the cells as an object of columns (<c>eceBin</c>, <c>positive</c>, <c>count</c>, <c>scoreSum</c>, <c>squaredErrorSum</c>, <c>logLossSum</c>).</summary>
        public void Write(JsonTextWriter w)
        {
            if (w is null) throw new ArgumentNullException(nameof(w));
            w.StartObject();
            Column(w, "eceBin", EceBins, v => w.Number((long)v));
            Column(w, "positive", Positive, v => w.Boolean(v));
            Column(w, "count", Counts, v => w.Number(v));
            Column(w, "scoreSum", ScoreSums, v => w.Number(v));
            Column(w, "squaredErrorSum", SquaredErrorSums, v => w.Number(v));
            Column(w, "logLossSum", LogLossSums, v => w.Number(v));
            w.EndObject();
        }

        /// <summary>Reads cells written by <see cref="Write"/>; <paramref name="problem"/> makes the exception of a malformed record.</summary>
        public static ScoreCells Read(JsonObject node, Func<string, Exception> problem)
        {
            if (node is null) throw new ArgumentNullException(nameof(node));
            if (problem is null) throw new ArgumentNullException(nameof(problem));
            JsonArray Items(string name) => node[name] as JsonArray ?? throw problem($"has score cells without \"{name}\"");
            T[] Parse<T>(string name, Func<JsonNode, T?> parse)
                where T : struct
            {
                IReadOnlyList<JsonNode> items = Items(name).Items;
                var values = new T[items.Count];
                for (int i = 0; i < values.Length; i++) values[i] = parse(items[i]) ?? throw problem($"has a score cell's \"{name}\" that cannot be read");
                return values;
            }

            long? Integer(JsonNode n) => n is JsonNumber number && number.TryGetInt64(out long v) ? v : (long?)null;
            double? Real(JsonNode n) => n is JsonNumber number ? double.Parse(number.Text, NumberStyles.Float, CultureInfo.InvariantCulture) : (double?)null;
            try
            {
                return new ScoreCells(
                    Array.ConvertAll(Parse("eceBin", Integer), v => (int)Math.Min(Math.Max(v, int.MinValue), int.MaxValue)),
                    Parse("positive", n => (n as JsonBoolean)?.Value),
                    Parse("count", Integer),
                    Parse("scoreSum", Real),
                    Parse("squaredErrorSum", Real),
                    Parse("logLossSum", Real));
            }
            catch (ArgumentException e)
            {
                throw problem($"has score cells that do not fit together ({e.Message.TrimEnd('.')})");
            }
        }

        private static void Column<T>(JsonTextWriter w, string name, T[] values, Action<T> write)
        {
            w.PropertyName(name);
            w.StartArray();
            foreach (T value in values) write(value);
            w.EndArray();
        }

        private static T[] Pick<T>(List<T> values, int[] order)
        {
            var picked = new T[order.Length];
            for (int i = 0; i < order.Length; i++) picked[i] = values[order[i]];
            return picked;
        }
    }
}
