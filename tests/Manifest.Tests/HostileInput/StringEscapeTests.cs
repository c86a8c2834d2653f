using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Reading;
using AiFactory.Manifest.Tests.TestSupport;

namespace AiFactory.Manifest.Tests.HostileInput;

/// <summary>
/// A \u escape of half a surrogate pair, or such a half in the text itself, is no character: a model name holding one
/// cannot be written to results.json as UTF-8. AIF2001 at the escape; a whole pair, escaped or not, is read.
/// </summary>
public class StringEscapeTests
{
    [Theory(Timeout = HostileReading.HangGuardMilliseconds)]
    [InlineData("M\\uD800", 1, "\\uD800 is the first half of a surrogate pair, and the second")]
    [InlineData("M\\uD800x", 1, "\\uD800 is the first half of a surrogate pair, and the second")]
    [InlineData("M\\uD83D\\u0041", 1, "\\uD83D is the first half of a surrogate pair, and the second")]
    [InlineData("M\\uD83D\\uD83D\\uDE00", 1, "\\uD83D is the first half of a surrogate pair, and the second")]
    [InlineData("M\\uDE00", 1, "\\uDE00 is the second half of a surrogate pair with no first half before it")]
    [InlineData("M\\uD83D\\uDE00\\uDE00", 2, "\\uDE00 is the second half of a surrogate pair with no first half before it")]
    public Task Half_a_surrogate_pair_escaped_is_AIF2001_at_its_escape(string name, int occurrence, string says) => Task.Run(() =>
    {
        string text = HostileReading.Minimal().Replace("\"name\": \"M\"", $"\"name\": \"{name}\"", StringComparison.Ordinal);
        Diagnostic error = HostileReading.SingleError(TestManifests.Read(text), text, DiagnosticIds.InvalidJson);
        // The escape the message names, at its given occurrence in the name.
        Assert.Equal(HostileReading.PositionOf(text, says.Substring(0, 6), occurrence), (error.Location!.Line, error.Location.Column));
        Assert.Contains(says, error.Message, StringComparison.Ordinal);
    });

    [Theory(Timeout = HostileReading.HangGuardMilliseconds)]
    [InlineData(0xD800)]
    [InlineData(0xDE00)]
    public Task Half_a_surrogate_pair_in_the_text_is_AIF2001_at_its_place(int code) => Task.Run(() =>
    {
        // (A code, not the character: test data in attributes cannot carry half a pair.)
        string half = ((char)code).ToString();
        // Text that reaches the reader as a string (an analyzer's AdditionalFile) was not checked by decoding.
        string text = HostileReading.Minimal().Replace("\"name\": \"M\"", $"\"name\": \"M{half}\"", StringComparison.Ordinal);
        Diagnostic error = HostileReading.SingleError(TestManifests.Read(text), text, DiagnosticIds.InvalidJson);
        Assert.Equal(HostileReading.PositionOf(text, half), (error.Location!.Line, error.Location.Column));
        Assert.Contains("is half of a surrogate pair, alone", error.Message, StringComparison.Ordinal);
    });

    [Fact(Timeout = HostileReading.HangGuardMilliseconds)]
    public Task A_whole_pair_escaped_or_written_is_one_character() => Task.Run(() =>
    {
        foreach (string name in new[] { "M\\uD83D\\uDE00", "M😀", "\\u00e9\\uD83D\\uDE00\\u0041" })
        {
            string text = HostileReading.Minimal().Replace("\"name\": \"M\"", $"\"name\": \"{name}\"", StringComparison.Ordinal);
            string expected = name.Replace("\\uD83D\\uDE00", "😀", StringComparison.Ordinal).Replace("\\u00e9", "é", StringComparison.Ordinal).Replace("\\u0041", "A", StringComparison.Ordinal);
            Assert.Equal(expected, TestManifests.Valid(text).Model.Name);
        }
    });
}
