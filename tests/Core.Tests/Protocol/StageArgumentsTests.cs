using AiFactory.Core.Protocol;

namespace AiFactory.Core.Tests.Protocol;

public sealed class StageArgumentsTests
{
    private static StageArguments Everything(string stage) => new()
    {
        Stage = stage,
        ManifestPath = "/p/aifactory.json",
        OutputPath = "/p/bin/aifactory",
        StatePath = "/p/obj/aifactory",
        TrainingFingerprint = "t1",
        EvaluationFingerprint = "e2",
        UncertaintyFingerprint = "u3",
        PackageVersion = "1.0.0-local.1",
        RepositoryRoot = "/p",
        AllowedDataRoots = new[] { "/a", "/b" },
    };

    [Fact]
    public void Every_option_is_read()
    {
        StageArguments a = StageArguments.Parse(new[]
        {
            "evaluate", "--manifest", "m.json", "--output", "out", "--state", "state", "--training-fingerprint", "t",
            "--evaluation-fingerprint", "e", "--uncertainty-fingerprint", "u", "--package-version", "1.0",
            "--repository-root", "/repo", "--allowed-data-roots", "/a; /b",
        });
        Assert.Equal("evaluate", a.Stage);
        Assert.Equal("m.json", a.ManifestPath);
        Assert.Equal("out", a.OutputPath);
        Assert.Equal("state", a.StatePath);
        Assert.Equal("t", a.TrainingFingerprint);
        Assert.Equal("e", a.EvaluationFingerprint);
        Assert.Equal("u", a.UncertaintyFingerprint);
        Assert.Equal("1.0", a.PackageVersion);
        Assert.Equal("/repo", a.RepositoryRoot);
        Assert.Equal(new[] { "/a", "/b" }, a.AllowedDataRoots);
    }

    [Theory]
    [InlineData("")]
    [InlineData("predict --manifest m --output o --state s")]
    [InlineData("train --manifest m --output o")]
    [InlineData("train --manifest m --output o --state s --bogus x")]
    [InlineData("train --manifest")]
    public void Bad_command_lines_explain_the_usage(string line)
    {
        var e = Assert.Throws<ArgumentException>(() => StageArguments.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Contains("Usage", e.Message);
    }

    [Fact]
    public void An_empty_repository_root_means_none()
    {
        Assert.Null(StageArguments.Parse(new[] { "train", "--manifest", "m", "--output", "o", "--state", "s", "--repository-root", "" }).RepositoryRoot);
    }

    [Fact]
    public void The_usage_names_every_stage_and_option()
    {
        foreach (ModelStage stage in ModelStage.All)
        {
            Assert.Contains(stage.Name, StageArguments.Usage);
        }

        foreach (StageOption option in StageArguments.Options)
        {
            Assert.Contains(option.Name, StageArguments.Usage);
        }
    }

    [Theory]
    [InlineData("train")]
    [InlineData("evaluate")]
    [InlineData("estimate-uncertainty")]
    public void What_the_build_writes_the_host_reads_back_for_every_stage(string stage)
    {
        StageArguments written = Everything(stage);
        StageArguments read = StageArguments.Parse(written.ToArguments());
        Assert.Equal(written.ToArguments(), read.ToArguments());
        Assert.Equal(stage, read.Stage);
        Assert.Equal("u3", read.UncertaintyFingerprint);
        Assert.Equal(new[] { "/a", "/b" }, read.AllowedDataRoots);
    }

    [Fact]
    public void Empty_values_are_written_as_arguments_and_read_back_empty()
    {
        var written = new StageArguments { Stage = "train", ManifestPath = "m", OutputPath = "o", StatePath = "s" };
        IReadOnlyList<string> arguments = written.ToArguments();
        Assert.Equal(1 + 2 * StageArguments.Options.Count, arguments.Count);
        StageArguments read = StageArguments.Parse(arguments);
        Assert.Equal("", read.TrainingFingerprint);
        Assert.Null(read.RepositoryRoot);
        Assert.Empty(read.AllowedDataRoots);
    }

    [Fact]
    public void The_prepared_state_carries_every_argument_and_the_source()
    {
        var state = new PreparedState("mlnet", Everything(""));
        string text = state.ToText();
        PreparedState read = PreparedState.Parse(text);
        Assert.Equal("mlnet", read.Source);
        Assert.Equal(state.Arguments.For("train").ToArguments(), read.Arguments.For("train").ToArguments());
        // The two keys the targets read with a regular expression, each on a line of its own.
        Assert.Contains("\nsource=mlnet\n", "\n" + text);
        Assert.Contains("\nuncertaintyFingerprint=u3\n", "\n" + text);
    }

    [Fact]
    public void Option_names_and_state_keys_are_unique()
    {
        Assert.Equal(StageArguments.Options.Count, StageArguments.Options.Select(o => o.Name).Distinct().Count());
        Assert.Equal(StageArguments.Options.Count + 1,
            StageArguments.Options.Select(o => o.StateKey).Append(PreparedState.SourceKey).Distinct().Count());
    }
}
