using System.Text.RegularExpressions;
using AiFactory.Analyzers.Tests.TestSupport;
using AiFactory.Manifest.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiFactory.Analyzers.Tests.Docs;

/// <summary>
/// Every rule has a help link to its page, the page exists with a non-compliant and a compliant example, and the
/// examples are true: the non-compliant code gives exactly the warning the page prints, the compliant code none.
/// </summary>
public sealed class RuleDocumentationTests
{
    private static string[] Codes() =>
        DiagnosticIds.Titles.Keys.Where(c => c.StartsWith("AIF1", StringComparison.Ordinal)).OrderBy(c => c).ToArray();

    public static TheoryData<string> RuleCodes() => new(Codes());

    private static List<CodeFixProvider> Fixes() =>
        typeof(CodeFixes.UnseededMLContextCodeFix).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t))
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
            .ToList();

    private static IEnumerable<DiagnosticDescriptor> Descriptors() =>
        AnalyzerRunner.All.SelectMany(a => a.SupportedDiagnostics).Distinct();

    [Fact]
    public void Every_analyzer_code_has_a_descriptor_and_every_descriptor_a_code()
    {
        Assert.Equal(
            Codes(),
            Descriptors().Select(d => d.Id).Distinct().OrderBy(c => c));
    }

    [Fact]
    public void Every_descriptor_has_the_catalog_title_a_help_link_whose_page_exists_and_is_configurable()
    {
        foreach (DiagnosticDescriptor descriptor in Descriptors())
        {
            Assert.Equal(DiagnosticIds.Titles[descriptor.Id], descriptor.Title.ToString());
            Assert.Equal(DiagnosticIds.HelpLink(descriptor.Id), descriptor.HelpLinkUri);
            Assert.True(File.Exists(RepositoryFiles.PathOf($"docs/diagnostics/{descriptor.Id}.md")), $"{descriptor.Id} has no page");
            Assert.True(descriptor.IsEnabledByDefault);
            Assert.DoesNotContain(WellKnownDiagnosticTags.NotConfigurable, descriptor.CustomTags);
        }
    }

    [Fact]
    public void Every_rule_is_in_the_release_files_with_its_category_and_severity()
    {
        string releases = File.ReadAllText(RepositoryFiles.PathOf("src/Analyzers/AnalyzerReleases.Unshipped.md"))
            + File.ReadAllText(RepositoryFiles.PathOf("src/Analyzers/AnalyzerReleases.Shipped.md"));
        foreach (DiagnosticDescriptor descriptor in Descriptors())
        {
            Assert.Matches($@"(?m)^{descriptor.Id}\s*\|\s*{descriptor.Category}\s*\|\s*{descriptor.DefaultSeverity}\s*\|", releases);
        }
    }

    [Fact]
    public void Every_code_fix_fixes_a_rule_of_the_analyzers()
    {
        List<CodeFixProvider> fixes = Fixes();
        Assert.Contains(fixes, f => f.FixableDiagnosticIds.Contains(DiagnosticIds.UnseededMLContext));
        Assert.All(fixes.SelectMany(f => f.FixableDiagnosticIds), id => Assert.Contains(id, Descriptors().Select(d => d.Id)));
        Assert.All(fixes, f => Assert.NotNull(f.GetFixAllProvider()));
    }

    /// <summary>docs/analyzers.md and each rule's page say exactly which rules have a code fix, and how Fix All works for it.</summary>
    [Fact]
    public void The_rules_table_and_the_pages_say_which_rules_have_a_fix_and_how_they_fix_all()
    {
        List<CodeFixProvider> fixes = Fixes();
        string guide = File.ReadAllText(RepositoryFiles.PathOf("docs/analyzers.md"));
        foreach (string code in Codes())
        {
            Match row = Regex.Match(guide, $@"(?m)^\| \[{code}\]\(diagnostics/{code}\.md\) \|(?:[^|]*\|){{3}} (?<fix>[^|]+) \| (?<all>[^|]+) \|$");
            Assert.True(row.Success, $"{code} has no row with a code fix and a Fix All column in docs/analyzers.md");
            string header = File.ReadAllText(RepositoryFiles.PathOf($"docs/diagnostics/{code}.md")).Split('\n')[2];
            CodeFixProvider? fix = fixes.SingleOrDefault(f => f.FixableDiagnosticIds.Contains(code));
            if (fix == null)
            {
                Assert.Equal(("—", "—"), (row.Groups["fix"].Value.Trim(), row.Groups["all"].Value.Trim()));
                Assert.DoesNotContain("**Code fix:** yes", header);
                continue;
            }

            FixAllProvider all = fix.GetFixAllProvider()!;
            Assert.Equal(all == WellKnownFixAllProviders.BatchFixer ? "yes (batch)" : "yes (per call)", row.Groups["all"].Value.Trim());
            Assert.NotEqual("—", row.Groups["fix"].Value.Trim());
            Assert.Equal(new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution }, all.GetSupportedFixAllScopes().Intersect(new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution }));
            Assert.Contains("**Code fix:** yes (Fix All)", header);
        }
    }

    [Theory]
    [MemberData(nameof(RuleCodes))]
    public async Task Page_examples_give_the_printed_warning_and_the_compliant_code_none(string code)
    {
        string page = File.ReadAllText(RepositoryFiles.PathOf($"docs/diagnostics/{code}.md"));
        Assert.StartsWith($"# {code}: {DiagnosticIds.Titles[code]}", page);
        Assert.Contains("## What it means", page);
        Assert.Contains("## Example", page);
        Assert.Contains("## How to fix", page);
        Assert.Contains($"dotnet_diagnostic.{code}.severity", page);

        string manifest = File.ReadAllText(RepositoryFiles.PathOf("build/Sample/aifactory.json"));
        string nonCompliant = Section(page, "### Non-compliant");
        string compliant = Section(page, "### Compliant");
        string printed = CodeBlock(nonCompliant, "text");
        string file = printed[..printed.IndexOf('(')];
        bool isManifest = file == "aifactory.json";

        IReadOnlyList<string> bad = isManifest
            ? await AnalyzerRunner.RunAsync("Empty.cs", "class Empty { }", CodeBlock(nonCompliant, "jsonc"), ide: true)
            : await AnalyzerRunner.RunAsync(file, CodeBlock(nonCompliant, "csharp"), manifest);
        Assert.Equal(printed.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0), bad.Where(l => l.Contains($" {code}: ")));

        IReadOnlyList<string> good = isManifest
            ? await AnalyzerRunner.RunAsync("Empty.cs", "class Empty { }", CodeBlock(compliant, "jsonc"), ide: true)
            : await AnalyzerRunner.RunAsync(file, CodeBlock(compliant, "csharp"), manifest);
        Assert.Empty(good);
    }

    // The text from a heading to the next heading of the same or a higher level.
    private static string Section(string page, string heading)
    {
        int start = page.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no '{heading}' section");
        int end = page.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        int next = page.IndexOf("\n### ", start + heading.Length, StringComparison.Ordinal);
        end = new[] { end, next }.Where(i => i >= 0).DefaultIfEmpty(page.Length).Min();
        return page[start..end];
    }

    private static string CodeBlock(string section, string language)
    {
        Match match = Regex.Match(section, $"```{language}\\n(.*?)```", RegexOptions.Singleline);
        Assert.True(match.Success, $"no ```{language} block in:\n{section}");
        return match.Groups[1].Value;
    }
}
