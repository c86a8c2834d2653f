using AiFactory.Core.Data;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.Data;

public class LabelEncoderTests
{
    private static readonly SourceLocation PositiveAt = new("/repo/model/aifactory.json", 12, 17);

    private static DataTable Read(TempDirectory dir, string text) =>
        CsvTableReader.Read(dir.Write("d.csv", text), new CsvReadOptions { ForcedTypes = new Dictionary<string, ColumnType> { ["y"] = ColumnType.Category } });

    [Fact]
    public void The_positive_class_is_true_and_the_other_value_false()
    {
        using var dir = new TempDirectory();
        DataTable table = Read(dir, "x,y\n1,yes\n2,no\n3,yes\n");

        Assert.Equal(new[] { true, false, true }, LabelEncoder.ToBooleans(table, "y", "yes", PositiveAt));
    }

    [Fact]
    public void Labels_of_a_table_made_in_memory_are_compared_by_value()
    {
        string?[] values = { "yes", new string("no".ToCharArray()), new string("yes".ToCharArray()), "no" };
        var table = new DataTable("t.csv", new[] { DataColumn.FromCategories("y", values, false) }, new[] { 2, 3, 4, 5 });

        Assert.Equal(new[] { true, false, true, false }, LabelEncoder.ToBooleans(table, "y", "yes", PositiveAt));
    }

    [Fact]
    public void A_third_label_value_is_AIF3006_at_its_line_and_column_naming_the_values()
    {
        using var dir = new TempDirectory();
        DataTable table = Read(dir, "x,y\n1,yes\n2,no\n33,maybe\n4,no\n");

        var diagnostic = DiagnosticAssert.Fails(() => LabelEncoder.ToBooleans(table, "y", "yes", PositiveAt), "AIF3006", table.Path, 4, 4);

        Assert.Contains("'maybe'", diagnostic.Message);
        Assert.Contains("'no', the other class (first at line 3)", diagnostic.Message);
        Assert.Contains("Labels seen: 'yes', 'no', 'maybe'", diagnostic.Message);
    }

    [Fact]
    public void A_missing_label_is_AIF3006_at_its_line_and_column()
    {
        using var dir = new TempDirectory();
        DataTable table = Read(dir, "x,y\n1,yes\n2,\n3,no\n");

        var diagnostic = DiagnosticAssert.Fails(() => LabelEncoder.ToBooleans(table, "y", "yes", PositiveAt), "AIF3006", table.Path, 3, 3);

        Assert.Contains("missing at line 3", diagnostic.Message);
    }

    [Fact]
    public void A_positive_class_no_row_has_is_AIF3006_at_the_manifest_with_a_did_you_mean()
    {
        using var dir = new TempDirectory();
        DataTable table = Read(dir, "x,y\n1,>50K\n2,<=50K\n");

        var diagnostic = DiagnosticAssert.Fails(() => LabelEncoder.ToBooleans(table, "y", ">50k", PositiveAt), "AIF3006", PositiveAt.File, 12, 17);

        Assert.Contains("no row of 'd.csv' has label '>50k'", diagnostic.Message);
        Assert.Contains("labels seen: '>50K', '<=50K'", diagnostic.Message);
        Assert.Contains("Did you mean '>50K'?", diagnostic.Message);
    }

    [Fact]
    public void A_positive_class_no_row_has_without_a_close_match_gives_no_suggestion()
    {
        using var dir = new TempDirectory();
        DataTable table = Read(dir, "x,y\n1,a\n2,b\n");

        var diagnostic = DiagnosticAssert.Fails(() => LabelEncoder.ToBooleans(table, "y", "yes", null), "AIF3006", table.Path, 1, 0);

        Assert.DoesNotContain("Did you mean", diagnostic.Message);
    }

    [Fact]
    public void A_positive_class_missing_from_a_one_class_file_mentions_both_possible_causes()
    {
        using var dir = new TempDirectory();
        DataTable table = Read(dir, "x,y\n1,no\n2,no\n");

        var diagnostic = DiagnosticAssert.Fails(() => LabelEncoder.ToBooleans(table, "y", "yes", PositiveAt), "AIF3006", PositiveAt.File, 12, 17);

        Assert.Contains("If 'yes' is right, this file holds only 'no'", diagnostic.Message);
    }

    [Fact]
    public void A_label_column_declared_number_matches_the_positive_class_by_value()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("d.csv", "x,y\n1,1.0\n2,0\n3,1\n");
        DataTable table = CsvTableReader.Read(path, new CsvReadOptions
        {
            DeclaredColumns = new[] { new ColumnDeclaration("y", ColumnType.Number, PositiveAt) },
        });

        Assert.Equal(new[] { true, false, true }, LabelEncoder.ToBooleans(table, "y", "1", PositiveAt));
    }

    [Fact]
    public void An_absent_label_column_is_AIF3003()
    {
        using var dir = new TempDirectory();
        DataTable table = Read(dir, "x,y\n1,a\n");

        DiagnosticAssert.Fails(() => LabelEncoder.ToBooleans(table, "Y", "a", PositiveAt), "AIF3003", table.Path, 1, 0);
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("no", false)]
    public void A_single_class_is_AIF3007_at_line_1(string only, bool positive)
    {
        using var dir = new TempDirectory();
        DataTable table = Read(dir, $"x,y\n1,{only}\n2,{only}\n");
        bool[] labels = positive ? LabelEncoder.ToBooleans(table, "y", only, PositiveAt) : new[] { false, false };

        var diagnostic = DiagnosticAssert.Fails(() => LabelEncoder.RequireBothClasses(labels, table, "test"), "AIF3007", table.Path, 1, 0);

        Assert.Contains($"every one of the 2 rows of the test data 'd.csv' is {(positive ? "positive" : "negative")}", diagnostic.Message);
        Assert.Contains("auc is undefined", diagnostic.Message);
    }

    [Fact]
    public void Both_classes_pass()
    {
        using var dir = new TempDirectory();
        DataTable table = Read(dir, "x,y\n1,a\n2,b\n");

        LabelEncoder.RequireBothClasses(new[] { true, false }, table, "training");
    }

    [Fact]
    public void A_file_without_a_positive_label_the_training_data_had_holds_one_class()
    {
        string dir = Path.Combine(Path.GetTempPath(), "aif-label-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string path = Path.Combine(dir, "test.csv");
            File.WriteAllText(path, "x,y\n1,no\n2,no\n");
            var table = AiFactory.Core.Data.CsvTableReader.Read(path, new AiFactory.Core.Data.CsvReadOptions { RequiredColumns = new[] { "y" } });
            var confirmed = Assert.Throws<AiFactory.Manifest.Diagnostics.DiagnosticException>(
                () => AiFactory.Core.Data.LabelEncoder.ToBooleans(table, "y", "yes", null, positiveConfirmed: true, role: "test"));
            Assert.Equal("AIF3007", confirmed.Diagnostic.Code);
            Assert.Equal(path, confirmed.Diagnostic.Location!.File);
            Assert.Equal(1, confirmed.Diagnostic.Location.Line);

            // Without that knowledge a misspelt positive label is the likelier mistake.
            var unconfirmed = Assert.Throws<AiFactory.Manifest.Diagnostics.DiagnosticException>(
                () => AiFactory.Core.Data.LabelEncoder.ToBooleans(table, "y", "yes", null));
            Assert.Equal("AIF3006", unconfirmed.Diagnostic.Code);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
