using System.Text;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Reading;
using AiFactory.Manifest.Tests.TestSupport;

namespace AiFactory.Manifest.Tests.HostileInput;

/// <summary>
/// A manifest cut short at every position — a save interrupted, a copy that lost its end — is AIF2001 at the end of
/// what is left or at the opening of what it left open, never an exception, never a half-read manifest.
/// </summary>
public class TruncationTests
{
    /// <summary>Where reading may stop in a cut text, besides its end: an opener left open, or a literal cut inside.</summary>
    private const string Openers = "{[\"/tfn";

    [Fact(Timeout = HostileReading.HangGuardMilliseconds)]
    public Task Every_prefix_of_the_example_manifest_is_invalid_JSON_where_it_ends_or_where_it_left_something_open() => Task.Run(() =>
    {
        string valid = HostileReading.ValidExample;
        Assert.Empty(TestManifests.Read(valid).Diagnostics);
        int complete = valid.LastIndexOf('}') + 1;
        for (int length = 0; length < complete; length++)
        {
            string prefix = valid.Substring(0, length);
            ManifestReadResult result = TestManifests.Read(prefix);
            Diagnostic error = HostileReading.SingleError(result, prefix, DiagnosticIds.InvalidJson);
            SourceLocation at = error.Location!;
            string? there = HostileReading.CharacterAt(prefix, at.Line, at.Column);
            Assert.True(there == null || (IsEnd(prefix, at) || Openers.Contains(there, StringComparison.Ordinal)),
                $"cut after {length} characters: {error} points at '{there}', neither the end nor an opener");
        }

        // Whatever follows the last brace is trivia: those prefixes are the whole manifest.
        for (int length = complete; length <= valid.Length; length++)
        {
            Assert.Empty(TestManifests.Read(valid.Substring(0, length)).Diagnostics);
        }
    });

    [Fact(Timeout = HostileReading.HangGuardMilliseconds)]
    public Task Every_byte_prefix_of_a_manifest_with_multi_byte_characters_read_from_disk_is_a_coded_error_inside_it() => Task.Run(() =>
    {
        // "é" is 2 bytes in UTF-8, "—" 3, "😀" 4: a cut inside one leaves bytes that are not UTF-8.
        string valid = HostileReading.ValidExample
            .Replace("\"name\": \"LoanApproval\"", "\"name\": \"Prêts😀\"", StringComparison.Ordinal)
            .Replace("// the default:", "// par défaut — the default:", StringComparison.Ordinal);
        Assert.Contains("😀", valid, StringComparison.Ordinal);
        Assert.Contains("—", valid, StringComparison.Ordinal);
        byte[] bytes = Encoding.UTF8.GetBytes(valid);
        int complete = Encoding.UTF8.GetByteCount(valid.Substring(0, valid.LastIndexOf('}') + 1));
        using var folder = new TempFolder();
        string path = folder.PathOf("aifactory.json");
        int notUtf8 = 0;
        for (int length = 0; length < complete; length++)
        {
            File.WriteAllBytes(path, bytes[..length]);
            ManifestReadResult result = ManifestReader.ReadFile(path, new ManifestReadOptions());
            Diagnostic error = Assert.Single(result.Diagnostics);
            Assert.Equal(DiagnosticIds.InvalidJson, error.Code);
            Assert.Null(result.Manifest);
            Assert.Equal(path, error.Location!.File);
            // The place is counted in the characters before the cut: the whole characters it kept.
            string kept = Encoding.UTF8.GetString(bytes, 0, length).TrimEnd('\uFFFD');
            HostileReading.AssertInside(error.Location, kept);
            if (error.Message.Contains("not UTF-8", StringComparison.Ordinal))
            {
                notUtf8++;
                Assert.True(IsEnd(kept, error.Location), $"cut after {length} bytes: {error} is not at the end of the {kept.Length} characters kept");
            }
        }

        // The cuts that fall inside a character, and only those, are the bytes that are not UTF-8: one inside each of
        // "ê" and "é", three inside "😀", two inside "—".
        Assert.Equal(1 + 1 + 3 + 2, notUtf8);
    });

    private static bool IsEnd(string text, SourceLocation at)
    {
        IReadOnlyList<int> lengths = HostileReading.LineLengths(text);
        return at.Line == lengths.Count && at.Column == lengths[^1] + 1;
    }
}
