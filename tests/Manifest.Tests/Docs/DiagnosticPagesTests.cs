using System.Text.RegularExpressions;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Reading;
using AiFactory.Manifest.Tests.TestSupport;

namespace AiFactory.Manifest.Tests.Docs;

/// <summary>
/// docs/diagnostics/AIF2001.md … AIF2013.md: each page has its code's title, and its example manifest, read by the
/// reader, prints exactly the error lines the page shows — so a changed message or position cannot leave a page stale.
/// </summary>
public sealed class DiagnosticPagesTests : IDisposable
{
    /// <summary>The pages' examples live in the repository /home/me/loan-repo; the test's temp folder plays /home/me.</summary>
    private const string DocumentedHome = "/home/me";

    private readonly TempFolder _temp = new TempFolder();

    public static TheoryData<string> Codes => new(Enumerable.Range(2001, 13).Select(n => "AIF" + n));

    public void Dispose() => _temp.Dispose();

    private static string Page(string code) => File.ReadAllText(RepositoryFiles.PathOf($"docs/diagnostics/{code}.md"));

    private static string? Block(string page, string language)
    {
        Match m = Regex.Match(page, "```" + language + "\\r?\\n(.*?)```", RegexOptions.Singleline);
        return m.Success ? m.Groups[1].Value : null;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Page_StartsWithTheCodeAndItsTitle(string code)
    {
        string firstLine = Page(code).Split('\n')[0].TrimEnd('\r');
        Assert.Equal($"# {code}: {DiagnosticIds.Titles[code]}", firstLine);
        Assert.Contains("## What it means", Page(code));
        Assert.Contains("## How to fix", Page(code));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void PageExample_PrintsTheErrorLinesThePageShows(string code)
    {
        string page = Page(code);
        string? shown = Block(page, "text");
        Assert.NotNull(shown);
        string[] expected = shown!.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();

        string repo = _temp.Folder("loan-repo");
        string manifestPath = Path.Combine(repo, "models", "loan", "aifactory.json");
        var options = new ManifestReadOptions
        {
            RepositoryRoot = repo,
            // The documented project has these files and no others.
            FileExists = p => p.EndsWith("train.csv", StringComparison.Ordinal) || p.EndsWith("test.csv", StringComparison.Ordinal)
                              || p.EndsWith("scored.csv", StringComparison.Ordinal) || p.EndsWith("results.json", StringComparison.Ordinal),
        };
        string? example = Block(page, "jsonc");
        ManifestReadResult result = example == null
            ? ManifestReader.ReadFile(manifestPath, options) // AIF2011's example is the absence of the file
            : ManifestReader.Read(manifestPath, example, options);

        string[] printed = result.Diagnostics.Select(d => AsDocumented(d, _temp.Root)).ToArray();
        Assert.Equal(expected, printed);
        Assert.All(result.Diagnostics, d => Assert.Equal(code, d.Code));
    }

    private static string AsDocumented(Diagnostic d, string home)
    {
        string location = d.Location!.Line > 0 ? $"aifactory.json({d.Location.Line},{d.Location.Column})" : "aifactory.json";
        string message = d.Message.Replace(home, DocumentedHome);
        if (Path.DirectorySeparatorChar == '\\')
        {
            message = message.Replace('\\', '/');
        }

        return $"{location}: error {d.Code}: {message}";
    }
}
