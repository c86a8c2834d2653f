// Generates this model's sample data: a synthetic loan-approval data set, seeded, so that every run writes the same
// bytes. Replace the sample with your own data when you have it; keep this file if you want a small data set to try
// the pipeline and the gates on.
//
//   dotnet run --file data/generate.cs
//
// It reads ../aifactory.json: "model.source" says what to write ("mlnet": data/train.csv and data/test.csv to train and
// judge a model; "predictions": data/scored.csv, another system's scores to govern), and "data.sensitive" names the
// sensitive attribute columns. Options override the manifest: --source mlnet|predictions, --sensitive a,b,c, --out folder.
//
// The label "approved" follows a logistic model of income, debt, tenure and region, plus an offset for the first
// sensitive attribute's group "A": a planted disparity for the fairness figures to find. The other sensitive columns
// carry no signal. At least three attribute columns are written: unnamed ones are called segment, channel and tier.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

string dataFolder = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Directory.GetCurrentDirectory();
var settings = SampleSettings.Read(Path.Combine(dataFolder, "..", "aifactory.json"), args, dataFolder);
Directory.CreateDirectory(settings.OutputFolder);
if (settings.Source == "predictions")
{
    SampleData.Write(Path.Combine(settings.OutputFolder, "scored.csv"), settings.Attributes, rows: 2000, seed: 3, scored: true);
}
else
{
    SampleData.Write(Path.Combine(settings.OutputFolder, "train.csv"), settings.Attributes, rows: 4000, seed: 1, scored: false);
    SampleData.Write(Path.Combine(settings.OutputFolder, "test.csv"), settings.Attributes, rows: 2000, seed: 2, scored: false);
}

Console.WriteLine($"Wrote {settings.Source} sample data with attributes {string.Join(", ", settings.Attributes)} to {settings.OutputFolder}");

/// <summary>What to generate: from the manifest, overridden by command-line options.</summary>
internal sealed class SampleSettings
{
    /// <summary>The name of each of the three attribute columns when fewer sensitive attributes are named.</summary>
    private static readonly string[] NeutralNames = { "segment", "channel", "tier" };

    public string Source { get; private set; } = "mlnet";

    public List<string> Attributes { get; } = new();

    public string OutputFolder { get; private set; } = "";

    public static SampleSettings Read(string manifestPath, string[] args, string defaultOutput)
    {
        var settings = new SampleSettings { OutputFolder = defaultOutput };
        string? sensitiveOption = Option(args, "--sensitive");
        string? sourceOption = Option(args, "--source");
        settings.OutputFolder = Option(args, "--out") ?? defaultOutput;
        var names = new List<string>();
        if (sensitiveOption is null || sourceOption is null)
        {
            using JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(manifestPath),
                new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            JsonElement root = manifest.RootElement;
            if (root.TryGetProperty("model", out JsonElement model) && model.TryGetProperty("source", out JsonElement source))
            {
                settings.Source = source.GetString() ?? "mlnet";
            }

            if (root.TryGetProperty("data", out JsonElement data) && data.TryGetProperty("sensitive", out JsonElement sensitive))
            {
                names.AddRange(sensitive.EnumerateArray().Select(e => e.GetString() ?? ""));
            }
        }

        if (sourceOption is not null)
        {
            settings.Source = sourceOption;
        }

        if (sensitiveOption is not null)
        {
            names = sensitiveOption.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        }

        settings.Attributes.AddRange(names);
        for (int slot = settings.Attributes.Count; slot < NeutralNames.Length; slot++)
        {
            settings.Attributes.Add(NeutralNames[slot]);
        }

        return settings;
    }

    private static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}

/// <summary>The generator: one row per applicant, CSV with a header, invariant numbers, '\n' line ends, UTF-8.</summary>
internal static class SampleData
{
    private static readonly string[] Regions = { "North", "South", "East", "West" };
    private static readonly double[] RegionEffects = { 0.2, -0.2, 0.0, 0.1 };

    public static void Write(string path, IReadOnlyList<string> attributes, int rows, int seed, bool scored)
    {
        // System.Random with a seed gives the same sequence on every .NET version and machine.
        var random = new Random(seed);
        var csv = new StringBuilder();
        csv.Append(scored ? "approved,score" : "income,debt,tenure,region");
        foreach (string attribute in attributes)
        {
            csv.Append(',').Append(attribute);
        }

        csv.Append(scored ? "\n" : ",approved\n");
        for (int row = 0; row < rows; row++)
        {
            // The order of the draws defines the data: change it and every file changes.
            double income = Normal(random);
            double debt = Normal(random);
            double tenure = Normal(random);
            int region = random.Next(Regions.Length);
            var values = new string[attributes.Count];
            for (int a = 0; a < values.Length; a++)
            {
                // The first attribute: groups A (60%) and B; the others: A, B, C evenly, drawn but without effect.
                values[a] = a == 0 ? (random.NextDouble() < 0.6 ? "A" : "B") : ((char)('A' + random.Next(3))).ToString();
            }

            double logit = 1.5 * income - 1.0 * debt + 0.7 * tenure + RegionEffects[region] - 0.4 + (values[0] == "A" ? 0.35 : -0.35);
            bool approved = random.NextDouble() < Sigmoid(logit);
            if (scored)
            {
                // Another system's score: it knows part of the signal and adds its own noise.
                double score = Sigmoid(0.8 * (logit - (values[0] == "A" ? 0.35 : -0.35)) + 0.6 * Normal(random));
                csv.Append(approved ? "yes" : "no").Append(',').Append(score.ToString("F4", CultureInfo.InvariantCulture));
            }
            else
            {
                csv.Append((55000 + 15000 * income).ToString("F2", CultureInfo.InvariantCulture)).Append(',')
                   .Append((15000 + 5000 * debt).ToString("F2", CultureInfo.InvariantCulture)).Append(',')
                   .Append((6 + 2 * tenure).ToString("F1", CultureInfo.InvariantCulture)).Append(',')
                   .Append(Regions[region]);
            }

            foreach (string value in values)
            {
                csv.Append(',').Append(value);
            }

            csv.Append(scored ? "\n" : approved ? ",yes\n" : ",no\n");
        }

        File.WriteAllText(path, csv.ToString(), new UTF8Encoding(false));
    }

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

    /// <summary>A standard normal draw (Box-Muller), redrawn beyond ±3 so that incomes and debts stay positive.</summary>
    private static double Normal(Random random)
    {
        while (true)
        {
            double u = 1 - random.NextDouble();
            double z = Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * random.NextDouble());
            if (Math.Abs(z) <= 3)
            {
                return z;
            }
        }
    }
}
