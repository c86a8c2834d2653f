namespace AiFactory.Templates.Tests;

/// <summary>
/// What the template engine makes of a file's <c>//#if</c> … <c>//#elseif</c> … <c>//#else</c> … <c>//#endif</c>
/// lines for given values of their conditions: the lines of the branches taken, without the directives. A condition
/// not in the table is an error, so a new condition cannot be rendered by accident.
/// </summary>
internal static class LineDirectives
{
    public static string Render(string text, IReadOnlyDictionary<string, bool> conditions)
    {
        bool Holds(string condition) => conditions.TryGetValue(condition.Trim(), out bool value)
            ? value
            : throw new KeyNotFoundException($"no value given for the condition {condition.Trim()}");

        // Per open #if: whether its enclosing block is output, and whether one of its branches was taken.
        var open = new Stack<(bool Outer, bool Taken, bool Active)>();
        bool active = true;
        var kept = new List<string>();
        foreach (string line in text.Split('\n'))
        {
            string directive = line.TrimStart();
            if (directive.StartsWith("//#if ", StringComparison.Ordinal))
            {
                bool holds = active && Holds(directive["//#if ".Length..]);
                open.Push((active, holds, holds));
                active = holds;
            }
            else if (directive.StartsWith("//#elseif ", StringComparison.Ordinal))
            {
                var (outer, taken, _) = open.Pop();
                bool holds = outer && !taken && Holds(directive["//#elseif ".Length..]);
                open.Push((outer, taken || holds, holds));
                active = holds;
            }
            else if (directive.StartsWith("//#else", StringComparison.Ordinal))
            {
                var (outer, taken, _) = open.Pop();
                open.Push((outer, true, outer && !taken));
                active = outer && !taken;
            }
            else if (directive.StartsWith("//#endif", StringComparison.Ordinal))
            {
                active = open.Pop().Outer;
            }
            else if (active)
            {
                kept.Add(line);
            }
        }

        Assert.Empty(open);
        return string.Join('\n', kept);
    }
}
