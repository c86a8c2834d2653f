using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Reading;
using AiFactory.Manifest.Tests.TestSupport;

namespace AiFactory.Manifest.Tests.HostileInput;

/// <summary>
/// 10,000 levels of nesting — which would overflow the stack of a recursive reader and kill the build's process — are
/// AIF2001 at the opener that goes past the 64 levels the reader allows, closed or not, in a known key or an unknown
/// one, of arrays, objects or both.
/// </summary>
public class DeepNestingTests
{
    private const int Depth = 10_000;

    public static TheoryData<string, string, int> Nestings() => new()
    {
        // the case, the text, the column of the first opener past the limit (everything is on line 1)
        { "arrays at the top, closed", new string('[', Depth) + new string(']', Depth), 66 },
        { "arrays at the top, never closed", new string('[', Depth), 66 },
        { "objects at the top, closed", string.Concat(Enumerable.Repeat("{\"a\":", Depth)) + "1" + new string('}', Depth), 1 + (65 * 5) },
        { "objects and arrays in turn, never closed", string.Concat(Enumerable.Repeat("{\"a\":[", Depth)), 1 + (32 * 6) + 5 },
        { "arrays in model.owners", "{\"model\":{\"owners\":" + new string('[', Depth) + new string(']', Depth) + "}}", 20 + 63 },
        { "objects in an unknown key", "{\"extra\":" + string.Concat(Enumerable.Repeat("{\"a\":", Depth)) + "1" + new string('}', Depth) + "}", 10 + (64 * 5) },
    };

    [Theory(Timeout = HostileReading.HangGuardMilliseconds)]
    [MemberData(nameof(Nestings))]
    public Task Nesting_past_the_limit_is_AIF2001_at_the_opener_that_goes_past_it(string nesting, string text, int column) => Task.Run(() =>
    {
        Diagnostic error = HostileReading.SingleError(TestManifests.Read(text), text, DiagnosticIds.InvalidJson);
        Assert.True((1, column) == (error.Location!.Line, error.Location.Column), $"{nesting}: {error} is not at (1,{column})");
        Assert.Contains("nests deeper than 64 levels", error.Message, StringComparison.Ordinal);
        Assert.Contains(HostileReading.CharacterAt(text, 1, column), new[] { "{", "[" });
    });

    [Fact(Timeout = HostileReading.HangGuardMilliseconds)]
    public Task Nesting_up_to_the_limit_is_read() => Task.Run(() =>
    {
        // 64 levels below the top-level object, in an unknown key: read, and reported as the unknown key it is.
        string text = "{\"extra\":" + new string('[', 64) + new string(']', 64) + "}";
        ManifestReadResult result = TestManifests.Read(text);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticIds.InvalidJson);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticIds.UnknownKey && d.Location!.Column == 2);
    });
}
