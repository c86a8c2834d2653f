using System.Globalization;
using AiFactory.Core.Json;
using AiFactory.Manifest.Json;

namespace AiFactory.Core.Tests.Json;

public class JsonTextWriterTests
{
    [Fact]
    public void Writes_nested_values_with_two_space_indent_and_lf_line_breaks()
    {
        var w = new JsonTextWriter();
        w.StartObject();
        w.Property("name", "LoanApproval");
        w.Property("rows", 6512L);
        w.Property("auc", 0.8);
        w.Property("missing", (double?)null);
        w.Property("passed", true);
        w.PropertyName("tags");
        w.StartArray();
        w.String("a");
        w.Number(1L);
        w.EndArray();
        w.PropertyName("empty");
        w.StartObject();
        w.EndObject();
        w.PropertyName("none");
        w.StartArray();
        w.EndArray();
        w.EndObject();

        Assert.Equal(
            "{\n" +
            "  \"name\": \"LoanApproval\",\n" +
            "  \"rows\": 6512,\n" +
            "  \"auc\": 0.8,\n" +
            "  \"missing\": null,\n" +
            "  \"passed\": true,\n" +
            "  \"tags\": [\n" +
            "    \"a\",\n" +
            "    1\n" +
            "  ],\n" +
            "  \"empty\": {},\n" +
            "  \"none\": []\n" +
            "}\n",
            w.ToString());
    }

    [Fact]
    public void Escapes_what_RFC_8259_requires_and_nothing_else()
    {
        string value = "q\" b\\ s/ \b\f\n\r\t \u0001\u001f é 😀";
        var w = new JsonTextWriter();
        w.String(value);

        Assert.Equal("\"q\\\" b\\\\ s/ \\b\\f\\n\\r\\t \\u0001\\u001f é 😀\"\n", w.ToString());
        Assert.Equal(value, ((JsonString)JsonReader.Parse(w.ToString())).Value);
    }

    [Fact]
    public void Escapes_a_lone_surrogate_so_that_the_output_is_valid_utf8()
    {
        var w = new JsonTextWriter();
        w.String("a\ud800b");

        Assert.Equal("\"a\\ud800b\"\n", w.ToString());
    }

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(40000.0, "40000")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(1e-7, "1E-07")]
    [InlineData(double.Epsilon, "5E-324")]
    public void Doubles_use_the_shortest_text_that_reads_back_exactly(double value, string expected)
    {
        string text = JsonTextWriter.FormatDouble(value);

        Assert.Equal(expected, text);
        Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(((JsonNumber)JsonReader.Parse(text)).Value));
    }

    [Fact]
    public void Numbers_ignore_the_current_culture()
    {
        CultureInfo before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var w = new JsonTextWriter();
            w.Number(1234.5);

            Assert.Equal("1234.5\n", w.ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void NaN_and_infinities_are_written_as_null()
    {
        var w = new JsonTextWriter();
        w.StartArray();
        w.Number(double.NaN);
        w.Number(double.PositiveInfinity);
        w.Number(double.NegativeInfinity);
        w.EndArray();

        Assert.Equal("[\n  null,\n  null,\n  null\n]\n", w.ToString());
    }

    [Fact]
    public void Misuse_is_refused_instead_of_writing_invalid_json()
    {
        var w = new JsonTextWriter();
        w.StartObject();
        Assert.Throws<InvalidOperationException>(() => w.String("value without a name"));
        Assert.Throws<InvalidOperationException>(() => w.EndArray());
        Assert.Throws<InvalidOperationException>(() => w.ToString());
        w.EndObject();
        Assert.Throws<InvalidOperationException>(() => w.Null());
    }
}
