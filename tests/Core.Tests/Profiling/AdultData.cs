using System.Text;
using AiFactory.Core.Data;
using AiFactory.Core.Tests.Data;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.Profiling;

/// <summary>../shared/data/adult.csv as the build reads it (label class, positive &gt;50K, missing values "?"), and its raw text for independent figures.</summary>
internal static class AdultData
{
    public static DataSection Section() => new()
    {
        Label = "class",
        Positive = ">50K",
        Sensitive = new[] { "sex", "race" },
        MissingValues = new[] { "", "?" },
    };

    public static (DataTable Table, bool[] Labels) Read(string path, DataSection data)
    {
        DataTable table = CsvTableReader.Read(path, new CsvReadOptions
        {
            MissingValues = data.MissingValues,
            ForcedTypes = new Dictionary<string, ColumnType> { [data.Label] = ColumnType.Category },
        });
        return (table, LabelEncoder.ToBooleans(table, data.Label, data.Positive, null));
    }

    /// <summary>The header and the rows split on commas (the file has no quoted fields).</summary>
    public static (string[] Header, string[][] Rows) Raw(string path)
    {
        string[] lines = File.ReadAllLines(path);
        return (lines[0].Split(','), lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToArray());
    }

    /// <summary>adult.csv with extra columns appended, computed per row from a seeded Random.</summary>
    public static string WithColumns(string path, int seed, params (string Name, Func<int, Random, string> Value)[] columns)
    {
        string[] lines = File.ReadAllLines(path);
        var random = new Random(seed);
        var text = new StringBuilder(lines[0]);
        foreach (var column in columns) text.Append(',').Append(column.Name);
        text.Append('\n');
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            text.Append(lines[i]);
            foreach (var column in columns) text.Append(',').Append(column.Value(i - 1, random));
            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Rows [from, to) of adult.csv as a file of their own.</summary>
    public static string Slice(string path, int from, int to)
    {
        string[] lines = File.ReadAllLines(path);
        return string.Join("\n", new[] { lines[0] }.Concat(lines.Skip(1 + from).Take(to - from))) + "\n";
    }

    public static string Path => SharedData.AdultCsv;
}
