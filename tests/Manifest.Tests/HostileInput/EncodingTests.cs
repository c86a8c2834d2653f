using System.Text;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Reading;
using AiFactory.Manifest.Tests.TestSupport;

namespace AiFactory.Manifest.Tests.HostileInput;

/// <summary>
/// A manifest, policy or waivers file read from disk must be text: UTF-8 (with or without a byte-order mark), or
/// UTF-16/UTF-32 with one. Bytes that are not — a file saved as Latin-1, a stray byte, an overlong or surrogate
/// sequence, binary garbage — are AIF2001 at the line and character column of the first wrong byte, instead of being
/// read as U+FFFD into a model name nobody wrote. Invisible characters in wrong places are named by their code point.
/// </summary>
public class EncodingTests
{
    public static TheoryData<string, byte[], string> NotUtf8 => new()
    {
        // the case, the bytes standing for "é" in "Prét" (the model's name), what the message says of them
        { "Latin-1", new byte[] { 0xE9 }, "byte 0xE9 starts a character that byte 0x74 does not continue" },
        { "Windows-1252 quote", new byte[] { 0x93 }, "byte 0x93 continues a character that never started" },
        { "overlong '/'", new byte[] { 0xC0, 0xAF }, "byte 0xC0 cannot start a character" },
        { "UTF-16 surrogate in UTF-8 (CESU-8)", new byte[] { 0xED, 0xA0, 0x80 }, "byte 0xED starts a character that byte 0xA0 does not continue" },
        { "beyond U+10FFFF", new byte[] { 0xF4, 0x90, 0x80, 0x80 }, "byte 0xF4 starts a character that byte 0x90 does not continue" },
        { "0xFF", new byte[] { 0xFF }, "byte 0xFF cannot start a character" },
    };

    [Theory(Timeout = HostileReading.HangGuardMilliseconds)]
    [MemberData(nameof(NotUtf8))]
    public Task Bytes_that_are_not_UTF_8_are_AIF2001_at_the_first_wrong_one(string encoding, byte[] wrong, string says) => Task.Run(() =>
    {
        string text = "// a comment before — in UTF-8\r\n" + HostileReading.Minimal().Replace("\"name\": \"M\"", "\"name\": \"Prét\"", StringComparison.Ordinal);
        byte[] bytes = Replace(Encoding.UTF8.GetBytes(text), Encoding.UTF8.GetBytes("é"), wrong);
        using var folder = new TempFolder();
        string path = folder.PathOf("aifactory.json");
        File.WriteAllBytes(path, bytes);

        ManifestReadResult result = ManifestReader.ReadFile(path, new ManifestReadOptions());

        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Null(result.Manifest);
        Assert.Equal(DiagnosticIds.InvalidJson, error.Code);
        Assert.Equal(new SourceLocation(path, 3, HostileReading.PositionOf(text, "é").Column).ToString(), error.Location!.ToString());
        Assert.Equal(3, HostileReading.PositionOf(text, "é").Line);
        Assert.True(error.Message.Contains("the file is not UTF-8: " + says, StringComparison.Ordinal), $"{encoding}: {error}");
        Assert.EndsWith("save it as UTF-8", error.Message, StringComparison.Ordinal);
    });

    [Fact(Timeout = HostileReading.HangGuardMilliseconds)]
    public Task A_byte_order_mark_is_allowed_and_is_not_a_column() => Task.Run(() =>
    {
        using var folder = new TempFolder();
        string path = folder.PathOf("aifactory.json");
        string valid = HostileReading.Minimal().Replace("\"name\": \"M\"", "\"name\": \"Prêts😀\"", StringComparison.Ordinal);
        File.WriteAllBytes(path, Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(valid)).ToArray());
        Assert.Equal("Prêts😀", Read(path).Manifest!.Model.Name);

        string broken = HostileReading.Minimal("\"seed\": 01");
        File.WriteAllBytes(path, Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(broken)).ToArray());
        Diagnostic error = Assert.Single(Read(path).Diagnostics);
        Assert.Equal((DiagnosticIds.InvalidJson, 2), (error.Code, error.Location!.Line));
        Assert.Equal(HostileReading.PositionOf(broken, "01").Column + 1, error.Location.Column);
    });

    [Theory(Timeout = HostileReading.HangGuardMilliseconds)]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32LE")]
    [InlineData("utf-32BE")]
    public Task UTF_16_and_UTF_32_with_a_byte_order_mark_are_read(string name) => Task.Run(() =>
    {
        Encoding encoding = Encoding.GetEncoding(name);
        using var folder = new TempFolder();
        string path = folder.PathOf("aifactory.json");
        string valid = HostileReading.Minimal().Replace("\"name\": \"M\"", "\"name\": \"Prêts😀\"", StringComparison.Ordinal);
        File.WriteAllBytes(path, encoding.GetPreamble().Concat(encoding.GetBytes(valid)).ToArray());
        Assert.NotEmpty(encoding.GetPreamble());
        ManifestReadResult result = Read(path);
        Assert.Empty(result.Diagnostics);
        Assert.Equal("Prêts😀", result.Manifest!.Model.Name);
    });

    [Fact(Timeout = HostileReading.HangGuardMilliseconds)]
    public Task A_lone_surrogate_in_UTF_16_and_an_odd_length_are_AIF2001_at_their_place() => Task.Run(() =>
    {
        using var folder = new TempFolder();
        string path = folder.PathOf("aifactory.json");
        string text = HostileReading.Minimal().Replace("\"name\": \"M\"", "\"name\": \"M\uD800\"", StringComparison.Ordinal);
        byte[] bytes = new byte[] { 0xFF, 0xFE }.Concat(text.SelectMany(c => new[] { (byte)(c & 0xFF), (byte)(c >> 8) })).ToArray();
        File.WriteAllBytes(path, bytes);
        Diagnostic error = Assert.Single(Read(path).Diagnostics);
        Assert.Equal((DiagnosticIds.InvalidJson, 2, HostileReading.PositionOf(text, "\uD800").Column), (error.Code, error.Location!.Line, error.Location.Column));
        Assert.Contains("the file is not UTF-16: half of a surrogate pair stands alone", error.Message, StringComparison.Ordinal);

        File.WriteAllBytes(path, bytes.Take(11).ToArray());
        error = Assert.Single(Read(path).Diagnostics);
        Assert.Equal((DiagnosticIds.InvalidJson, 2, 3), (error.Code, error.Location!.Line, error.Location.Column));
        Assert.Contains("it ends inside a character", error.Message, StringComparison.Ordinal);
    });

    [Fact(Timeout = HostileReading.HangGuardMilliseconds)]
    public Task Binary_garbage_is_AIF2001_inside_it() => Task.Run(() =>
    {
        using var folder = new TempFolder();
        string path = folder.PathOf("aifactory.json");
        var random = new Random(20261207);
        for (int round = 0; round < 200; round++)
        {
            byte[] bytes = new byte[random.Next(1, 4096)];
            random.NextBytes(bytes);
            File.WriteAllBytes(path, bytes);
            ManifestReadResult result = Read(path);
            Diagnostic error = Assert.Single(result.Diagnostics);
            Assert.Null(result.Manifest);
            Assert.Equal(DiagnosticIds.InvalidJson, error.Code);
            Assert.True(error.Location!.Line >= 1 && error.Location.Column >= 1, error.ToString());
        }
    });

    [Theory(Timeout = HostileReading.HangGuardMilliseconds)]
    [InlineData("\uFEFF", "U+FEFF (a byte-order mark; only the file's first character may be one)")]
    [InlineData("\0", "U+0000 (a NUL character: not a text file?)")]
    [InlineData("\u00A0", "U+00A0 (a no-break space)")]
    [InlineData("\u200B", "U+200B (a zero-width space)")]
    [InlineData("\u2028", "U+2028")]
    [InlineData("\u0007", "U+0007")]
    public Task An_invisible_character_where_a_value_belongs_is_named_by_its_code_point(string invisible, string named) => Task.Run(() =>
    {
        string text = HostileReading.Minimal($"\"seed\": {invisible}1");
        Diagnostic error = HostileReading.SingleError(TestManifests.Read(text), text, DiagnosticIds.InvalidJson);
        Assert.Equal(HostileReading.PositionOf(text, invisible + "1"), (error.Location!.Line, error.Location.Column));
        Assert.Contains($"unexpected {named}; expected a value", error.Message, StringComparison.Ordinal);
    });

    [Fact(Timeout = HostileReading.HangGuardMilliseconds)]
    public Task A_policy_and_a_waivers_file_that_are_not_UTF_8_are_AIF2001_at_their_place() => Task.Run(() =>
    {
        using var folder = new TempFolder();
        string latin1 = "{\n  \"policy\": { \"name\": \"Pr\u00e9t\" }\n}\n";
        string policy = folder.File("hub/aifactory.policy.json");
        File.WriteAllBytes(policy, Encoding.Latin1.GetBytes(latin1));
        Diagnostic error = Assert.Single(PolicyReader.ReadFile(policy).Diagnostics);
        (int line, int column) = HostileReading.PositionOf(latin1, "\u00e9");
        Assert.Equal((DiagnosticIds.InvalidJson, new SourceLocation(policy, line, column).ToString()), (error.Code, error.Location!.ToString()));

        File.WriteAllText(policy, "{ \"policy\": { \"name\": \"P\" } }\n");
        string waivers = folder.File("hub/aifactory.waivers.json", "{ \"waivers\": [] }\n");
        File.WriteAllBytes(waivers, new byte[] { (byte)'{', (byte)'\n', 0xFF, (byte)'}' });
        error = Assert.Single(PolicyReader.ReadFile(policy).Diagnostics);
        Assert.Equal((DiagnosticIds.InvalidJson, new SourceLocation(waivers, 2, 1).ToString()), (error.Code, error.Location!.ToString()));
    });

    private static ManifestReadResult Read(string path) => ManifestReader.ReadFile(path, new ManifestReadOptions());

    private static byte[] Replace(byte[] bytes, byte[] from, byte[] to)
    {
        int at = bytes.AsSpan().IndexOf(from);
        Assert.True(at >= 0);
        return bytes[..at].Concat(to).Concat(bytes[(at + from.Length)..]).ToArray();
    }
}
