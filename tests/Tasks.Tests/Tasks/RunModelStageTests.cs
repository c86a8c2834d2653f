using System.Diagnostics;
using AiFactory.Core.Protocol;

namespace AiFactory.Build.Tasks.Tests.Tasks;

/// <summary>The stage runner stops on Ctrl+C and at its time limit, and relays the runner's diagnostics.</summary>
public sealed class RunModelStageTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "aif-stage-" + Guid.NewGuid().ToString("N"));

    public RunModelStageTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A stand-in for `dotnet`: a script that runs <paramref name="body"/> whatever its arguments.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private string FakeDotnet(string body)
    {
        string path = Path.Combine(_folder, "fake-dotnet.sh");
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    private RunModelStage Stage(RecordingBuildEngine engine, string dotnet, int timeoutSeconds = 0, string stage = "train")
    {
        string prepared = Path.Combine(_folder, "prepared.state");
        var arguments = new StageArguments
        {
            ManifestPath = Path.Combine(_folder, "aifactory.json"),
            OutputPath = Path.Combine(_folder, "out folder"),
            StatePath = _folder,
            TrainingFingerprint = "t1",
            EvaluationFingerprint = "e2",
            UncertaintyFingerprint = "u3",
            PackageVersion = "1.2.3",
            AllowedDataRoots = new[] { "/a", "/b c" },
        };
        File.WriteAllText(prepared, new PreparedState("mlnet", arguments).ToText());
        return new RunModelStage
        {
            BuildEngine = engine,
            Stage = stage,
            ModelAssemblyPath = Path.Combine(_folder, "Model.dll"),
            PreparedStateFile = prepared,
            DotnetHostPath = dotnet,
            TimeoutSeconds = timeoutSeconds,
        };
    }

    [Fact]
    public async Task Cancelling_stops_the_running_stage_at_once()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var engine = new RecordingBuildEngine();
        RunModelStage stage = Stage(engine, FakeDotnet("sleep 60"));
        var clock = Stopwatch.StartNew();
        Task<bool> run = Task.Run(stage.Execute);
        await Task.Delay(1000);
        stage.Cancel();
        Task finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(20)));
        Assert.True(finished == run, "the stage did not stop after Cancel");
        Assert.False(await run);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30));
        Assert.DoesNotContain(engine.Errors, e => e.Code == "AIF4010");
    }

    [Fact]
    public void A_stage_past_its_limit_is_stopped_with_AIF4010()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var engine = new RecordingBuildEngine();
        var clock = Stopwatch.StartNew();
        Assert.False(Stage(engine, FakeDotnet("sleep 60"), timeoutSeconds: 1).Execute());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30));
        Assert.Contains(engine.Errors, e => e.Code == "AIF4010");
    }

    [Fact]
    public void Runner_diagnostics_become_located_errors_without_a_generic_exit_code_error()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var engine = new RecordingBuildEngine();
        string dotnet = FakeDotnet("printf '##aifactory[progress]\\treading data\\n'; " +
            "printf '##aifactory[diagnostic]\\terror\\tAIF3004\\t/d/test.csv\\t4\\t7\\tvalue is not a number\\n'; exit 1");
        Assert.False(Stage(engine, dotnet).Execute());
        var error = Assert.Single(engine.Errors);
        Assert.Equal("AIF3004", error.Code);
        Assert.Equal("/d/test.csv", error.File);
        Assert.Equal(4, error.LineNumber);
        Assert.Equal(7, error.ColumnNumber);
        Assert.EndsWith("AIF3004.md", error.HelpLink);
        Assert.Contains(engine.Messages, m => m.Message == "AiFactory: reading data" && m.Importance == Microsoft.Build.Framework.MessageImportance.High);
    }

    [Fact]
    public void A_runner_that_fails_without_a_diagnostic_still_fails_the_build()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var engine = new RecordingBuildEngine();
        Assert.False(Stage(engine, FakeDotnet("exit 3")).Execute());
        Assert.NotEmpty(engine.Errors);
    }

    [Theory]
    [InlineData("train")]
    [InlineData("evaluate")]
    [InlineData("estimate-uncertainty")]
    public void The_runner_receives_the_prepared_arguments_exactly_for_every_stage(string stage)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // The stand-in prints each argument it received on a line of its own, as the host would read them.
        string received = Path.Combine(_folder, "received.txt");
        var engine = new RecordingBuildEngine();
        Assert.True(Stage(engine, FakeDotnet($"for a in \"$@\"; do printf '%s\\n' \"$a\"; done > '{received}'"), stage: stage).Execute());
        string[] lines = File.ReadAllText(received).Split('\n')[..^1];
        Assert.Equal("exec", lines[0]);
        Assert.Equal(Path.Combine(_folder, "Model.dll"), lines[1]);
        StageArguments parsed = StageArguments.Parse(lines[2..]);
        StageArguments expected = PreparedState.ReadFrom(Path.Combine(_folder, "prepared.state")).Arguments.For(stage);
        Assert.Equal(expected.ToArguments(), parsed.ToArguments());
        Assert.Equal(Path.Combine(_folder, "out folder"), parsed.OutputPath);
        Assert.Equal("", parsed.RepositoryRoot ?? "");
    }

    [Fact]
    public void An_unknown_stage_is_refused()
    {
        var engine = new RecordingBuildEngine();
        Assert.False(Stage(engine, "/bin/true", stage: "predict").Execute());
        Assert.Contains(engine.Errors, e => e.Message!.Contains("unknown stage"));
    }
}
