using System.Text;
using AiFactory.Core.Data;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.Data;

public class CsvTableReaderDialectTests
{
    private static DataTable Read(string path, CsvReadOptions? options = null) => CsvTableReader.Read(path, options ?? new CsvReadOptions());

    [Fact]
    public void A_byte_order_mark_and_CRLF_line_ends_are_accepted()
    {
        using var dir = new TempDirectory();
        byte[] text = Encoding.UTF8.GetBytes("id,label\r\n1,yes\r\n2,no\r\n");
        string path = dir.WriteBytes("d.csv", new byte[] { 0xEF, 0xBB, 0xBF }.Concat(text).ToArray());

        DataTable table = Read(path, new CsvReadOptions { RequiredColumns = new[] { "id", "label" } });

        Assert.Equal(new[] { "id", "label" }, table.Columns.Select(c => c.Name));
        Assert.Equal(new double[] { 1, 2 }, table.Get("id").Numbers!);
        Assert.Equal(new[] { "yes", "no" }, table.Get("label").Categories!);
        Assert.Equal(new[] { 2, 3 }, table.SourceLines);
    }

    [Fact]
    public void Carriage_returns_alone_end_lines_too()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("d.csv", "a,b\r1,x\r2,y\r");

        DataTable table = Read(path);

        Assert.Equal(new[] { 2, 3 }, table.SourceLines);
        Assert.Equal(new[] { "x", "y" }, table.Get("b").Categories!);
    }

    [Fact]
    public void Quoted_fields_hold_commas_quotes_and_line_breaks()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("d.csv", "id,text\n1,\"a,b\"\n2,\"he said \"\"hi\"\"\"\n3,\"two\nlines\"\n4,plain\n");

        DataTable table = Read(path);

        Assert.Equal(new[] { "a,b", "he said \"hi\"", "two\nlines", "plain" }, table.Get("text").Categories!);
        Assert.Equal(new[] { 2, 3, 4, 6 }, table.SourceLines);
    }

    [Fact]
    public void An_error_after_a_multi_line_field_reports_the_physical_line()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("d.csv", "id,text\n1,\"first\nsecond\nthird\"\n2,ok\n3,too,many\n");

        DiagnosticAssert.Fails(() => Read(path), "AIF3005", path, 6, 0);
    }

    [Fact]
    public void A_value_error_inside_a_multi_line_record_points_at_the_line_and_column_of_the_field()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("d.csv", "text,n\n\"a\nbc\",x\n");
        var declaration = new ColumnDeclaration("n", ColumnType.Number, new SourceLocation("m.json", 1, 1));

        DiagnosticAssert.Fails(() => Read(path, new CsvReadOptions { DeclaredColumns = new[] { declaration } }), "AIF3004", path, 3, 5);
    }

    [Fact]
    public void Rows_starting_with_a_hash_are_data_not_comments()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("d.csv", "tag,n\n#1,1\n#2,2\n");

        DataTable table = Read(path);

        Assert.Equal(new[] { "#1", "#2" }, table.Get("tag").Categories!);
    }

    [Fact]
    public void Semicolons_are_not_delimiters()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("d.csv", "a;b\n1;2\n");

        DataTable table = Read(path);

        Assert.Equal("a;b", Assert.Single(table.Columns).Name);
        Assert.Equal(new[] { "1;2" }, table.Columns[0].Categories!);
    }

    [Fact]
    public void A_column_of_numbers_is_inferred_as_number_and_anything_else_as_category()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("d.csv", "n,c,e,s\n1.5,x,1e3, 7 \n-2,y,-.5,8\n");

        DataTable table = Read(path);

        Assert.Equal(new[] { 1.5, -2 }, table.Get("n").Numbers!);
        Assert.Equal(new[] { 1000, -0.5 }, table.Get("e").Numbers!);
        Assert.Equal(new double[] { 7, 8 }, table.Get("s").Numbers!); // NumberStyles.Float allows surrounding spaces
        Assert.Equal(ColumnType.Category, table.Get("c").Type);
        Assert.All(table.Columns, c => Assert.True(c.TypeInferred));
    }

    [Fact]
    public void A_column_that_turns_out_to_be_text_after_numbers_keeps_the_text_as_written()
    {
        using var dir = new TempDirectory();
        var text = new StringBuilder("zip,n\n");
        for (int i = 0; i < 3000; i++) text.Append(i % 2 == 0 ? "02134" : "").Append(',').Append(i).Append('\n');
        text.Append("A1B 2C3,3000\n");
        string path = dir.Write("d.csv", text.ToString());

        DataTable table = Read(path);

        DataColumn zip = table.Get("zip");
        Assert.Equal(ColumnType.Category, zip.Type);
        Assert.True(zip.TypeInferred);
        Assert.Equal("02134", zip.Categories![0]);
        Assert.Null(zip.Categories[1]);
        Assert.Equal("A1B 2C3", zip.Categories[3000]);
        Assert.Equal(1500, zip.MissingCount);
        Assert.Equal(ColumnType.Number, table.Get("n").Type);
        Assert.Equal(3000, table.Get("n").Numbers![3000]);
    }

    [Fact]
    public void Text_after_only_missing_values_makes_a_category_column_without_a_second_pass()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("d.csv", "c\n\n\nx\n");

        DataColumn column = Read(path).Get("c");

        Assert.Equal(new[] { null, null, "x" }, column.Categories!);
        Assert.Equal(2, column.MissingCount);
    }

    [Fact]
    public void A_column_with_only_missing_values_is_an_all_missing_number_column()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("d.csv", "a,b\n1,\n2,\n");

        DataColumn column = Read(path).Get("b");

        Assert.Equal(ColumnType.Number, column.Type);
        Assert.Equal(2, column.MissingCount);
        Assert.All(column.Numbers!, v => Assert.True(double.IsNaN(v)));
    }

    [Fact]
    public void Declared_and_forced_categories_keep_numeric_looking_text()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("d.csv", "code,label,n\n007,1,5\n010,0,6\n");
        var options = new CsvReadOptions
        {
            DeclaredColumns = new[] { new ColumnDeclaration("code", ColumnType.Category, new SourceLocation("m.json", 3, 5)) },
            ForcedTypes = new Dictionary<string, ColumnType> { ["label"] = ColumnType.Category, ["code"] = ColumnType.Number },
        };

        DataTable table = Read(path, options);

        Assert.Equal(new[] { "007", "010" }, table.Get("code").Categories!);
        Assert.False(table.Get("code").TypeInferred);
        Assert.Equal(new[] { "1", "0" }, table.Get("label").Categories!);
        Assert.False(table.Get("label").TypeInferred);
        Assert.Equal(ColumnType.Number, table.Get("n").Type);
    }

    [Fact]
    public void Missing_value_markers_match_exactly_and_case_sensitively()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("d.csv", "c,n\nNA,NA\nna,1\n,2\n");

        DataTable table = Read(path, new CsvReadOptions { MissingValues = new[] { "NA" } });

        Assert.Equal(new[] { null, "na", "" }, table.Get("c").Categories!);
        Assert.Equal(1, table.Get("c").MissingCount);
        Assert.True(double.IsNaN(table.Get("n").Numbers![0]));
        Assert.Equal(new double[] { 1, 2 }, table.Get("n").Numbers!.Skip(1));
    }

    [Fact]
    public void With_no_markers_an_empty_field_is_an_empty_category_and_not_a_number()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("d.csv", "c,n\n,1\nx,\n");
        var declared = new[] { new ColumnDeclaration("n", ColumnType.Number, new SourceLocation("m.json", 2, 3)) };

        Assert.Equal(new[] { "", "x" }, Read(path, new CsvReadOptions { MissingValues = new string[0] }).Get("c").Categories!);
        var diagnostic = DiagnosticAssert.Fails(
            () => Read(path, new CsvReadOptions { MissingValues = new string[0], DeclaredColumns = declared }), "AIF3004", path, 3, 3);
        Assert.Contains("(now none)", diagnostic.Message);
    }

    [Fact]
    public void A_one_column_file_reads_a_blank_line_as_an_empty_field()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("d.csv", "n\n1\n\n3\n");

        DataColumn column = Read(path).Get("n");

        Assert.Equal(3, column.Length);
        Assert.Equal(1, column.MissingCount);
    }

    [Fact]
    public void A_last_line_without_a_line_end_is_a_row()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("d.csv", "a,b\n1,2\n3,4");

        DataTable table = Read(path);

        Assert.Equal(new double[] { 1, 3 }, table.Get("a").Numbers!);
        Assert.Equal(new[] { 2, 3 }, table.SourceLines);
    }

    [Fact]
    public void A_pandas_index_column_with_an_empty_name_is_kept()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("d.csv", ",a\n0,x\n1,y\n");

        DataTable table = Read(path);

        Assert.Equal(new[] { "", "a" }, table.Columns.Select(c => c.Name));
        Assert.Equal(new double[] { 0, 1 }, table.Get("").Numbers!);
    }

    [Fact]
    public void Numbers_are_parsed_bit_for_bit_as_double_Parse_with_NumberStyles_Float()
    {
        using var dir = new TempDirectory();
        var random = new Random(42);
        var texts = new List<string>
        {
            "0", "-0", "+1", "007", "0.1", ".5", "5.", "1e5", "1E-5", "-2.5e+3", "123456789012345678", "9007199254740993",
            "1234567890123456789012", "0.30000000000000004", "1e22", "1e23", "4.9e-324", "1.7976931348623157e308", "2.2250738585072014E-308",
            "0.000000000000000000000000001", "1.00000000000000000000000000001", "12345.678901234567890",
        };
        string[] formats = { "R", "F2", "F4", "E10", "G17", "G6", "0.###" };
        for (int i = 0; i < 20_000; i++)
        {
            double magnitude = Math.Pow(10, random.Next(-30, 30));
            double value = (random.NextDouble() - 0.3) * magnitude;
            texts.Add(value.ToString(formats[i % formats.Length], System.Globalization.CultureInfo.InvariantCulture));
        }

        string path = dir.Write("d.csv", "n\n" + string.Join("\n", texts) + "\n");

        double[] numbers = Read(path).Get("n").Numbers!;

        Assert.Equal(texts.Count, numbers.Length);
        for (int i = 0; i < texts.Count; i++)
        {
            double expected = double.Parse(texts[i], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(numbers[i]), $"'{texts[i]}' read as {numbers[i]:R}, expected {expected:R}");
        }
    }
}
