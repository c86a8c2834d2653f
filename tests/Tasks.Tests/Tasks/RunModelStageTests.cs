using System.Diagnostics;

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

    private RunModelStage Stage(RecordingBuildEngine engine, string dotnet, int timeoutSeconds = 0) => new()
    {
        BuildEngine = engine,
        Stage = "train",
        ModelAssemblyPath = Path.Combine(_folder, "Model.dll"),
        ManifestPath = Path.Combine(_folder, "aifactory.json"),
        OutputPath = _folder,
        StatePath = _folder,
        DotnetHostPath = dotnet,
        TimeoutSeconds = timeoutSeconds,
    };

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
}
