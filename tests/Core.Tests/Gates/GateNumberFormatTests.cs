using AiFactory.Core.Gates;

namespace AiFactory.Core.Tests.Gates;

public class GateNumberFormatTests
{
    [Theory]
    [InlineData(0.8, "0.8")]
    [InlineData(0.45, "0.45")]
    [InlineData(40000, "40000")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    public void Thresholds_print_in_their_shortest_exact_form(double value, string expected)
    {
        Assert.Equal(expected, GateNumberFormat.Threshold(value));
    }

    [Theory]
    [InlineData(40000, "40,000")]
    [InlineData(1234567.25, "1,234,567.25")]
    [InlineData(-52300.5, "-52,300.5")]
    [InlineData(999, "999")]
    public void Business_thresholds_get_thousands_separators(double value, string expected)
    {
        Assert.Equal(expected, GateNumberFormat.GroupedThreshold(value));
    }

    [Theory]
    [InlineData(0.712, 0.8, "0.712")]
    [InlineData(0.79996, 0.8, "0.79996")] // 0.800 and 0.8000 would equal the threshold
    [InlineData(0.8004, 0.8, "0.8004")]   // above a maximum of 0.8: 0.800 would not show it
    [InlineData(0.512, 0.45, "0.512")]
    public void Values_get_digits_until_they_print_on_their_side(double value, double threshold, string expected)
    {
        Assert.Equal(expected, GateNumberFormat.Value(value, threshold));
    }

    [Fact]
    public void Counts_use_thousands_separators_in_any_culture()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("fr-FR");
            Assert.Equal("6,512 rows", GateNumberFormat.Rows(6512));
            Assert.Equal("52,300", GateNumberFormat.Value(52300, 40000, minDecimals: 0, grouped: true));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void The_tolerance_is_1e_minus_12_scaled_by_thresholds_above_1()
    {
        Assert.True(GateComparison.AtLeast(0.8 - 1e-12, 0.8));
        Assert.False(GateComparison.AtLeast(0.8 - 1.1e-12, 0.8));
        Assert.True(GateComparison.AtMost(0.45 + 1e-12, 0.45));
        Assert.False(GateComparison.AtMost(0.45 + 1.1e-12, 0.45));
        // 40,000 × 1e-12 = 4e-8
        Assert.True(GateComparison.AtMost(40000 + 3e-8, 40000));
        Assert.False(GateComparison.AtMost(40000 + 1e-7, 40000));
        Assert.False(GateComparison.AtLeast(double.NaN, 0));
    }
}
