using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Reading;
using AiFactory.Manifest.Tests.TestSupport;

namespace AiFactory.Manifest.Tests.HostileInput;

/// <summary>
/// 5 MB manifests: one long string, long comments, a generated list of 200,000 columns — read in full and right —
/// and 5 MB of wrong items, which the reader reports as its first 100 problems, the last saying how many it left out,
/// rather than flood the build log with millions of errors.
/// </summary>
public class LargeManifestTests
{
    private const int FiveMegabytes = 5 * 1024 * 1024;

    [Fact(Timeout = HostileReading.HangGuardMilliseconds)]
    public Task A_5_MB_string_is_read_whole() => Task.Run(() =>
    {
        string use = string.Concat(Enumerable.Repeat("Ranks applications — for review. ", FiveMegabytes / 33));
        string text = HostileReading.Minimal($"\"intendedUse\": \"{use}\"");
        Assert.True(text.Length >= FiveMegabytes - 100);
        Assert.Equal(use, TestManifests.Valid(text).Model.IntendedUse);
    });

    [Fact(Timeout = HostileReading.HangGuardMilliseconds)]
    public Task Five_MB_of_comments_leave_the_positions_after_them_exact() => Task.Run(() =>
    {
        string comments = string.Concat(Enumerable.Repeat("// a comment line of the generated header, 64 characters long.\n", FiveMegabytes / 64))
            + "/* " + new string('*', 1000) + " */\n";
        string text = comments + HostileReading.Minimal("\"seed\": -1");
        int lines = comments.Count(c => c == '\n');
        Diagnostic error = HostileReading.SingleError(TestManifests.Read(text), text, DiagnosticIds.OutOfRange);
        Assert.Equal((lines + 2, HostileReading.PositionOf(HostileReading.Minimal("\"seed\": -1"), "-1").Column), (error.Location!.Line, error.Location.Column));
    });

    [Fact(Timeout = HostileReading.HangGuardMilliseconds)]
    public Task A_5_MB_list_of_column_declarations_is_read_whole() => Task.Run(() =>
    {
        const int count = 200_000;
        string columns = string.Join(",\n", Enumerable.Range(0, count).Select(i => $"      \"column_{i:D6}\": \"{(i % 2 == 0 ? "number" : "category")}\""));
        string text = HostileReading.Minimal().Replace("\"positive\": \"1\"", "\"positive\": \"1\",\n    \"columns\": {\n" + columns + "\n    }", StringComparison.Ordinal);
        Assert.True(text.Length >= FiveMegabytes, $"{text.Length} characters");
        var read = TestManifests.Valid(text).Data.Columns;
        Assert.Equal(count, read.Count);
        Assert.Equal("column_199999", read[^1].Name);
    });

    [Fact(Timeout = HostileReading.HangGuardMilliseconds)]
    public Task Five_MB_of_wrong_items_are_reported_as_the_first_100_the_last_saying_how_many_more() => Task.Run(() =>
    {
        const int count = FiveMegabytes / 2;
        string text = HostileReading.Minimal($"\"owners\": [{string.Join(",", Enumerable.Repeat("1", count))}]");
        ManifestReadResult result = TestManifests.Read(text);
        Assert.Null(result.Manifest);
        Assert.Equal(100, result.Diagnostics.Count);
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticIds.WrongType, d.Code));
        (int line, int column) = HostileReading.PositionOf(text, "[1,");
        Assert.Equal(Enumerable.Range(0, 100).Select(i => (line, column + 1 + (2 * i))), result.Diagnostics.Select(d => (d.Location!.Line, d.Location.Column)));
        Assert.StartsWith("model.owners[99] must be a non-empty string", result.Diagnostics[^1].Message, StringComparison.Ordinal);
        Assert.EndsWith($"({count - 100:N0} more problems in this file not shown: fix these first)", result.Diagnostics[^1].Message, StringComparison.Ordinal);
    });
}
