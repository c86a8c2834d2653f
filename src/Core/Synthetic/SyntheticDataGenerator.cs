using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace AiFactory.Core.Synthetic
{
    /// <summary>
    /// Generates a loan-approval-like CSV with a controllable signal and group disparity, for the demo, tests and fairness work.
    /// Columns: id, income, debt, tenure (numbers), region (North/South/East/West), group (the sensitive attribute) and
    /// approved (the label, "yes"/"no").
    /// </summary>
    /// <remarks>
    /// The label follows a logistic model: Signal × (a standardized income − debt + tenure score) plus a per-group offset
    /// calibrated so that the expected positive rate is 0.4 overall and the first group's rate exceeds every other
    /// group's by GroupDisparity. Features are independent of the group, so the disparity is only what was planted.
    /// Deterministic for a seed: System.Random(seed), invariant numbers with fixed decimals, '\n' line ends, UTF-8 without BOM.
    /// </remarks>
    internal static class SyntheticDataGenerator
    {
        /// <summary>The header line's columns, in order.</summary>
        public static readonly IReadOnlyList<string> ColumnNames = new[] { "id", "income", "debt", "tenure", "region", "group", "approved" };

        /// <summary>The values of <c>region</c>.</summary>
        public static readonly IReadOnlyList<string> Regions = new[] { "North", "South", "East", "West" };

        private const double BaseRate = 0.4;
        private const double Truncation = 3.0; // features beyond ±3 sd are redrawn, so income, debt and tenure stay positive

        // With Signal 1 the linear part has standard deviation SignalScale, which gives the true score an AUC near 0.85.
        private const double SignalScale = 1.85;
        private static readonly double[] Weights = Normalize(new[] { 0.7, -0.5, 0.5 }); // income, debt, tenure

        /// <summary>The CSV text.</summary>
        public static string ToCsv(SyntheticDataOptions options)
        {
            var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            Write(writer, options);
            return writer.ToString();
        }

        /// <summary>Writes the CSV to a file (UTF-8 without BOM), replacing it.</summary>
        public static void WriteCsv(string path, SyntheticDataOptions options)
        {
            if (path is null) throw new ArgumentNullException(nameof(path));
            using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
            Write(writer, options);
        }

        private static void Write(TextWriter writer, SyntheticDataOptions options)
        {
            double[] cumulativeShares = Validate(options);
            int groups = options.Groups.Count;
            double spread = options.Signal * SignalScale * Math.Sqrt(TruncatedNormalVariance(Truncation));
            var offsets = new double[groups];
            for (int g = 0; g < groups; g++) offsets[g] = LogisticOffsetCalibration.Offset(TargetRate(options, g, cumulativeShares), spread);
            var groupFields = new string[groups];
            for (int g = 0; g < groups; g++) groupFields[g] = CsvField(options.Groups[g]);

            var random = new Random(options.Seed);
            writer.Write(string.Join(",", ColumnNames));
            writer.Write('\n');
            var line = new StringBuilder(96);
            for (int id = 1; id <= options.Rows; id++)
            {
                // The draw order is part of the output's definition: changing it changes every file.
                int group = Draw(random, cumulativeShares);
                double zIncome = TruncatedNormal(random);
                double zDebt = TruncatedNormal(random);
                double zTenure = TruncatedNormal(random);
                string region = Regions[random.Next(Regions.Count)];
                double logit = options.Signal * SignalScale * (Weights[0] * zIncome + Weights[1] * zDebt + Weights[2] * zTenure) + offsets[group];
                bool approved = random.NextDouble() < LogisticOffsetCalibration.Sigmoid(logit);

                line.Clear();
                line.Append(id.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append((55000 + 15000 * zIncome).ToString("F2", CultureInfo.InvariantCulture)).Append(',')
                    .Append((15000 + 5000 * zDebt).ToString("F2", CultureInfo.InvariantCulture)).Append(',')
                    .Append((6 + 2 * zTenure).ToString("F1", CultureInfo.InvariantCulture)).Append(',')
                    .Append(region).Append(',')
                    .Append(groupFields[group]).Append(',')
                    .Append(approved ? "yes" : "no").Append('\n');
                writer.Write(line.ToString());
            }
        }

        /// <summary>The expected positive rate of a group: the first is above every other by the disparity, the mean is the base rate.</summary>
        private static double TargetRate(SyntheticDataOptions options, int group, double[] cumulativeShares)
        {
            double firstShare = cumulativeShares[0];
            return group == 0 ? BaseRate + (1 - firstShare) * options.GroupDisparity : BaseRate - firstShare * options.GroupDisparity;
        }

        private static double[] Validate(SyntheticDataOptions options)
        {
            if (options is null) throw new ArgumentNullException(nameof(options));
            if (options.Rows < 1) throw new ArgumentOutOfRangeException(nameof(options), options.Rows, "Rows must be at least 1.");
            if (double.IsNaN(options.Signal) || double.IsInfinity(options.Signal) || options.Signal < 0)
                throw new ArgumentOutOfRangeException(nameof(options), options.Signal, "Signal must be a finite number of at least 0.");
            IReadOnlyList<string> groups = options.Groups ?? throw new ArgumentException("Groups is null.", nameof(options));
            if (groups.Count < 2) throw new ArgumentException("Groups needs at least two groups.", nameof(options));
            var distinct = new HashSet<string>(StringComparer.Ordinal);
            foreach (string group in groups)
            {
                if (string.IsNullOrEmpty(group)) throw new ArgumentException("A group name is empty.", nameof(options));
                if (!distinct.Add(group)) throw new ArgumentException($"Group '{group}' appears twice.", nameof(options));
            }

            var cumulative = new double[groups.Count];
            double total = 0;
            for (int g = 0; g < groups.Count; g++)
            {
                double share = options.GroupShares is null ? 1.0 / groups.Count : options.GroupShares[g];
                if (options.GroupShares != null && options.GroupShares.Count != groups.Count)
                    throw new ArgumentException($"GroupShares has {options.GroupShares.Count} values for {groups.Count} groups.", nameof(options));
                if (!(share > 0 && share < 1)) throw new ArgumentOutOfRangeException(nameof(options), share, "Every group share must be between 0 and 1.");
                total += share;
                cumulative[g] = total;
            }

            if (Math.Abs(total - 1) > 1e-9) throw new ArgumentException($"GroupShares sum to {total.ToString("R", CultureInfo.InvariantCulture)}, not 1.", nameof(options));
            cumulative[groups.Count - 1] = 1; // no row may fall past the last group through rounding
            double firstShare = cumulative[0];
            double first = BaseRate + (1 - firstShare) * options.GroupDisparity;
            double others = BaseRate - firstShare * options.GroupDisparity;
            if (double.IsNaN(options.GroupDisparity) || first <= 0.001 || first >= 0.999 || others <= 0.001 || others >= 0.999)
                throw new ArgumentOutOfRangeException(nameof(options), options.GroupDisparity,
                    $"GroupDisparity gives positive rates {first.ToString("0.###", CultureInfo.InvariantCulture)} and {others.ToString("0.###", CultureInfo.InvariantCulture)}; both must lie strictly between 0 and 1 (the overall rate is {BaseRate.ToString(CultureInfo.InvariantCulture)}).");
            return cumulative;
        }

        private static int Draw(Random random, double[] cumulativeShares)
        {
            double u = random.NextDouble();
            for (int g = 0; g < cumulativeShares.Length; g++)
            {
                if (u < cumulativeShares[g]) return g;
            }

            return cumulativeShares.Length - 1;
        }

        private static double TruncatedNormal(Random random)
        {
            while (true)
            {
                // Box–Muller; 1 - NextDouble() is in (0, 1], so the logarithm is finite.
                double u1 = 1.0 - random.NextDouble();
                double u2 = random.NextDouble();
                double z = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
                if (Math.Abs(z) <= Truncation) return z;
            }
        }

        /// <summary>The variance of a standard normal truncated to [-t, t]: 1 - 2tφ(t) / (2Φ(t) - 1).</summary>
        private static double TruncatedNormalVariance(double t)
        {
            double density = Math.Exp(-t * t / 2) / Math.Sqrt(2 * Math.PI);
            double mass = 0, step = t / 10000;
            for (int i = 0; i < 10000; i++)
            {
                double x = (i + 0.5) * step;
                mass += Math.Exp(-x * x / 2) / Math.Sqrt(2 * Math.PI) * step;
            }

            return 1 - 2 * t * density / (2 * mass);
        }

        private static double[] Normalize(double[] weights)
        {
            double norm = 0;
            foreach (double w in weights) norm += w * w;
            norm = Math.Sqrt(norm);
            return Array.ConvertAll(weights, w => w / norm);
        }

        private static readonly char[] CsvSpecial = { ',', '"', '\r', '\n' };

        private static string CsvField(string value)
        {
            if (value.IndexOfAny(CsvSpecial) < 0) return value;
            return "\"" + value.Replace("\"", "\"\"") + "\"";
        }
    }
}
