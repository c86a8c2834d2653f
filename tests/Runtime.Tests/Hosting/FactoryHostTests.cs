using AiFactory.Core.Protocol;
using AiFactory.Hosting;
using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Runtime.Tests.Hosting;

public sealed class FactoryHostTests : IDisposable
{
    private readonly GovernedFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private (int ExitCode, string[] Lines) Run(params string[] args)
    {
        var output = new StringWriter();
        int exit = FactoryHost.Run(args, typeof(FactoryHostTests).Assembly, output);
        return (exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private string[] Args(string command, string? manifest = null) => new[]
    {
        command, "--manifest", manifest ?? _folder.ManifestPath, "--output", _folder.Output, "--state", _folder.State,
        "--training-fingerprint", "t", "--evaluation-fingerprint", "e",
    };

    [Fact]
    public void Problems_reach_the_build_as_protocol_diagnostics_and_exit_1()
    {
        // This test assembly holds several pipeline classes on purpose.
        var (exit, lines) = Run(Args("train"));
        Assert.Equal(1, exit);
        Diagnostic diagnostic = Assert.Single(lines.Select(RunnerProtocol.ParseDiagnostic).OfType<Diagnostic>());
        Assert.Equal(DiagnosticIds.MultiplePipelines, diagnostic.Code);
        Assert.Equal(_folder.ManifestPath, diagnostic.Location!.File);
        Assert.Equal(new[] { "train" }, File.ReadAllLines(Path.Combine(_folder.State, OutputFiles.RunLog)).Select(l => l.Split(' ')[0]));
    }

    [Fact]
    public void A_missing_manifest_is_reported_once()
    {
        var (exit, lines) = Run(Args("evaluate", Path.Combine(_folder.Folder, "nope.json")));
        Assert.Equal(1, exit);
        Assert.Equal(DiagnosticIds.ManifestNotFound, Assert.Single(lines.Select(RunnerProtocol.ParseDiagnostic).OfType<Diagnostic>()).Code);
    }

    [Fact]
    public void Evaluating_without_a_trained_model_asks_for_training()
    {
        var (exit, lines) = Run(Args("evaluate"));
        Assert.Equal(1, exit);
        Assert.Equal(DiagnosticIds.StaleResults, Assert.Single(lines.Select(RunnerProtocol.ParseDiagnostic).OfType<Diagnostic>()).Code);
        Assert.False(File.Exists(Path.Combine(_folder.State, OutputFiles.EvaluationRecord)));
    }

    [Fact]
    public void Bad_usage_exits_2_with_the_usage()
    {
        var (exit, lines) = Run("predict");
        Assert.Equal(2, exit);
        Assert.Contains("Usage", string.Join("\n", lines));
    }
}
