using System.Text;
using AiFactory.Core.Data;
using AiFactory.Core.Tests.Data;
using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Core.Tests.HostileInput;

/// <summary>
/// Data files no exporter should write, read as the build reads data: each is a coded error at file(line[,col]) with
/// a fix, or reads exactly as its clean twin — never an exception of another kind.
/// </summary>
public sealed class DataFileCorpusTests
{
    private const string Clean = "age,income,label\n31,52000,yes\n45,61000,no\n28,39000,yes\n";

    private static DataTable Read(string path) => CsvTableReader.Read(path, new CsvReadOptions { RequiredColumns = new[] { "age", "label" } });

    [Fact]
    public void Mixed_line_endings_read_as_the_clean_file()
    {
        using var dir = new TempDirectory();
        DataTable clean = Read(dir.Write("clean.csv", Clean));
        DataTable mixed = Read(dir.Write("mixed.csv", "age,income,label\r\n31,52000,yes\n45,61000,no\r\n28,39000,yes\r\n"));
        Assert.Equal(clean.RowCount, mixed.RowCount);
        Assert.Equal(clean.Get("age").Numbers, mixed.Get("age").Numbers);
        Assert.Equal(clean.Get("income").Numbers, mixed.Get("income").Numbers);
    }

    [Fact]
    public void A_NUL_byte_in_a_number_is_AIF3004_at_its_line_and_column()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("nul.csv", "age,income,label\n31,52000,yes\n45,61\0000,no\n");
        Diagnostic d = Assert.Throws<DiagnosticException>(() => Read(path)).Diagnostic;
        Assert.Equal(path, d.Location!.File);
        Assert.Equal(3, d.Location.Line);
        Assert.True(d.Location.Column > 0, d.ToString());
        Assert.StartsWith("AIF30", d.Code);
        Assert.Contains("Fix:", d.Message);
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void A_UTF16_file_with_a_byte_order_mark_reads_as_its_UTF8_twin(string encoding)
    {
        // The byte order mark says how to decode it, as every text reader of .NET honours it.
        using var dir = new TempDirectory();
        Encoding utf16 = encoding == "utf-16LE" ? new UnicodeEncoding(false, true) : new UnicodeEncoding(true, true);
        string path = dir.WriteBytes("utf16.csv", utf16.GetPreamble().Concat(utf16.GetBytes(Clean)).ToArray());
        DataTable clean = Read(dir.Write("clean.csv", Clean));
        DataTable read = Read(path);
        Assert.Equal(clean.RowCount, read.RowCount);
        Assert.Equal(clean.Get("income").Numbers, read.Get("income").Numbers);
    }

    [Fact]
    public void A_UTF16_file_without_a_byte_order_mark_is_a_coded_error_too()
    {
        using var dir = new TempDirectory();
        string path = dir.WriteBytes("utf16.csv", new UnicodeEncoding(false, false).GetBytes(Clean));
        Diagnostic d = Assert.Throws<DiagnosticException>(() => Read(path)).Diagnostic;
        Assert.StartsWith("AIF30", d.Code);
        Assert.Equal(1, d.Location!.Line);
        Assert.Contains("Fix:", d.Message);
    }

    [Fact]
    public void A_10_MB_label_is_read_and_then_refused_at_its_line_as_neither_class()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("huge.csv", "age,income,label\n31,52000,yes\n28,39000,no\n45,61000," + new string('x', 10 * 1024 * 1024) + "\n");
        DataTable table = Read(path);
        Diagnostic d = Assert.Throws<DiagnosticException>(() =>
            LabelEncoder.ToBooleans(table, "label", "yes", new SourceLocation("/m/aifactory.json", 5, 14))).Diagnostic;
        Assert.Equal("AIF3006", d.Code);
        Assert.Equal(path, d.Location!.File);
        Assert.Equal(4, d.Location.Line);
        Assert.True(d.Message.Length < 2000, "the message quotes the whole 10 MB value");
    }

    [Fact]
    public void A_field_past_the_record_limit_is_AIF3010_at_its_line()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("huger.csv", "age,income,label\n31,52000,yes\n45,61000," + new string('x', CsvTableReader.MaxRecordChars + 10) + "\n");
        Diagnostic d = Assert.Throws<DiagnosticException>(() => Read(path)).Diagnostic;
        Assert.Equal("AIF3010", d.Code);
        Assert.Equal(3, d.Location!.Line);
    }
}
