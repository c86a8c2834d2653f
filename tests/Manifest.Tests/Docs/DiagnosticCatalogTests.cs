using System.Reflection;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Tests.TestSupport;

namespace AiFactory.Manifest.Tests.Docs;

/// <summary>Every diagnostic code has a title and a documentation page, and every page belongs to a code.</summary>
public sealed class DiagnosticCatalogTests
{
    private static string[] Constants() => typeof(DiagnosticIds)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name != nameof(DiagnosticIds.HelpLinkBase))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void Every_code_constant_has_a_title_and_codes_are_unique()
    {
        string[] codes = Constants();
        Assert.Equal(codes.Length, codes.Distinct().Count());
        Assert.Equal(codes.OrderBy(c => c), DiagnosticIds.Titles.Keys.OrderBy(c => c));
        Assert.All(codes, c => Assert.Matches("^AIF[1-7][0-9]{3}$", c));
    }

    [Fact]
    public void Every_code_has_a_page_with_its_title_what_it_means_and_the_fix()
    {
        foreach (var (code, title) in DiagnosticIds.Titles)
        {
            string path = RepositoryFiles.PathOf($"docs/diagnostics/{code}.md");
            Assert.True(File.Exists(path), $"{code} has no page {path}");
            string page = File.ReadAllText(path);
            Assert.Equal($"# {code}: {title}", page.Split('\n')[0].TrimEnd('\r'));
            Assert.Contains("## What it means", page);
            Assert.Contains("## Example", page);
            Assert.Contains("## How to fix", page);
            Assert.EndsWith($"docs/diagnostics/{code}.md", DiagnosticIds.HelpLink(code));
        }
    }

    [Fact]
    public void Every_page_belongs_to_a_code()
    {
        string folder = Path.GetDirectoryName(RepositoryFiles.PathOf("docs/diagnostics/AIF2001.md"))!;
        foreach (string page in Directory.GetFiles(folder, "*.md"))
        {
            Assert.Contains(Path.GetFileNameWithoutExtension(page), DiagnosticIds.Titles.Keys);
        }
    }
}
