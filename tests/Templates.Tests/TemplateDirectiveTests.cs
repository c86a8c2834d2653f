using System.Text.RegularExpressions;

namespace AiFactory.Templates.Tests;

/// <summary>
/// The template engine drops the rest of a line that holds a conditional directive (<c>#if</c>, <c>#elseif</c>,
/// <c>#else</c>, <c>#endif</c>): text written after one on the same line never reaches the generated file.
/// </summary>
public sealed class TemplateDirectiveTests
{
    /// <summary>A Markdown/XML directive comment followed by more text on its line: that text is lost.</summary>
    private static readonly Regex TextAfterDirective = new(@"^\s*<!--\s*#(?:if|elseif|else|endif)\b.*?-->\s*(?<rest>\S.*)$");

    public static TheoryData<string> Templates() => new(TemplateSources.All.Keys);

    [Theory]
    [MemberData(nameof(Templates))]
    public void No_text_follows_a_conditional_directive_on_its_line(string template)
    {
        TemplateSources sources = TemplateSources.All[template];
        var swallowed = new List<string>();
        foreach (string file in sources.ContentFiles())
        {
            string[] lines = File.ReadAllLines(Path.Combine(sources.Folder, file));
            for (int i = 0; i < lines.Length; i++)
            {
                Match match = TextAfterDirective.Match(lines[i]);
                if (match.Success) swallowed.Add($"{file}({i + 1}): {match.Groups["rest"].Value}");
            }
        }

        Assert.Empty(swallowed);
    }

    [Theory]
    [InlineData("<!--#endif --> A model that misses a threshold **fails the build**", true)]
    [InlineData("<!--#else -->text", true)]
    [InlineData("<!--#endif -->", false)]
    [InlineData("<!--#if (hub) -->   ", false)]
    [InlineData("A line that mentions <!--#endif --> in the middle", false)]
    public void The_check_finds_text_after_a_directive(string line, bool swallowed) =>
        Assert.Equal(swallowed, TextAfterDirective.IsMatch(line));
}
