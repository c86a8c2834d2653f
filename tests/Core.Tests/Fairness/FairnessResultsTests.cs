using System.Text.Json;
using AiFactory.Core.Tests.IO;
using AiFactory.Core.Tests.Results;

namespace AiFactory.Core.Tests.Fairness;

/// <summary>results.json's groups, fairness and the fairness fields of gates, on the committed example (adult-scored.csv by sex and race).</summary>
public class FairnessResultsTests
{
    private static JsonElement Root(TempFolder temp) => JsonDocument.Parse(ResultsExample.ResultsJson(temp.Path)).RootElement;

    [Fact]
    public void Groups_hold_each_groups_counts_rates_and_intervals()
    {
        using var temp = new TempFolder();
        JsonElement female = Root(temp).GetProperty("groups").GetProperty("sex").GetProperty("Female");
        Assert.Equal((10771, 1179, 9592, 840), (female.GetProperty("n").GetInt32(), female.GetProperty("positives").GetInt32(),
            female.GetProperty("negatives").GetInt32(), female.GetProperty("predictedPositives").GetInt32()));
        Assert.Equal(840.0 / 10771, female.GetProperty("selectionRate").GetDouble());
        Assert.Equal(425.0 / 1179, female.GetProperty("tpr").GetDouble());
        Assert.Equal(415.0 / 9592, female.GetProperty("fpr").GetDouble());
        Assert.Equal(754.0 / 1179, female.GetProperty("fnr").GetDouble());
        Assert.Equal(425.0 / 840, female.GetProperty("precision").GetDouble());
        Assert.Equal(9602.0 / 10771, female.GetProperty("accuracy").GetDouble());
        JsonElement sr = female.GetProperty("intervals").GetProperty("selectionRate");
        Assert.Equal(("bootstrap-bc", 1000, 0.95), (sr.GetProperty("method").GetString(), sr.GetProperty("resamples").GetInt32(), sr.GetProperty("level").GetDouble()));
        Assert.True(sr.GetProperty("lower").GetDouble() < 840.0 / 10771 && 840.0 / 10771 < sr.GetProperty("upper").GetDouble());
        Assert.Equal("delong", female.GetProperty("intervals").GetProperty("auc").GetProperty("method").GetString());
        Assert.Equal(JsonValueKind.Null, female.GetProperty("insufficient").ValueKind);
    }

    [Fact]
    public void Small_groups_are_marked_insufficient_with_the_reason()
    {
        using var temp = new TempFolder();
        JsonElement race = Root(temp).GetProperty("groups").GetProperty("race");
        Assert.Equal(new[] { "Amer-Indian-Eskimo", "Asian-Pac-Islander", "Black", "Other", "White" }, race.EnumerateObject().Select(p => p.Name));
        Assert.All(race.EnumerateObject(), g => Assert.Equal(JsonValueKind.Null, g.Value.GetProperty("insufficient").ValueKind));
        Assert.False(Root(temp).GetProperty("groups").TryGetProperty("sex&race", out _)); // intersections are off
    }

    [Fact]
    public void Fairness_holds_the_settings_the_overall_figures_and_every_disparity()
    {
        using var temp = new TempFolder();
        JsonElement fairness = Root(temp).GetProperty("fairness");
        JsonElement settings = fairness.GetProperty("settings");
        Assert.Equal(("benefitOfTheDoubt", 30, 10, 1000), (settings.GetProperty("judging").GetString(), settings.GetProperty("minGroupSize").GetInt32(),
            settings.GetProperty("minClassSize").GetInt32(), settings.GetProperty("resamples").GetInt32()));
        Assert.Equal("delong", fairness.GetProperty("overall").GetProperty("intervals").GetProperty("auc").GetProperty("method").GetString());

        JsonElement sex = fairness.GetProperty("groupings").GetProperty("sex");
        JsonElement dpr = sex.GetProperty("demographicParityRatio");
        Assert.Equal(0.48031114261705704, dpr.GetProperty("value").GetDouble(), 1e-12);
        Assert.Equal(new[] { "Female", "Male" }, dpr.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("group").GetString()));
        Assert.Equal(0, dpr.GetProperty("interval").GetProperty("undefinedResamples").GetInt32());
        Assert.Equal(0.7463127292508105, sex.GetProperty("equalizedOddsRatio").GetProperty("value").GetDouble(), 1e-12);
        Assert.Equal("fpr", sex.GetProperty("equalizedOddsRatio").GetProperty("groups")[0].GetProperty("metric").GetString());
        Assert.True(sex.GetProperty("toOverall").GetProperty("demographicParityDifference").GetProperty("value").GetDouble() > 0);
        Assert.Equal(JsonValueKind.Null, sex.GetProperty("disparateImpact").ValueKind);
    }

    [Fact]
    public void A_fairness_gate_records_its_grouping_judging_interval_and_deciding_groups()
    {
        using var temp = new TempFolder();
        JsonElement gate = Root(temp).GetProperty("gates").EnumerateArray().Single(g => g.GetProperty("id").GetString() == "fairness.demographicParityRatio.sex.min");
        Assert.Equal(("fairness", "sex", "benefitOfTheDoubt", "failed", "AIF5002"), (gate.GetProperty("kind").GetString(), gate.GetProperty("attribute").GetString(),
            gate.GetProperty("judging").GetString(), gate.GetProperty("status").GetString(), gate.GetProperty("code").GetString()));
        int line = ResultsExample.ManifestText.Split('\n').ToList().FindIndex(l => l.Contains("\"fairness\"")) + 1;
        Assert.Equal(line, gate.GetProperty("location").GetProperty("line").GetInt32());
        Assert.True(gate.GetProperty("interval").GetProperty("upper").GetDouble() < 0.8);
        Assert.Equal(2, gate.GetProperty("decidingGroups").GetArrayLength());

        JsonElement metricGate = Root(temp).GetProperty("gates")[0];
        // Metric gates have intervals too (auc: DeLong's), judged on the point estimate unless gates.metrics says otherwise.
        Assert.Equal("delong", metricGate.GetProperty("interval").GetProperty("method").GetString());
        Assert.Equal("pointEstimate", metricGate.GetProperty("judging").GetString());
        Assert.Equal(JsonValueKind.Null, metricGate.GetProperty("attribute").ValueKind);
    }
}
