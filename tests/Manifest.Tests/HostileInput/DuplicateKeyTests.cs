using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Reading;
using AiFactory.Manifest.Tests.TestSupport;

namespace AiFactory.Manifest.Tests.HostileInput;

/// <summary>
/// A key written twice — JSON leaves the meaning open, parsers disagree on which one wins — is AIF2012 at the second
/// one, at every level of the manifest, with known keys and open ones (column and metric names) alike.
/// </summary>
public class DuplicateKeyTests
{
    public static TheoryData<string, string, string> Duplicates => new()
    {
        // name of the case, the manifest, the key written twice (the error is at its second occurrence)
        { "top level", HostileReading.Minimal().Replace("\"data\":", "\"model\": { \"name\": \"N\" },\n  \"data\":", StringComparison.Ordinal), "\"model\"" },
        { "model", HostileReading.Minimal("\"seed\": 1, \"seed\": 2"), "\"seed\"" },
        { "costs", HostileReading.Minimal().Replace("\"falseNegative\": 1", "\"falseNegative\": 1, \"falseNegative\": 2", StringComparison.Ordinal), "\"falseNegative\"" },
        { "data.columns (open keys)", HostileReading.Minimal().Replace("\"positive\": \"1\"", "\"positive\": \"1\", \"columns\": { \"a\": \"number\", \"a\": \"category\" }", StringComparison.Ordinal), "\"a\"" },
        { "a metric gate (three levels down)", HostileReading.Minimal().Replace("\n}\n", ",\n  \"gates\": { \"metrics\": { \"auc\": { \"min\": 0.7, \"min\": 0.9 } } }\n}\n", StringComparison.Ordinal), "\"min\"" },
        { "the metrics (open keys)", HostileReading.Minimal().Replace("\n}\n", ",\n  \"gates\": { \"metrics\": { \"auc\": { \"min\": 0.7 }, \"auc\": { \"min\": 0.9 } } }\n}\n", StringComparison.Ordinal), "\"auc\"" },
        { "a fairness gate", HostileReading.Minimal().Replace("\"positive\": \"1\"", "\"positive\": \"1\", \"sensitive\": [\"g\"]", StringComparison.Ordinal).Replace("\n}\n", ",\n  \"gates\": { \"fairness\": { \"demographicParityRatio\": { \"min\": 0.8, \"min\": 0.7 } } }\n}\n", StringComparison.Ordinal), "\"min\"" },
    };

    [Theory(Timeout = HostileReading.HangGuardMilliseconds)]
    [MemberData(nameof(Duplicates))]
    public Task A_key_set_twice_is_AIF2012_at_its_second_occurrence(string where, string text, string key) => Task.Run(() =>
    {
        ManifestReadResult result = TestManifests.Read(text);
        Diagnostic error = HostileReading.SingleError(result, text, DiagnosticIds.DuplicateKey);
        (int line, int column) = HostileReading.PositionOf(text, key, 2);
        Assert.True((line, column) == (error.Location!.Line, error.Location.Column), $"{where}: {error} is not at ({line},{column})");
        Assert.Contains("is set twice", error.Message, StringComparison.Ordinal);
        Assert.Contains($"first on line {HostileReading.PositionOf(text, key, 1).Line}", error.Message, StringComparison.Ordinal);
    });

    [Fact(Timeout = HostileReading.HangGuardMilliseconds)]
    public Task Many_copies_of_one_key_are_one_error_each_after_the_first() => Task.Run(() =>
    {
        string text = HostileReading.Minimal(string.Join(", ", Enumerable.Repeat("\"seed\": 1", 50)));
        ManifestReadResult result = TestManifests.Read(text);
        Assert.Null(result.Manifest);
        Assert.Equal(49, result.Diagnostics.Count);
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticIds.DuplicateKey, d.Code));
        Assert.Equal(Enumerable.Range(2, 49).Select(n => HostileReading.PositionOf(text, "\"seed\"", n)), result.Diagnostics.Select(d => (d.Location!.Line, d.Location.Column)));
    });
}
