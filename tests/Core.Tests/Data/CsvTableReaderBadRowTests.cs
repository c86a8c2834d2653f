using AiFactory.Core.Data;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.Data;

/// <summary>data.onBadRow "skip": unreadable rows are left out, counted and listed; nothing else changes.</summary>
public sealed class CsvTableReaderBadRowTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static CsvReadOptions Skip(params ColumnDeclaration[] declared) => new()
    {
        OnBadRow = BadRowAction.Skip,
        DeclaredColumns = declared,
    };

    private static ColumnDeclaration Number(string name) => new(name, ColumnType.Number, new SourceLocation("aifactory.json", 5, 20));

    [Fact]
    public void WrongFieldCounts_AndNonNumbersInDeclaredColumns_AreSkipped_WithTheirLinesAndReasons()
    {
        string path = _dir.Write("d.csv", "id,income,city\n1,100,Oslo\n2,200\n3,abc,Rome\n\n4,400,\"Bergen,\nNorway\"\n5,500,Pisa,extra\n6,600,Nice\n");

        DataTable table = CsvTableReader.Read(path, Skip(Number("income")));

        Assert.Equal(new[] { 1.0, 4, 6 }, table.Get("id").Numbers);
        Assert.Equal(new[] { 100.0, 400, 600 }, table.Get("income").Numbers);
        Assert.Equal(new[] { "Oslo", "Bergen,\nNorway", "Nice" }, table.Get("city").Categories);
        Assert.Equal(new[] { 2, 6, 9 }, table.SourceLines);
        Assert.Equal(4, table.Skipped.Count);
        Assert.Equal(new[]
        {
            (3, "2 fields, the header has 3"),
            (4, "'abc' in number column 'income'"),
            (5, "blank line"),
            (8, "4 fields, the header has 3"),
        }, table.Skipped.First.Select(r => (r.Line, r.Reason)));
    }

    [Fact]
    public void ASkippedRow_NeverDecidesTheTypeOfAnInferredColumn()
    {
        // Row 3's "n/a" would make 'score' a category, but the row is skipped for its bad income first.
        string path = _dir.Write("d.csv", "score,income\n1.5,10\nn/a,oops\n2.5,30\n");

        DataTable table = CsvTableReader.Read(path, Skip(Number("income")));

        Assert.Equal(ColumnType.Number, table.Get("score").Type);
        Assert.Equal(new[] { 1.5, 2.5 }, table.Get("score").Numbers);
        Assert.Equal((1, 3), (table.Skipped.Count, table.Skipped.First[0].Line));
    }

    [Fact]
    public void AColumnThatTurnsToText_IsFilledFromTheFileAgain_SkippingTheSameRows()
    {
        // 'code' reads as numbers until "X9", so it is read again; the skipped rows must stay out of that second pass.
        string path = _dir.Write("d.csv", "code,n\n1,1\nbad\n2,2\n3,3,3\nX9,4\n5,5\nlast-bad\n");

        DataTable table = CsvTableReader.Read(path, Skip());

        Assert.Equal(ColumnType.Category, table.Get("code").Type);
        Assert.Equal(new[] { "1", "2", "X9", "5" }, table.Get("code").Categories);
        Assert.Equal(new[] { 1.0, 2, 4, 5 }, table.Get("n").Numbers);
        Assert.Equal(new[] { 3, 5, 8 }, table.Skipped.First.Select(r => r.Line));
    }

    [Fact]
    public void ManySkippedRows_AreAllCounted_TheFirstTenListed()
    {
        string rows = string.Concat(Enumerable.Range(1, 40).Select(i => i % 3 == 0 ? $"{i}\n" : $"{i},{i}\n"));
        string path = _dir.Write("d.csv", "a,b\n" + rows);

        DataTable table = CsvTableReader.Read(path, Skip());

        Assert.Equal(13, table.Skipped.Count);
        Assert.Equal(SkippedRows.MaxExamples, table.Skipped.First.Count);
        Assert.Equal(new[] { 4, 7, 10 }, table.Skipped.First.Take(3).Select(r => r.Line));
        Assert.Equal(27, table.RowCount);
    }

    [Fact]
    public void EveryRowSkipped_IsAIF3002_AtTheFirst()
    {
        string path = _dir.Write("d.csv", "a;b;c\n1;2;3\n4;5;6\n");

        DataTable table = CsvTableReader.Read(path, Skip());
        Assert.Equal(2, table.RowCount); // one column named "a;b;c": semicolons are data, every row fits

        string wrong = _dir.Write("w.csv", "a,b\n1\n2\n3\n");
        Diagnostic d = DiagnosticAssert.Fails(() => CsvTableReader.Read(wrong, Skip()), DiagnosticIds.DataFileEmpty, wrong, 2, 0);
        Assert.StartsWith("every one of the 3 rows of 'w.csv' was skipped as a bad row (data.onBadRow is \"skip\"); the first, at line 2: 1 field, the header has 2.", d.Message);
    }

    [Fact]
    public void ProblemsOfTheFileItself_StillFail_WhenSkipping()
    {
        string path = _dir.Write("d.csv", "a,b\n1,2\n3,\"open\n4,5\n");

        DiagnosticAssert.Fails(() => CsvTableReader.Read(path, Skip()), DiagnosticIds.MalformedCsv, path, 3, 3);
    }

    [Fact]
    public void ByDefault_TheFirstBadRowFails()
    {
        string path = _dir.Write("d.csv", "a,b\n1,2\n3\n");

        DiagnosticAssert.Fails(() => CsvTableReader.Read(path, new CsvReadOptions()), DiagnosticIds.WrongFieldCount, path, 3, 0);
        Assert.Same(SkippedRows.None, CsvTableReader.Read(_dir.Write("ok.csv", "a,b\n1,2\n"), new CsvReadOptions()).Skipped);
    }
}
