using AiFactory.Core.Data;
using AiFactory.Data;
using AiFactory.Manifest.Model;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace AiFactory.Runtime.Tests.Data;

public sealed class TableDataViewTests
{
    private static (TableDataView View, DataTable Table) Sample()
    {
        string path = Path.Combine(Path.GetTempPath(), "aif-view-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, "income,region,approved\n10.5,North,yes\n,South,no\n30,,yes\n");
        try
        {
            DataTable table = CsvTableReader.Read(path, new CsvReadOptions
            {
                DeclaredColumns = new[] { new ColumnDeclaration("income", ColumnType.Number, new("m", 1, 1)) },
                MissingValues = new[] { "" },
                RequiredColumns = new[] { "approved" },
                ForcedTypes = new Dictionary<string, ColumnType> { ["approved"] = ColumnType.Category },
            });
            return (new TableDataView(table, "approved", new[] { true, false, true }), table);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Columns_have_ML_NET_types_and_the_label_is_boolean()
    {
        var (view, _) = Sample();
        Assert.Equal(NumberDataViewType.Single, view.Schema["income"].Type);
        Assert.Equal(TextDataViewType.Instance, view.Schema["region"].Type);
        Assert.Equal(BooleanDataViewType.Instance, view.Schema["approved"].Type);
        Assert.Equal(3, view.GetRowCount());
    }

    [Fact]
    public void Values_read_back_in_order_with_missing_as_NaN_and_empty_text()
    {
        var (view, _) = Sample();
        var ml = new MLContext(1);
        float[] income = view.GetColumn<float>("income").ToArray();
        Assert.Equal(10.5f, income[0]);
        Assert.True(float.IsNaN(income[1]));
        Assert.Equal(30f, income[2]);
        Assert.Equal(new[] { "North", "South", "" }, view.GetColumn<ReadOnlyMemory<char>>("region").Select(m => m.ToString()));
        Assert.Equal(new[] { true, false, true }, view.GetColumn<bool>("approved"));
    }

    [Fact]
    public void A_shuffled_cursor_visits_every_row_once_in_an_order_set_by_the_random()
    {
        var (view, _) = Sample();
        List<float> Visit(int seed)
        {
            var column = view.Schema["income"];
            using DataViewRowCursor cursor = view.GetRowCursor(new[] { column }, new Random(seed));
            ValueGetter<float> getter = cursor.GetGetter<float>(column);
            var values = new List<float>();
            while (cursor.MoveNext())
            {
                float value = 0;
                getter(ref value);
                values.Add(value);
            }

            return values;
        }

        Assert.Equal(Visit(3), Visit(3));
        Assert.Equal(new[] { 10.5f, 30f }, Visit(3).Where(v => !float.IsNaN(v)).OrderBy(v => v));
        Assert.Equal(3, Visit(5).Count);
    }

    [Fact]
    public void Asking_for_the_wrong_type_is_a_clear_error()
    {
        var (view, _) = Sample();
        var column = view.Schema["income"];
        using DataViewRowCursor cursor = view.GetRowCursor(new[] { column });
        var e = Assert.Throws<InvalidOperationException>(() => cursor.GetGetter<double>(column));
        Assert.Contains("income", e.Message);
    }
}
