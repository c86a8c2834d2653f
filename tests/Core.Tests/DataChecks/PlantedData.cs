using System.Globalization;
using System.Text;
using AiFactory.Core.Data;
using AiFactory.Core.Synthetic;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.DataChecks;

/// <summary>
/// Generated data with problems planted on purpose: the synthetic loan data (id, income, debt, tenure, region, group,
/// approved) with extra columns computed from each row and a seeded Random, duplicated rows, or rows copied across files.
/// </summary>
internal static class PlantedData
{
    /// <summary>A column computed for every row from its fields (by name) and a seeded Random.</summary>
    public sealed record Column(string Name, Func<IReadOnlyDictionary<string, string>, Random, string> Value);

    /// <summary>The synthetic CSV with the extra columns appended, each row's values drawn in row order from Random(seed).</summary>
    public static string Csv(SyntheticDataOptions options, int seed, params Column[] extra)
    {
        string[] lines = SyntheticDataGenerator.ToCsv(options).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string[] header = lines[0].Split(',');
        var random = new Random(seed);
        var csv = new StringBuilder();
        csv.Append(lines[0]);
        foreach (Column column in extra) csv.Append(',').Append(column.Name);
        csv.Append('\n');
        for (int i = 1; i < lines.Length; i++)
        {
            string[] fields = lines[i].Split(',');
            var row = new Dictionary<string, string>();
            for (int j = 0; j < header.Length; j++) row[header[j]] = fields[j];
            csv.Append(lines[i]);
            foreach (Column column in extra) csv.Append(',').Append(column.Value(row, random));
            csv.Append('\n');
        }

        return csv.ToString();
    }

    /// <summary>The data lines of a CSV text (header excluded).</summary>
    public static string[] Rows(string csv) => csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();

    /// <summary>A normal draw (Box–Muller).</summary>
    public static double Normal(Random random, double mean, double sd) =>
        mean + sd * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    public static string Number(double value) => value.ToString("F3", CultureInfo.InvariantCulture);

    /// <summary>The data section the synthetic files are read with.</summary>
    public static DataSection Section(params string[] sensitive) => new()
    {
        Label = "approved",
        Positive = "yes",
        Sensitive = sensitive.Length == 0 ? new[] { "group" } : sensitive,
    };

    /// <summary>Reads a file as the build does (the label a category) and encodes its labels.</summary>
    public static (DataTable Table, bool[] Labels) Read(string path, DataSection data)
    {
        DataTable table = CsvTableReader.Read(path, new CsvReadOptions
        {
            DeclaredColumns = data.Columns,
            MissingValues = data.MissingValues,
            ForcedTypes = new Dictionary<string, ColumnType> { [data.Label] = ColumnType.Category },
        });
        return (table, LabelEncoder.ToBooleans(table, data.Label, data.Positive, null));
    }
}
