using System.Text;
using AiFactory.Core.Data;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.Data;

public class CsvTableReaderErrorTests
{
    private static readonly SourceLocation ManifestLine = new("/repo/model/aifactory.json", 7, 13);

    private static DataTable Read(string path, CsvReadOptions? options = null) => CsvTableReader.Read(path, options ?? new CsvReadOptions());

    [Fact]
    public void A_missing_file_is_AIF3001_at_the_manifest_line_that_names_it()
    {
        using var dir = new TempDirectory();
        string path = Path.Combine(dir.Path, "nope.csv");

        var diagnostic = DiagnosticAssert.Fails(() => Read(path, new CsvReadOptions { ReferencedAt = ManifestLine }), "AIF3001", ManifestLine.File, 7, 13);

        Assert.Contains(path, diagnostic.Message);
        Assert.Contains("does not exist", diagnostic.Message);
    }

    [Fact]
    public void A_missing_file_without_a_manifest_line_is_AIF3001_at_the_file()
    {
        using var dir = new TempDirectory();
        string path = Path.Combine(dir.Path, "nope.csv");

        DiagnosticAssert.Fails(() => Read(path), "AIF3001", path, 0, 0);
    }

    [Fact]
    public void A_folder_is_AIF3001()
    {
        using var dir = new TempDirectory();

        var diagnostic = DiagnosticAssert.Fails(() => Read(dir.Path, new CsvReadOptions { ReferencedAt = ManifestLine }), "AIF3001", ManifestLine.File, 7, 13);

        Assert.Contains("is a folder", diagnostic.Message);
    }

    [Fact]
    public void An_empty_file_is_AIF3002_at_line_1()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("empty.csv", "");

        var diagnostic = DiagnosticAssert.Fails(() => Read(path), "AIF3002", path, 1, 0);

        Assert.Contains("is empty", diagnostic.Message);
    }

    [Fact]
    public void A_file_with_only_a_byte_order_mark_is_AIF3002()
    {
        using var dir = new TempDirectory();
        string path = dir.WriteBytes("bom.csv", new byte[] { 0xEF, 0xBB, 0xBF });

        DiagnosticAssert.Fails(() => Read(path), "AIF3002", path, 1, 0);
    }

    [Fact]
    public void A_whitespace_only_file_is_AIF3002()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("blank.csv", "  \n\t\r\n \n");

        var diagnostic = DiagnosticAssert.Fails(() => Read(path), "AIF3002", path, 1, 0);

        Assert.Contains("only whitespace", diagnostic.Message);
    }

    [Fact]
    public void A_header_without_rows_is_AIF3002()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("header.csv", "a,b,c\n");

        var diagnostic = DiagnosticAssert.Fails(() => Read(path), "AIF3002", path, 1, 0);

        Assert.Contains("no data rows", diagnostic.Message);
    }

    [Fact]
    public void Blank_lines_above_the_header_are_AIF3010_at_line_1()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("late.csv", "\n\na,b\n1,2\n");

        var diagnostic = DiagnosticAssert.Fails(() => Read(path), "AIF3010", path, 1, 0);

        Assert.Contains("first non-blank line is 3", diagnostic.Message);
    }

    [Fact]
    public void A_missing_required_column_is_AIF3003_with_the_header_and_a_did_you_mean()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("d.csv", "age,income,class\n1,2,x\n");

        var diagnostic = DiagnosticAssert.Fails(
            () => Read(path, new CsvReadOptions { RequiredColumns = new[] { "age", "clas" } }), "AIF3003", path, 1, 0);

        Assert.Contains("'clas'", diagnostic.Message);
        Assert.Contains("did you mean 'class'?", diagnostic.Message);
        Assert.Contains("'age', 'income', 'class'", diagnostic.Message);
    }

    [Fact]
    public void A_column_that_differs_only_in_case_is_suggested()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("d.csv", "Age,Income\n1,2\n");

        var diagnostic = DiagnosticAssert.Fails(
            () => Read(path, new CsvReadOptions { RequiredColumns = new[] { "income" } }), "AIF3003", path, 1, 0);

        Assert.Contains("did you mean 'Income'?", diagnostic.Message);
    }

    [Fact]
    public void A_declared_column_absent_from_the_header_is_AIF3003_naming_the_declaration()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("d.csv", "a,b\n1,2\n");
        var declaration = new ColumnDeclaration("zzz", ColumnType.Number, ManifestLine);

        var diagnostic = DiagnosticAssert.Fails(
            () => Read(path, new CsvReadOptions { DeclaredColumns = new[] { declaration } }), "AIF3003", path, 1, 0);

        Assert.Contains("declared in data.columns at /repo/model/aifactory.json(7,13)", diagnostic.Message);
        Assert.DoesNotContain("did you mean", diagnostic.Message);
    }

    [Fact]
    public void A_row_with_more_fields_is_AIF3005_at_its_line()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("d.csv", "a,b\n1,2\n3,4\n5,6,7\n8,9\n");

        var diagnostic = DiagnosticAssert.Fails(() => Read(path), "AIF3005", path, 4, 0);

        Assert.Contains("has 3 fields, but the header has 2", diagnostic.Message);
    }

    [Fact]
    public void A_row_with_fewer_fields_is_AIF3005_at_its_line()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("d.csv", "a,b,c\n1,2,3\n4,5\n");

        var diagnostic = DiagnosticAssert.Fails(() => Read(path), "AIF3005", path, 3, 0);

        Assert.Contains("has 2 fields, but the header has 3", diagnostic.Message);
    }

    [Fact]
    public void A_blank_line_between_rows_is_AIF3005_saying_so()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("d.csv", "a,b\n1,2\n\n3,4\n");

        var diagnostic = DiagnosticAssert.Fails(() => Read(path), "AIF3005", path, 3, 0);

        Assert.Contains("line 3 is blank", diagnostic.Message);
    }

    [Fact]
    public void A_non_numeric_value_in_a_declared_number_column_is_AIF3004_at_its_line_and_column()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("d.csv", "id,income,region\n1,100,North\n22,lots,South\n");
        var declaration = new ColumnDeclaration("income", ColumnType.Number, ManifestLine);

        var diagnostic = DiagnosticAssert.Fails(
            () => Read(path, new CsvReadOptions { DeclaredColumns = new[] { declaration } }), "AIF3004", path, 3, 4);

        Assert.Contains("'lots'", diagnostic.Message);
        Assert.Contains("'income'", diagnostic.Message);
        Assert.Contains("declare 'income' as \"category\"", diagnostic.Message);
        Assert.Contains("data.missingValues", diagnostic.Message);
    }

    [Fact]
    public void The_column_of_an_AIF3004_counts_characters_not_bytes()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("d.csv", "name,n\nÉlodie,1\nZoë,x\n");
        var declaration = new ColumnDeclaration("n", ColumnType.Number, ManifestLine);

        DiagnosticAssert.Fails(() => Read(path, new CsvReadOptions { DeclaredColumns = new[] { declaration } }), "AIF3004", path, 3, 5);
    }

    [Fact]
    public void A_forced_number_column_with_text_is_AIF3004()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("d.csv", "a,s\nx,0.5\ny,?\n");
        var options = new CsvReadOptions { ForcedTypes = new Dictionary<string, ColumnType> { ["s"] = ColumnType.Number } };

        var diagnostic = DiagnosticAssert.Fails(() => Read(path, options), "AIF3004", path, 3, 3);

        Assert.Contains("'?'", diagnostic.Message);
    }

    [Fact]
    public void A_NaN_literal_in_a_declared_number_column_is_AIF3004_unless_listed_as_missing()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("d.csv", "a\n1\nNaN\n");
        var declaration = new ColumnDeclaration("a", ColumnType.Number, ManifestLine);

        var diagnostic = DiagnosticAssert.Fails(
            () => Read(path, new CsvReadOptions { DeclaredColumns = new[] { declaration } }), "AIF3004", path, 3, 1);
        Assert.Contains("not a finite number", diagnostic.Message);

        DataTable table = Read(path, new CsvReadOptions { DeclaredColumns = new[] { declaration }, MissingValues = new[] { "", "NaN" } });
        Assert.Equal(1, table.Get("a").MissingCount);
    }

    [Fact]
    public void A_quoted_thousands_separator_is_not_a_number()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("d.csv", "a,b\n\"1,000\",2\n");
        var declaration = new ColumnDeclaration("a", ColumnType.Number, ManifestLine);

        DiagnosticAssert.Fails(() => Read(path, new CsvReadOptions { DeclaredColumns = new[] { declaration } }), "AIF3004", path, 2, 1);
        Assert.Equal(new[] { "1,000" }, Read(path).Get("a").Categories!);
    }

    [Fact]
    public void A_duplicate_header_name_is_AIF3009_at_its_column()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("d.csv", "id,age,id\n1,2,3\n");

        var diagnostic = DiagnosticAssert.Fails(() => Read(path), "AIF3009", path, 1, 8);

        Assert.Contains("'id' appears twice in the header (fields 1 and 3)", diagnostic.Message);
    }

    [Fact]
    public void An_unterminated_quote_is_AIF3010_at_the_line_where_it_opens()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("d.csv", "a,b\n1,2\n3,\"4\n5,6\n7,8\n");

        var diagnostic = DiagnosticAssert.Fails(() => Read(path), "AIF3010", path, 3, 3);

        Assert.Contains("no closing quote", diagnostic.Message);
        Assert.Contains("column 'b'", diagnostic.Message);
    }

    [Fact]
    public void An_unterminated_quote_early_in_a_large_file_is_still_reported_at_its_line()
    {
        using var dir = new TempDirectory();
        var text = new StringBuilder("a,b\n1,2\n\"3,4\n");
        for (int i = 0; i < 200_000; i++) text.Append("5,6\n");
        string path = dir.Write("d.csv", text.ToString());

        DiagnosticAssert.Fails(() => Read(path), "AIF3010", path, 3, 1);
    }

    [Fact]
    public void A_record_longer_than_the_limit_is_AIF3010_at_its_first_line()
    {
        using var dir = new TempDirectory();
        var text = new StringBuilder("a,b\n1,2\n3,\"");
        text.Append('x', CsvTableReader.MaxRecordChars + 10);
        text.Append("\"\n");
        string path = dir.Write("d.csv", text.ToString());

        var diagnostic = DiagnosticAssert.Fails(() => Read(path), "AIF3010", path, 3, 0);

        Assert.Contains("quote that is never closed", diagnostic.Message);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_AIF3010_at_that_character()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("d.csv", "a,b\n1,2\n3,\"4\"x\n");

        var diagnostic = DiagnosticAssert.Fails(() => Read(path), "AIF3010", path, 3, 6);

        Assert.Contains("'x' follows a closing quote", diagnostic.Message);
    }

    [Fact]
    public void A_NUL_byte_is_AIF3010_at_its_line()
    {
        using var dir = new TempDirectory();
        string path = dir.WriteBytes("d.csv", Encoding.ASCII.GetBytes("a,b\n1,2\n3,4\0\n5,6\n"));

        var diagnostic = DiagnosticAssert.Fails(() => Read(path), "AIF3010", path, 3, 4);

        Assert.Contains("NUL", diagnostic.Message);
    }

    [Fact]
    public void Invalid_utf8_is_AIF3010_at_its_line()
    {
        using var dir = new TempDirectory();
        byte[] bytes = Encoding.ASCII.GetBytes("a,b\r\n1,2\r\n3,caf_\r\n5,6\r\n");
        bytes[Array.IndexOf(bytes, (byte)'_')] = 0xE9; // "café" in Latin-1
        string path = dir.WriteBytes("d.csv", bytes);

        var diagnostic = DiagnosticAssert.Fails(() => Read(path), "AIF3010", path, 3, 0);

        Assert.Contains("not valid UTF-8", diagnostic.Message);
    }

    [Fact]
    public void Declaring_a_column_twice_is_AIF2012_at_the_second_declaration()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("d.csv", "a\n1\n");
        var second = new SourceLocation("/repo/model/aifactory.json", 9, 5);
        var options = new CsvReadOptions
        {
            DeclaredColumns = new[] { new ColumnDeclaration("a", ColumnType.Number, ManifestLine), new ColumnDeclaration("a", ColumnType.Category, second) },
        };

        var diagnostic = Assert.Throws<DiagnosticException>(() => Read(path, options)).Diagnostic;

        Assert.Equal("AIF2012", diagnostic.Code);
        Assert.Same(second, diagnostic.Location);
    }

    [Fact]
    public void Get_of_an_absent_column_is_AIF3003_with_a_did_you_mean()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("d.csv", "income,debt\n1,2\n");
        DataTable table = Read(path);

        var diagnostic = DiagnosticAssert.Fails(() => table.Get("incme"), "AIF3003", path, 1, 0);

        Assert.Contains("did you mean 'income'?", diagnostic.Message);
        Assert.Null(table.Find("incme"));
    }
}
