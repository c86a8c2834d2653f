using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Reading;
using AiFactory.Manifest.Tests.TestSupport;

namespace AiFactory.Manifest.Tests.HostileInput;

/// <summary>
/// What every hostile manifest must get: a coded error at a real place of the file — a line it has, a column on that
/// line or just after its end — and never an exception. The tests' <c>Timeout</c> only guards against a hang.
/// </summary>
internal static class HostileReading
{
    /// <summary>Generous: a hang guard, not a time limit.</summary>
    public const int HangGuardMilliseconds = 300_000;

    /// <summary>The valid example manifest of the repository, as the hostile inputs start from it.</summary>
    public static string ValidExample => File.ReadAllText(RepositoryFiles.PathOf("schema/examples/loan-approval.aifactory.json"));

    /// <summary>A small valid manifest with a hole where <paramref name="model"/> adds keys to the model section.</summary>
    public static string Minimal(string model = "\"seed\": 1") =>
        "{\n" +
        "  \"model\": { \"name\": \"M\", " + model + " },\n" +
        "  \"business\": { \"costs\": { \"falsePositive\": 1, \"falseNegative\": 1 } },\n" +
        "  \"data\": { \"train\": \"tr.csv\", \"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\" }\n" +
        "}\n";

    /// <summary>Asserts the result failed with exactly one error, of <paramref name="code"/>, at a place inside <paramref name="text"/>.</summary>
    public static Diagnostic SingleError(ManifestReadResult result, string text, string code)
    {
        Assert.True(result.HasErrors, "expected an error");
        Assert.Null(result.Manifest);
        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(code, diagnostic.Code);
        AssertInside(diagnostic.Location, text);
        return diagnostic;
    }

    /// <summary>Asserts a location names a line of the text and a column on it (or just past its last character).</summary>
    public static void AssertInside(SourceLocation? location, string text)
    {
        Assert.NotNull(location);
        IReadOnlyList<int> lengths = LineLengths(text);
        Assert.True(location!.Line >= 1 && location.Line <= lengths.Count, $"line {location.Line} is not a line of the text ({lengths.Count} lines)");
        int length = lengths[location.Line - 1];
        Assert.True(location.Column >= 1 && location.Column <= length + 1, $"column {location.Column} is not on line {location.Line} ({length} characters)");
    }

    /// <summary>The 1-based line and character column where the <paramref name="occurrence"/>-th (1-based) <paramref name="needle"/> starts.</summary>
    public static (int Line, int Column) PositionOf(string text, string needle, int occurrence = 1)
    {
        int index = -1;
        for (int n = 0; n < occurrence; n++)
        {
            index = text.IndexOf(needle, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{needle}' occurs fewer than {occurrence} times");
        }

        string before = text.Substring(0, index);
        IReadOnlyList<int> lengths = LineLengths(before);
        return (lengths.Count, lengths[^1] + 1);
    }

    /// <summary>The character at a 1-based line and column (a pair of surrogates is one), or null just past a line's end.</summary>
    public static string? CharacterAt(string text, int line, int column)
    {
        int l = 1, c = 1;
        for (int i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0; i < text.Length; i++)
        {
            if (l == line && c == column)
            {
                return char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? text.Substring(i, 2) : text[i].ToString();
            }

            if (text[i] == '\n' || (text[i] == '\r' && !(i + 1 < text.Length && text[i + 1] == '\n')))
            {
                l++;
                c = 1;
            }
            else if (text[i] != '\r' && !char.IsLowSurrogate(text[i]))
            {
                c++;
            }
        }

        return null;
    }

    /// <summary>The length in characters of each line (CRLF, CR and LF end lines; a pair of surrogates is one character).</summary>
    public static IReadOnlyList<int> LineLengths(string text)
    {
        var lengths = new List<int>();
        int length = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                lengths.Add(length);
                length = 0;
            }
            else if (!char.IsLowSurrogate(c) && !(i == 0 && c == '\uFEFF'))
            {
                length++;
            }
        }

        lengths.Add(length);
        return lengths;
    }
}
