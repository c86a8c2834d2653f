using AiFactory.Core.Json;
using AiFactory.Core.Metrics;
using AiFactory.Manifest.Json;

namespace AiFactory.Core.Tests.Metrics;

public class ScoreCellsTests
{
    [Fact]
    public void On_the_observed_counts_the_cells_give_the_metrics_of_the_rows()
    {
        (bool[] labels, double[] scores) = ScoredSample.Draw(5000, 5, a: -0.5, b: 2);
        BinaryMetrics metrics = BinaryMetricsCalculator.FromScores(labels, scores, 0.5);
        ScoreCells cells = metrics.ScoreCells!;
        var figures = new double[ScoreCells.FigureCount];
        cells.Compute(cells.Counts, figures);
        Assert.Equal(5000, cells.Total);
        Assert.Equal(metrics.LogLoss!.Value, figures[ScoreCells.LogLossSlot], 12);
        Assert.Equal(metrics.Brier!.Value, figures[ScoreCells.BrierSlot], 12);
        Assert.Equal(metrics.Ece!.Value, figures[ScoreCells.EceSlot], 12);
    }

    [Fact]
    public void A_cell_holds_one_class_within_one_ece_bin_and_one_logit_step()
    {
        // 0.49 and 0.499 share an ECE bin and differ by 0.036 on the logit scale: one step; 0.5 is the next ECE bin.
        ScoreCells cells = ScoreCells.Of(new[] { true, true, false, true }, new[] { 0.49, 0.499, 0.49, 0.5 });
        Assert.Equal(new long[] { 1, 2, 1 }, cells.Counts);
        Assert.Equal(new[] { false, true, true }, cells.Positive);
        Assert.Equal(new[] { 4, 4, 5 }, cells.EceBins);
        Assert.Equal(0.49 + 0.499, cells.ScoreSums[1], 15);
    }

    [Fact]
    public void The_same_rows_in_another_order_give_the_same_cells()
    {
        (bool[] labels, double[] scores) = ScoredSample.Draw(300, 8);
        int[] shuffled = Enumerable.Range(0, 300).Reverse().ToArray();
        ScoreCells a = ScoreCells.Of(labels, scores), b = ScoreCells.Of(shuffled.Select(i => labels[i]).ToArray(), shuffled.Select(i => scores[i]).ToArray());
        Assert.Equal(a.Counts, b.Counts);
        Assert.Equal(a.EceBins, b.EceBins);
    }

    [Fact]
    public void Cells_read_back_bit_for_bit()
    {
        (bool[] labels, double[] scores) = ScoredSample.Draw(200, 9);
        ScoreCells cells = ScoreCells.Of(labels, scores);
        var w = new JsonTextWriter();
        cells.Write(w);
        ScoreCells back = ScoreCells.Read((JsonObject)JsonReader.Parse(w.ToString()), problem => new FormatException(problem));
        Assert.Equal(cells.Counts, back.Counts);
        Assert.Equal(cells.ScoreSums, back.ScoreSums);
        Assert.Equal(cells.SquaredErrorSums, back.SquaredErrorSums);
        Assert.Equal(cells.LogLossSums, back.LogLossSums);
        Assert.Throws<FormatException>(() => ScoreCells.Read((JsonObject)JsonReader.Parse("{ \"eceBin\": [1] }"), problem => new FormatException(problem)));
    }
}
