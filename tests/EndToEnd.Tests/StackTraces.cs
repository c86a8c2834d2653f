using AiFactory.BuildTool;

namespace AiFactory.EndToEnd.Tests;

/// <summary>What a user must never read in a build's output: a frame of the product's own code.</summary>
internal static class StackTraces
{
    /// <summary>
    /// Fails when any line holds a frame of ours — on a line of its own ("   at AiFactory.…") or after MSBuild's task
    /// failure ("error MSB4018:    at AiFactory.…").
    /// </summary>
    public static void AssertNone(CommandResult result) =>
        Assert.DoesNotContain(result.Output.Split('\n'), l => (" " + l).Contains(" at AiFactory.", StringComparison.Ordinal));
}
