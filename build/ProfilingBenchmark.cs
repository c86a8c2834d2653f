using System.Diagnostics;
using System.Globalization;
using System.Text;
using AiFactory.Core.Data;
using AiFactory.Core.Profiling;
using AiFactory.Manifest.Model;
using Sylvan.Data.Csv;

namespace AiFactory.BuildTool;

/// <summary>
/// Measures what profiling a data file costs against reading it: a generated 1,000,000-row × 20-column CSV is read
/// with the product's reader alone (the parse-only baseline), then read and profiled, then read, profiled and checked
/// (leakage cross-fitted over 5 folds, proxies of one sensitive attribute), in rotating order, medians of every run.
/// A raw pass of the same parser (Sylvan, every field as a string, no typing) is shown for reference.
/// </summary>
public static class ProfilingBenchmark
{
    private const int Rows = 1_000_000;
    private const int NumberColumns = 12;
    private static readonly string[] Regions = { "North", "South", "East", "West", "Centre" };
    private static readonly string[] Products = { "loan", "card", "mortgage", "overdraft", "lease", "savings", "pension", "insurance" };
    private static readonly string[] CategoryColumns = { "region", "product", "group", "branch", "code", "flag1", "flag2", "approved" };

    public static int Run(int runs, TextWriter log)
    {
        string folder = Path.Combine(Path.GetTempPath(), "aifactory-bench-profile-" + Path.GetRandomFileName().Replace(".", ""));
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, "data.csv");
        try
        {
            log.WriteLine($"Writing {Rows:N0} rows × 20 columns to {path}");
            Generate(path);
            log.WriteLine($"  {new FileInfo(path).Length / 1e6:F0} MB");

            var data = new DataSection { Label = "approved", Positive = "yes", Sensitive = new[] { "group" } };
            var options = new CsvReadOptions { ForcedTypes = new Dictionary<string, ColumnType> { ["approved"] = ColumnType.Category } };
            var cases = new (string Name, Func<int> Action)[]
            {
                ("raw Sylvan pass (strings)", () => RawPass(path)),
                ("read (parse-only baseline)", () => CsvTableReader.Read(path, options).RowCount),
                ("read + profile", () =>
                {
                    DataTable table = CsvTableReader.Read(path, options);
                    bool[] labels = LabelEncoder.ToBooleans(table, data.Label, data.Positive, null);
                    return DataProfiler.Profile(table, labels, data).Rows;
                }),
                ("read + profile + checks", () =>
                {
                    DataTable table = CsvTableReader.Read(path, options);
                    bool[] labels = LabelEncoder.ToBooleans(table, data.Label, data.Positive, null);
                    return DataInspector.Inspect(data, null, null, table, labels).Test.Rows;
                }),
            };

            // One warm-up of each (JIT, file cache), then rounds in rotating order so that noise hits every case alike.
            foreach (var c in cases) Time(c.Action);
            var seconds = cases.ToDictionary(c => c.Name, _ => new List<double>());
            for (int round = 0; round < runs; round++)
            {
                for (int k = 0; k < cases.Length; k++)
                {
                    var c = cases[(k + round) % cases.Length];
                    seconds[c.Name].Add(Time(c.Action));
                }

                log.WriteLine($"  round {round + 1}: " + string.Join(", ", cases.Select(c => $"{c.Name} {seconds[c.Name][^1]:F2} s")));
            }

            double baseline = Median(seconds[cases[1].Name]);
            log.WriteLine();
            log.WriteLine($"| case | median of {runs} | ÷ parse-only |");
            log.WriteLine("|---|---|---|");
            foreach (var c in cases)
            {
                double median = Median(seconds[c.Name]);
                log.WriteLine($"| {c.Name} | {median:F2} s | {median / baseline:F2} |");
            }

            log.WriteLine();
            log.WriteLine($"Processors: {Environment.ProcessorCount}; load average: {LoadAverage()}");
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

    private static double Time(Func<int> action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var clock = Stopwatch.StartNew();
        int result = action();
        clock.Stop();
        if (result <= 0) throw new InvalidOperationException("The benchmark read no rows.");
        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>Every field of every record read as a string by the same parser: what reading costs without typing.</summary>
    private static int RawPass(string path)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false), true, 1 << 16);
        using CsvDataReader csv = CsvDataReader.Create(reader, new CsvDataReaderOptions { HasHeaders = true, BufferSize = 1 << 16 });
        int rows = 0;
        long chars = 0;
        while (csv.Read())
        {
            for (int i = 0; i < csv.FieldCount; i++) chars += csv.GetString(i).Length;
            rows++;
        }

        return chars > 0 ? rows : 0;
    }

    /// <summary>
    /// 12 number columns (a few with missing values and one with few distinct values), 7 categories (region, product,
    /// a group, a 1,000-value branch code, a free-text-like 6-letter code and two flags) and the label: 20 columns.
    /// </summary>
    private static void Generate(string path)
    {
        var random = new Random(20261123);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        var header = new List<string>();
        for (int i = 0; i < NumberColumns; i++) header.Add("x" + i.ToString(CultureInfo.InvariantCulture));
        header.AddRange(CategoryColumns);
        writer.WriteLine(string.Join(",", header));
        var line = new StringBuilder(256);
        var code = new char[6];
        for (int row = 0; row < Rows; row++)
        {
            line.Clear();
            double signal = 0;
            for (int i = 0; i < NumberColumns; i++)
            {
                double value = i == 11 ? random.Next(5) : Math.Round((random.NextDouble() - 0.5) * 1000 * (i + 1), 2);
                if (i < 4) signal += value / (1000 * (i + 1));
                if (i == 3 && random.Next(50) == 0) line.Append(',');
                else line.Append(value.ToString("R", CultureInfo.InvariantCulture)).Append(',');
            }

            for (int k = 0; k < code.Length; k++) code[k] = (char)('A' + random.Next(26));
            line.Append(Regions[random.Next(Regions.Length)]).Append(',')
                .Append(Products[random.Next(Products.Length)]).Append(',')
                .Append(random.Next(2) == 0 ? "A" : "B").Append(',')
                .Append('B').Append(random.Next(1000).ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(code).Append(',')
                .Append(random.Next(2) == 0 ? "true" : "false").Append(',')
                .Append(random.Next(10) == 0 ? "" : random.Next(3) == 0 ? "y" : "n").Append(',')
                .Append(random.NextDouble() < 1 / (1 + Math.Exp(-3 * signal)) ? "yes" : "no");
            writer.WriteLine(line.ToString());
        }
    }

    private static double Median(List<double> values)
    {
        double[] sorted = values.OrderBy(v => v).ToArray();
        int n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
