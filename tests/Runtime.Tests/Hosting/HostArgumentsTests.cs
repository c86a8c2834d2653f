using AiFactory.Hosting;

namespace AiFactory.Runtime.Tests.Hosting;

public sealed class HostArgumentsTests
{
    [Fact]
    public void Every_option_is_read()
    {
        HostArguments a = HostArguments.Parse(new[]
        {
            "evaluate", "--manifest", "m.json", "--output", "out", "--state", "state", "--training-fingerprint", "t",
            "--evaluation-fingerprint", "e", "--package-version", "1.0", "--repository-root", "/repo", "--allowed-data-roots", "/a; /b",
        });
        Assert.Equal("evaluate", a.Command);
        Assert.Equal("m.json", a.ManifestPath);
        Assert.Equal("out", a.OutputPath);
        Assert.Equal("state", a.StatePath);
        Assert.Equal("t", a.TrainingFingerprint);
        Assert.Equal("e", a.EvaluationFingerprint);
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
        var e = Assert.Throws<ArgumentException>(() => HostArguments.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Contains("Usage", e.Message);
    }

    [Fact]
    public void An_empty_repository_root_means_none()
    {
        Assert.Null(HostArguments.Parse(new[] { "train", "--manifest", "m", "--output", "o", "--state", "s", "--repository-root", "" }).RepositoryRoot);
    }
}
