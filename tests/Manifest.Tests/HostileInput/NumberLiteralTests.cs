using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Reading;
using AiFactory.Manifest.Tests.TestSupport;

namespace AiFactory.Manifest.Tests.HostileInput;

/// <summary>
/// Numbers JSON does not have (NaN, Infinity, +1, .5, hexadecimal) are AIF2001 at the literal; numbers too large for
/// a double (1e999), which .NET reads as infinity, are AIF2005 at the literal in every kind of key — a range, a finite
/// number, an integer — so no threshold is ever infinite; a nonzero number too small for a double is not an integer.
/// </summary>
public class NumberLiteralTests
{
    /// <summary>Keys of each kind the reader has: a number in [0, 1], any finite number, an integer, a gate bound.</summary>
    private static readonly (string Name, Func<string, string> Manifest)[] Places =
    {
        ("model.threshold", n => HostileReading.Minimal($"\"threshold\": {n}")),
        ("business.costs.falsePositive", n => HostileReading.Minimal().Replace("\"falsePositive\": 1", $"\"falsePositive\": {n}", StringComparison.Ordinal)),
        ("model.seed", n => HostileReading.Minimal($"\"seed\": {n}")),
        ("gates.metrics.auc.min", n => HostileReading.Minimal().Replace("\n}\n", $",\n  \"gates\": {{ \"metrics\": {{ \"auc\": {{ \"min\": {n} }} }} }}\n}}\n", StringComparison.Ordinal)),
        ("gates.business.maxCostPer1000", n => HostileReading.Minimal().Replace("\n}\n", $",\n  \"gates\": {{ \"business\": {{ \"maxCostPer1000\": {n} }} }}\n}}\n", StringComparison.Ordinal)),
    };

    public static TheoryData<string, string, string> Literals()
    {
        var data = new TheoryData<string, string, string>();
        foreach ((string name, _) in Places)
        {
            foreach (string literal in new[] { "NaN", "Infinity", "-Infinity", "+1", ".5", "0x10", "1.", "01", "-", "1e", "1e+" })
            {
                data.Add(name, literal, DiagnosticIds.InvalidJson);
            }

            foreach (string literal in new[] { "1e999", "-1e999", "1E400", "123456789e307" })
            {
                data.Add(name, literal, DiagnosticIds.OutOfRange);
            }
        }

        return data;
    }

    [Theory(Timeout = HostileReading.HangGuardMilliseconds)]
    [MemberData(nameof(Literals))]
    public Task A_number_JSON_has_not_or_a_double_cannot_hold_is_a_coded_error_at_the_literal(string key, string literal, string code) => Task.Run(() =>
    {
        string text = Places.Single(p => p.Name == key).Manifest(literal);
        Diagnostic error = HostileReading.SingleError(TestManifests.Read(text), text, code);
        string written = $"\"{key.Split('.')[^1]}\": ";
        (int line, int column) = HostileReading.PositionOf(text, written + literal);
        column += written.Length;
        // Reading stops inside the literal or just after it: never elsewhere.
        Assert.True(error.Location!.Line == line && error.Location.Column >= column && error.Location.Column <= column + literal.Length,
            $"{key} = {literal}: {error} is not at the literal, ({line},{column}) to ({line},{column + literal.Length})");
        if (code == DiagnosticIds.OutOfRange)
        {
            Assert.Equal(column, error.Location.Column);
            Assert.Contains($"is {literal}", error.Message, StringComparison.Ordinal);
        }
    });

    [Theory(Timeout = HostileReading.HangGuardMilliseconds)]
    [InlineData("1e-999")]
    [InlineData("5e-400")]
    public Task A_nonzero_number_too_small_for_a_double_is_no_integer(string literal) => Task.Run(() =>
    {
        string text = HostileReading.Minimal($"\"seed\": {literal}");
        Diagnostic error = HostileReading.SingleError(TestManifests.Read(text), text, DiagnosticIds.WrongType);
        Assert.Equal(HostileReading.PositionOf(text, literal), (error.Location!.Line, error.Location.Column));

        // As a threshold it is a number in [0, 1], read as 0, as the double nearest to it is.
        Assert.Equal(0, TestManifests.Valid(HostileReading.Minimal($"\"threshold\": {literal}")).Model.Threshold);
    });
}
