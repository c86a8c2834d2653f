using AiFactory.Core.Data;
using AiFactory.Core.Fairness;
using AiFactory.Core.Tests.IO;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.Fairness;

/// <summary>Groups: categories as written, bins by range with the lower edge inclusive, missing values as their own group, intersections.</summary>
public class SensitiveGroupingTests
{
    private static DataTable Read(TempFolder temp, string csv, params string[] missing)
    {
        string path = temp.File("test.csv");
        File.WriteAllText(path, csv);
        return CsvTableReader.Read(path, new CsvReadOptions { MissingValues = missing.Length == 0 ? new[] { "" } : missing });
    }

    private static string[] Names(Grouping grouping) => grouping.RowGroups.Select(g => grouping.GroupNames[g]).ToArray();

    [Fact]
    public void Categories_are_sorted_and_missing_values_form_the_last_group()
    {
        using var temp = new TempFolder();
        DataTable table = Read(temp, "sex,y\nMale,1\nFemale,0\n?,1\nMale,0\n", "?");
        Grouping sex = SensitiveGrouping.Build(table, new DataSection { Sensitive = new[] { "sex" } }).Single();
        Assert.Equal(new[] { "Female", "Male", GroupNames.Missing }, sex.GroupNames);
        Assert.Equal(new[] { "Male", "Female", "(missing)", "Male" }, Names(sex));
    }

    [Fact]
    public void A_value_only_a_skipped_row_holds_forms_no_group()
    {
        // "Ghost" is read before the row's bad income skips it: it must be no group, and "B" (seen next) comes first in the file.
        using var temp = new TempFolder();
        string path = temp.File("test.csv");
        File.WriteAllText(path, "group,income\nGhost,abc\nB,1\nA,2\n,3\nB,4\n");
        DataTable table = CsvTableReader.Read(path, new CsvReadOptions
        {
            OnBadRow = BadRowAction.Skip,
            DeclaredColumns = new[] { new ColumnDeclaration("income", ColumnType.Number, new SourceLocation("m", 1, 1)) },
        });

        Assert.Equal(new[] { "B", "A", null, "B" }, table.Get("group").Categories);
        Assert.Equal(1, table.Get("group").MissingCount);
        Assert.True(table.Get("group").IsMissing(2));
        Grouping group = SensitiveGrouping.BuildAttributes(table, new DataSection { Sensitive = new[] { "group" } }).Single();
        Assert.Equal(new[] { "A", "B", GroupNames.Missing }, group.GroupNames);
        Assert.Equal(new[] { "B", "A", "(missing)", "B" }, Names(group));
    }

    [Fact]
    public void Columns_made_in_memory_group_by_value_whatever_the_string_objects()
    {
        // Equal values that are different string objects (as a table built in code may hold) are one group.
        string?[] sexes = { new string("Male".ToCharArray()), "Female", new string("Male".ToCharArray()), null, "Female" };
        var table = new DataTable("t.csv", new[] { DataColumn.FromCategories("sex", sexes, false) }, new[] { 2, 3, 4, 5, 6 });
        Grouping sex = SensitiveGrouping.BuildAttributes(table, new DataSection { Sensitive = new[] { "sex" } }).Single();
        Assert.Equal(new[] { "Female", "Male", GroupNames.Missing }, sex.GroupNames);
        Assert.Equal(new[] { 1, 0, 1, 2, 0 }, sex.RowGroups);
        Assert.Same(sexes, table.Get("sex").Categories);
    }

    [Fact]
    public void Bins_put_each_edge_in_the_bin_above_it_and_leave_out_empty_bins()
    {
        using var temp = new TempFolder();
        DataTable table = Read(temp, "age,y\n24.9,1\n25,0\n44,1\n65,0\n90,1\n,0\n");
        var data = new DataSection
        {
            Sensitive = new[] { "age" },
            Bins = new[] { new SensitiveBins("age", new[] { 25.0, 45, 65, 80 }, new SourceLocation("m", 1, 1)) },
        };
        Grouping age = SensitiveGrouping.Build(table, data).Single();
        Assert.Equal(new[] { "<25", "[25,45)", "[65,80)", ">=80", GroupNames.Missing }, age.GroupNames);
        Assert.Equal(new[] { "<25", "[25,45)", "[25,45)", "[65,80)", ">=80", "(missing)" }, Names(age));
    }

    [Fact]
    public void A_numeric_attribute_with_few_values_is_grouped_by_value()
    {
        using var temp = new TempFolder();
        DataTable table = Read(temp, "grade,y\n2,1\n10,0\n2.5,1\n");
        Grouping grade = SensitiveGrouping.Build(table, new DataSection { Sensitive = new[] { "grade" } }).Single();
        Assert.Equal(new[] { "2", "2.5", "10" }, grade.GroupNames);
    }

    [Fact]
    public void A_numeric_attribute_with_many_values_needs_bins_AIF5011_at_its_declaration()
    {
        using var temp = new TempFolder();
        DataTable table = Read(temp, "age,y\n" + string.Join("", Enumerable.Range(18, 40).Select(a => $"{a},1\n")));
        var at = new SourceLocation("aifactory.json", 7, 19);
        var data = new DataSection { Sensitive = new[] { "age" }, SensitiveLocations = new[] { at } };
        var e = Assert.Throws<DiagnosticException>(() => SensitiveGrouping.Build(table, data));
        Assert.Equal(DiagnosticIds.SensitiveAttributeUngroupable, e.Diagnostic.Code);
        Assert.Same(at, e.Diagnostic.Location);
        Assert.Contains("cut it into ranges with data.bins, e.g. \"bins\": { \"age\": [25, 45, 65] }", e.Diagnostic.Message);
    }

    [Fact]
    public void A_binned_value_that_is_not_a_number_is_AIF5011_at_its_cell()
    {
        using var temp = new TempFolder();
        DataTable table = Read(temp, "age,y\n30,1\nthirty,0\n");
        var data = new DataSection { Sensitive = new[] { "age" }, Bins = new[] { new SensitiveBins("age", new[] { 25.0 }, new SourceLocation("m", 1, 1)) } };
        var e = Assert.Throws<DiagnosticException>(() => SensitiveGrouping.Build(table, data));
        Assert.Equal(DiagnosticIds.SensitiveAttributeUngroupable, e.Diagnostic.Code);
        Assert.Equal(3, e.Diagnostic.Location!.Line);
        Assert.Contains("'thirty'", e.Diagnostic.Message);
    }

    [Fact]
    public void The_intersection_combines_every_attribute_in_order_with_only_the_combinations_that_occur()
    {
        using var temp = new TempFolder();
        DataTable table = Read(temp, "sex,race,y\nMale,White,1\nFemale,Black,0\nFemale,White,1\n,White,0\n");
        IReadOnlyList<Grouping> groupings = SensitiveGrouping.Build(table, new DataSection { Sensitive = new[] { "sex", "race" } });
        Assert.Equal(new[] { "sex", "race", "sex&race" }, groupings.Select(g => g.Key));
        Grouping both = groupings[2];
        Assert.Equal(new[] { "Female&Black", "Female&White", "Male&White", "(missing)&White" }, both.GroupNames);
        Assert.Equal(new[] { "Male&White", "Female&Black", "Female&White", "(missing)&White" }, Names(both));
        Assert.True(both.IsIntersection);
    }
}
