using System.Text.RegularExpressions;

namespace AiFactory.EndToEnd.Tests;

/// <summary>
/// The fenced code blocks of a Markdown file as a reader sees them: each with its language, its text (a block indented
/// inside a list item loses that indent), the heading it falls under, the prose just before it, and its line.
/// </summary>
public sealed class MarkdownDocument
{
    private static readonly Regex Fence = new(@"^(?<indent> *)```(?<language>[A-Za-z0-9+-]*)\s*$");
    private static readonly Regex Heading = new(@"^#{1,6} +(?<title>.+?)\s*$");

    private MarkdownDocument(string path, IReadOnlyList<MarkdownBlock> blocks)
    {
        Path = path;
        Blocks = blocks;
    }

    public string Path { get; }

    public IReadOnlyList<MarkdownBlock> Blocks { get; }

    public static MarkdownDocument Read(string path)
    {
        string[] lines = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var blocks = new List<MarkdownBlock>();
        string heading = "";
        var prose = new List<string>();
        for (int i = 0; i < lines.Length; i++)
        {
            Match open = Fence.Match(lines[i]);
            if (!open.Success)
            {
                Match title = Heading.Match(lines[i]);
                if (title.Success)
                {
                    heading = title.Groups["title"].Value;
                    prose.Clear();
                }
                else
                {
                    prose.Add(lines[i]);
                }

                continue;
            }

            string indent = open.Groups["indent"].Value;
            int first = i + 1;
            int close = first;
            while (close < lines.Length && lines[close] != indent + "```")
            {
                close++;
            }

            if (close == lines.Length)
            {
                throw new InvalidOperationException($"{path}({i + 1}): the fenced block is never closed");
            }

            string text = string.Join("\n", lines[first..close].Select(l => l.StartsWith(indent, StringComparison.Ordinal) ? l[indent.Length..] : l.TrimStart()));
            blocks.Add(new MarkdownBlock(open.Groups["language"].Value, text + "\n", heading, string.Join("\n", prose).Trim(), i + 1));
            prose.Clear();
            i = close;
        }

        return new MarkdownDocument(path, blocks);
    }

    /// <summary>
    /// The blocks directly under the heading <paramref name="heading"/>, or under one that starts with it and a colon
    /// ("The hub" finds "The hub: `dotnet new aifactory-hub`").
    /// </summary>
    public IReadOnlyList<MarkdownBlock> Under(string heading)
    {
        var blocks = Blocks.Where(b => b.Heading == heading || b.Heading.StartsWith(heading + ":", StringComparison.Ordinal)).ToList();
        Assert.True(blocks.Count > 0, $"{Path}: no fenced block under the heading '{heading}'");
        return blocks;
    }
}

/// <summary>One fenced block: <see cref="Text"/> ends with a line end; <see cref="Line"/> is the opening fence's, 1-based.</summary>
public sealed record MarkdownBlock(string Language, string Text, string Heading, string Prose, int Line);
