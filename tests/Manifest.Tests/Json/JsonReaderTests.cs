using AiFactory.Manifest.Json;

namespace AiFactory.Manifest.Tests.Json;

public class JsonReaderTests
{
    [Fact]
    public void Positions_AreOneBasedLinesAndCharacterColumns_ForValuesAndPropertyNames()
    {
        var root = (JsonObject)JsonReader.Parse("{\n  \"model\": { \"threshold\": 0.5 }\n}");

        Assert.Equal((1, 1), (root.Line, root.Column));
        JsonProperty model = root.GetProperty("model")!;
        Assert.Equal((2, 3), (model.Line, model.Column));
        Assert.Equal((2, 12), (model.Value.Line, model.Value.Column));
        JsonProperty threshold = ((JsonObject)model.Value).GetProperty("threshold")!;
        Assert.Equal((2, 14), (threshold.Line, threshold.Column));
        Assert.Equal((2, 27), (threshold.Value.Line, threshold.Value.Column));
    }

    [Fact]
    public void Comments_LineAndBlock_AreSkipped_AndPositionsAfterThemStayExact()
    {
        string text = "// header\n{ /* a\n block */ \"a\": 1, // trailing\n  \"b\": /* inline */ 2 }";
        var root = (JsonObject)JsonReader.Parse(text);

        Assert.Equal((2, 1), (root.Line, root.Column));
        Assert.Equal((3, 11), (root.GetProperty("a")!.Line, root.GetProperty("a")!.Column));
        JsonNode b = root["b"]!;
        Assert.Equal(2, ((JsonNumber)b).Value);
        Assert.Equal((4, 21), (b.Line, b.Column));
    }

    [Fact]
    public void TrailingCommas_InObjectsAndArrays_AreAllowed()
    {
        var root = (JsonObject)JsonReader.Parse("{ \"a\": [1, 2,], \"b\": { \"c\": true, }, }");

        Assert.Equal(2, ((JsonArray)root["a"]!).Items.Count);
        Assert.True(((JsonBoolean)((JsonObject)root["b"]!)["c"]!).Value);
        Assert.Equal(2, root.Properties.Count);
    }

    [Fact]
    public void CrLf_CountsAsOneLineBreak()
    {
        var root = (JsonObject)JsonReader.Parse("{\r\n  \"a\": 1,\r\n  \"b\": 2\r\n}");
        Assert.Equal((3, 3), (root.GetProperty("b")!.Line, root.GetProperty("b")!.Column));

        var error = Assert.Throws<JsonSyntaxException>(() => JsonReader.Parse("{\r\n  \"a\": 1,\r\n  \"b\": x\r\n}"));
        Assert.Equal((3, 8), (error.Line, error.Column));
    }

    [Fact]
    public void LoneCr_CountsAsALineBreak()
    {
        var root = (JsonObject)JsonReader.Parse("{\r\"a\": 1,\r\"b\": 2}");
        Assert.Equal((3, 1), (root.GetProperty("b")!.Line, root.GetProperty("b")!.Column));
    }

    [Fact]
    public void ByteOrderMark_IsNotAColumn()
    {
        var root = (JsonObject)JsonReader.Parse("\uFEFF{\"a\": 1}");
        Assert.Equal((1, 1), (root.Line, root.Column));
        Assert.Equal((1, 2), (root.GetProperty("a")!.Line, root.GetProperty("a")!.Column));
    }

    [Fact]
    public void Tab_IsOneColumn()
    {
        var root = (JsonObject)JsonReader.Parse("{\t\"a\":\t1}");
        Assert.Equal((1, 3), (root.GetProperty("a")!.Line, root.GetProperty("a")!.Column));
        Assert.Equal((1, 8), (root["a"]!.Line, root["a"]!.Column));
    }

    [Fact]
    public void EmojiBeforeAnError_CountsAsOneColumnEach()
    {
        // Each 😀 is two UTF-16 code units and four UTF-8 bytes, but one character.
        var error = Assert.Throws<JsonSyntaxException>(() => JsonReader.Parse("{\"n\": \"😀😀\", \"x\": @}"));
        Assert.Equal((1, 18), (error.Line, error.Column));
    }

    [Fact]
    public void NonAsciiInAPropertyNameAndAComment_CountsCharacters()
    {
        var error = Assert.Throws<JsonSyntaxException>(() => JsonReader.Parse("{ /* é😀 */ \"é\": 1, \"b\": x}"));
        Assert.Equal((1, 25), (error.Line, error.Column));
        Assert.Contains("unexpected 'x'", error.Message);
    }

    [Fact]
    public void Numbers_KeepTheirText_AndKnowWhenTheyAreIntegers()
    {
        var array = (JsonArray)JsonReader.Parse("[0.80, -3, 1e3, 12345678901]");
        var numbers = array.Items.Cast<JsonNumber>().ToArray();

        Assert.Equal("0.80", numbers[0].Text);
        Assert.Equal(0.8, numbers[0].Value);
        Assert.False(numbers[0].TryGetInt64(out _));
        Assert.True(numbers[1].TryGetInt64(out long minusThree));
        Assert.Equal(-3, minusThree);
        Assert.Equal(1000, numbers[2].Value);
        Assert.True(numbers[3].TryGetInt64(out long big));
        Assert.Equal(12345678901L, big);
    }

    [Fact]
    public void Strings_DecodeEscapes()
    {
        var s = (JsonString)JsonReader.Parse("\"a\\\"b\\\\c\\/d\\n\\t\\u00e9\"");
        Assert.Equal("a\"b\\c/d\n\té", s.Value);
    }

    [Fact]
    public void LiteralsAndNull_AreRead()
    {
        var array = (JsonArray)JsonReader.Parse("[true, false, null]");
        Assert.Equal(new[] { JsonKind.Boolean, JsonKind.Boolean, JsonKind.Null }, array.Items.Select(i => i.Kind));
        Assert.False(((JsonBoolean)array.Items[1]).Value);
    }

    [Fact]
    public void DuplicateProperties_AreKept_AndGetPropertyReturnsTheLast()
    {
        var root = (JsonObject)JsonReader.Parse("{\"a\": 1, \"a\": 2}");
        Assert.Equal(2, root.Properties.Count);
        Assert.Equal(2, ((JsonNumber)root["a"]!).Value);
        Assert.Equal(10, root.GetProperty("a")!.Column);
    }

    [Theory]
    [InlineData("", 1, 1, "the file is empty")]
    [InlineData("  \n // only a comment\n", 3, 1, "the file is empty")]
    [InlineData("{} x", 1, 4, "unexpected 'x' after the end of the document")]
    [InlineData("{ /* open", 1, 3, "a /* comment is never closed with */")]
    [InlineData("{\"a\": ", 1, 7, "unexpected end of the file; expected a value")]
    [InlineData("{\"a\": 'x'}", 1, 7, "strings must use double quotes")]
    [InlineData("{\"a\": @}", 1, 7, "unexpected '@'; expected a value")]
    [InlineData("{\"a\": 1", 1, 1, "an object opened here is never closed with '}'")]
    [InlineData("{\n  \"a\": {\n    \"b\": 1\n", 2, 8, "an object opened here is never closed with '}'")]
    // A brace forgotten inside: the object's '}' two lines below is indented as the outer line, so the error points at the
    // object that lacks its own, not at the start of the file.
    [InlineData("{\n  \"gates\": {\n    \"auc\": { \"min\": 0.9 ,\n    \"f1\": { \"min\": 0.5 }\n  }\n}\n", 3, 12,
        "the '{' opened here is probably never closed: the '}' at line 5 that closes it is indented as an outer line, and an object opened at line 1, column 1 is left open at the end; add the missing '}' after this value")]
    [InlineData("[\n  [1, 2,\n  3\n]\n", 2, 3,
        "the '[' opened here is probably never closed: the ']' at line 4 that closes it is indented as an outer line, and an array opened at line 1, column 1 is left open at the end; add the missing ']' after this value")]
    [InlineData("{'a': 1}", 1, 2, "property names must use double quotes")]
    [InlineData("{a: 1}", 1, 2, "expected a property name in double quotes or '}'")]
    [InlineData("{\"a\" 1}", 1, 6, "expected ':' after the property name \"a\"")]
    [InlineData("{\"a\": 1 \"b\": 2}", 1, 9, "expected ',' or '}' after the value of \"a\"")]
    [InlineData("[1, 2", 1, 1, "an array opened here is never closed with ']'")]
    [InlineData("[1 2]", 1, 4, "expected ',' or ']' in the array")]
    [InlineData("\"abc", 1, 1, "a string opened here is never closed")]
    [InlineData("{\"a\": \"abc\n\"}", 1, 7, "a string opened here is never closed")]
    [InlineData("\"\\u12\"", 1, 3, "\\u must be followed by four hexadecimal digits")]
    [InlineData("\"\\u12zz\"", 1, 3, "\\u must be followed by four hexadecimal digits")]
    [InlineData("\"C:\\data\"", 1, 5, "unknown escape '\\d'")]
    [InlineData("\"a\tb\"", 1, 3, "a control character (such as a tab) must be escaped")]
    [InlineData("[-]", 1, 3, "a number needs a digit after '-'")]
    [InlineData("01", 1, 2, "numbers must not have leading zeros")]
    [InlineData("[1.]", 1, 4, "a number needs a digit after '.'")]
    [InlineData("1e", 1, 3, "a number needs a digit in its exponent")]
    [InlineData("1x", 1, 2, "unexpected 'x' in a number")]
    [InlineData("True", 1, 1, "unexpected 'T'; expected a value")]
    [InlineData("[tru]", 1, 2, "unexpected 'tru'; strings need double quotes")]
    [InlineData("[truex]", 1, 2, "unexpected 'truex'")]
    [InlineData("nul", 1, 1, "unexpected 'nul'")]
    public void SyntaxErrors_ReportMessageLineAndColumn(string text, int line, int column, string message)
    {
        var error = Assert.Throws<JsonSyntaxException>(() => JsonReader.Parse(text));
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void NestingDeeperThan64_IsRejectedAtTheLevelThatIsTooDeep()
    {
        var error = Assert.Throws<JsonSyntaxException>(() => JsonReader.Parse(new string('[', 70)));
        Assert.Equal((1, 66), (error.Line, error.Column));
        Assert.Contains("nests deeper than 64 levels", error.Message);
    }

    [Fact]
    public void Nesting64Deep_IsAccepted()
    {
        JsonNode root = JsonReader.Parse(new string('[', 65) + new string(']', 65));
        Assert.Equal(JsonKind.Array, root.Kind);
    }
}
