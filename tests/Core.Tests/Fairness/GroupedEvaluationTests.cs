using AiFactory.Core.Data;
using AiFactory.Core.Fairness;
using AiFactory.Core.Tests.IO;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.Fairness;

/// <summary>The evaluation derives the intersection from the attributes' combinations: the same groups and counts as building it.</summary>
public class GroupedEvaluationTests
{
    [Fact]
    public void Counting_from_the_table_gives_the_same_figures_as_counting_the_built_groupings()
    {
        using var temp = new TempFolder();
        var random = new Random(4);
        string[] sexes = { "Female", "Male" }, races = { "Black", "White", "Asian" };
        var csv = new System.Text.StringBuilder("sex,race,y\n");
        int rows = 3000;
        for (int i = 0; i < rows; i++) csv.Append(random.Next(9) == 0 ? "" : sexes[random.Next(2)]).Append(',').Append(races[random.Next(3)]).Append(",1\n");
        File.WriteAllText(temp.File("t.csv"), csv.ToString());
        DataTable table = CsvTableReader.Read(temp.File("t.csv"), new CsvReadOptions());
        bool[] labels = Enumerable.Range(0, rows).Select(_ => random.NextDouble() < 0.4).ToArray();
        double[] scores = labels.Select(l => Math.Round(Math.Clamp((l ? 0.6 : 0.4) + (random.NextDouble() - 0.5) * 0.6, 0, 1), 3)).ToArray();
        bool[] predicted = GroupedEvaluation.Predict(scores, 0.5);
        var data = new DataSection { Sensitive = new[] { "sex", "race" } };

        GroupedCounts direct = GroupedEvaluation.Compute(table, data, labels, predicted, scores)!;
        GroupedCounts built = GroupedEvaluation.Compute(SensitiveGrouping.Build(table, data), labels, predicted, scores);
        var a = new AiFactory.Core.Json.JsonTextWriter();
        direct.Write(a);
        var b = new AiFactory.Core.Json.JsonTextWriter();
        built.Write(b);
        Assert.Equal(b.ToString(), a.ToString());
        Assert.Equal(new[] { "sex", "race", "sex&race" }, direct.Groupings.Select(g => g.Key));
        Assert.Equal("(missing)&White", direct.Groupings[2].Groups.Last().Name);
    }

    [Theory]
    [InlineData(new[] { 7 })]            // one grouping
    [InlineData(new[] { 300, 300 })]     // 90,000 combinations: numbered through a table
    [InlineData(new[] { 200, 200, 200 })] // 8,000,000 combinations: numbered through a dictionary
    public void Each_grouping_gets_the_same_figures_counted_alone_or_with_others(int[] groupCounts)
    {
        var random = new Random(groupCounts.Length);
        int rows = 4000;
        bool[] labels = Enumerable.Range(0, rows).Select(_ => random.NextDouble() < 0.4).ToArray();
        double[] scores = labels.Select(l => Math.Round(Math.Clamp((l ? 0.6 : 0.4) + (random.NextDouble() - 0.5) * 0.6, 0, 1), 3)).ToArray();
        bool[] predicted = GroupedEvaluation.Predict(scores, 0.5);
        Grouping[] groupings = groupCounts.Select((count, k) => new Grouping(
            new[] { "a" + k },
            Enumerable.Range(0, count).Select(g => "g" + g).ToArray(),
            Enumerable.Range(0, rows).Select(_ => random.Next(count)).ToArray())).ToArray();

        GroupedCounts together = GroupedEvaluation.Compute(groupings, labels, predicted, scores);

        for (int k = 0; k < groupings.Length; k++)
        {
            GroupedCounts alone = GroupedEvaluation.Compute(new[] { groupings[k] }, labels, predicted, scores);
            var expected = new AiFactory.Core.Json.JsonTextWriter();
            new GroupedCounts(alone.OverallAucVariance, alone.Groupings).Write(expected);
            var actual = new AiFactory.Core.Json.JsonTextWriter();
            new GroupedCounts(together.OverallAucVariance, new[] { together.Groupings[k] }).Write(actual);
            Assert.Equal(expected.ToString(), actual.ToString());
        }
    }
}
