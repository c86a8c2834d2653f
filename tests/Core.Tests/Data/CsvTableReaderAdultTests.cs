using System.Globalization;
using AiFactory.Core.Data;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.Data;

public class CsvTableReaderAdultTests
{
    private static readonly CsvReadOptions AdultOptions = new() { MissingValues = new[] { "?" } };

    [Fact]
    public void Reads_every_row_and_column_of_adult_csv_with_inferred_types()
    {
        DataTable table = CsvTableReader.Read(SharedData.AdultCsv, AdultOptions);

        Assert.Equal(32561, table.RowCount);
        string[] header = File.ReadLines(SharedData.AdultCsv).First().Split(',');
        Assert.Equal(header, table.Columns.Select(c => c.Name));
        var numeric = new[] { "age", "fnlwgt", "education-num", "capital-gain", "capital-loss", "hours-per-week" };
        foreach (DataColumn column in table.Columns)
        {
            Assert.True(column.TypeInferred);
            Assert.Equal(numeric.Contains(column.Name) ? ColumnType.Number : ColumnType.Category, column.Type);
            Assert.Equal(32561, column.Length);
        }

        Assert.Equal(2, table.SourceLines[0]);
        Assert.Equal(32562, table.SourceLines[^1]);
    }

    [Fact]
    public void Missing_counts_and_sums_match_an_independent_reading()
    {
        DataTable table = CsvTableReader.Read(SharedData.AdultCsv, AdultOptions);
        string[][] rows = File.ReadLines(SharedData.AdultCsv).Skip(1).Select(l => l.Split(',')).ToArray();

        int workclassMissing = rows.Count(r => r[1] == "?");
        Assert.True(workclassMissing > 1000); // the extract is known to miss workclass for ~1,800 rows
        Assert.Equal(workclassMissing, table.Get("workclass").MissingCount);
        Assert.Equal(rows.Count(r => r[6] == "?"), table.Get("occupation").MissingCount);
        Assert.Equal(rows.Count(r => r[13] == "?"), table.Get("native-country").MissingCount);
        Assert.Null(table.Get("workclass").Categories![rows.ToList().FindIndex(r => r[1] == "?")]);

        double ageSum = rows.Sum(r => double.Parse(r[0], CultureInfo.InvariantCulture));
        Assert.Equal(ageSum, table.Get("age").Numbers!.Sum());
        Assert.Equal(0, table.Get("age").MissingCount);
        double gainSum = rows.Sum(r => double.Parse(r[10], CultureInfo.InvariantCulture));
        Assert.Equal(gainSum, table.Get("capital-gain").Numbers!.Sum());
        Assert.Equal(rows.Select(r => r[9]), table.Get("sex").Categories!);
    }

    [Fact]
    public void Category_strings_are_interned_per_column()
    {
        DataTable table = CsvTableReader.Read(SharedData.AdultCsv, AdultOptions);
        string?[] sex = table.Get("sex").Categories!;

        string firstMale = sex.First(s => s == "Male")!;
        Assert.All(sex.Where(s => s == "Male"), s => Assert.Same(firstMale, s));
        Assert.Equal(2, sex.Distinct().Count());
    }

    [Fact]
    public void Label_encoding_of_adult_class_counts_the_positive_rows()
    {
        DataTable table = CsvTableReader.Read(SharedData.AdultCsv, AdultOptions);
        bool[] labels = LabelEncoder.ToBooleans(table, "class", ">50K", null);

        int expected = File.ReadLines(SharedData.AdultCsv).Skip(1).Count(l => l.EndsWith(",>50K", StringComparison.Ordinal));
        Assert.Equal(7841, expected);
        Assert.Equal(expected, labels.Count(l => l));
        LabelEncoder.RequireBothClasses(labels, table, "test");
    }
}
