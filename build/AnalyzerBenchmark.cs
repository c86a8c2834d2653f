using System.Globalization;
using System.Text.RegularExpressions;

namespace AiFactory.BuildTool;

/// <summary>
/// Measures what the package's analyzers add to compile time: a governed model project with 200 generated files of
/// ML.NET code is compiled with the analyzers and without them (<c>-p:AiFactoryEnableAnalyzers=false</c>), in
/// alternating order (with/without, then without/with, ...), with restore off and node reuse off. Every build is
/// forced to recompile by touching one source file first; the figure is the compiler's own time (MSBuild's Csc task
/// in <c>-clp:PerformanceSummary</c>), whose median ratio is reported, beside whole-build wall-clock times. Measured
/// with the compiler server (the default of `dotnet build`) and without it (a fresh compiler process per build).
/// </summary>
public static partial class AnalyzerBenchmark
{
    /// <summary>The number of generated files.</summary>
    public const int Files = 200;

    public static int Run(int runs, TextWriter log)
    {
        var dotnet = new DotnetCli();
        string version = Packer.NewLocalVersion("bench");
        log.WriteLine($"Packing AiFactory.Build {version}");
        Packer.PackAll(RepositoryPaths.Packages, version, dotnet, log);
        string work = Path.Combine(Path.GetTempPath(), "aifactory-bench-analyzers-" + Path.GetRandomFileName().Replace(".", ""));
        GovernedProjectScaffold.WriteNuGetConfig(work, RepositoryPaths.Packages);
        string project = GovernedProjectScaffold.Create(work, "LoanApproval", version, dotnet, log);
        IReadOnlyList<string> sources = GeneratedModelProject.WriteSources(project, Files);
        log.WriteLine($"  generated {sources.Count} files under {Path.Combine(project, "Generated")}");

        try
        {
            // Restores, compiles, trains and evaluates once; the timed builds only recompile (the model's bytes do not
            // change, so nothing retrains).
            CommandResult first = dotnet.Run(project, "build", "-nologo", "-tl:off", "-v:minimal");
            Require(first, "first build");
            string[] findings = first.WarningLines.Where(l => l.Contains(" AIF1", StringComparison.Ordinal)).ToArray();
            if (findings.Length != 1 || !findings[0].Contains("warning AIF1001", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("the generated project should have exactly one finding (AIF1001), but has:\n" + string.Join("\n", findings));
            }


            log.WriteLine();
            log.WriteLine("| compiler server | compile with analyzers | compile without | **ratio** | median of round ratios | build with | build without | build ratio |");
            log.WriteLine("|---|---|---|---|---|---|---|---|");
            var raw = new List<string>();
            foreach (bool server in new[] { true, false })
            {
                // A compiler server of this benchmark's own (its pipe name), so other builds on the machine neither
                // warm it nor share it; stopped when its runs are done.
                string serverId = "aifactory-bench-" + Path.GetRandomFileName().Replace(".", "");
                var timed = new Dictionary<bool, (List<double> Compile, List<double> Build)>
                {
                    [true] = (new List<double>(), new List<double>()),
                    [false] = (new List<double>(), new List<double>()),
                };

                // One untimed build of each to warm the disk cache (and, with the server on, the server).
                foreach (bool analyzers in new[] { true, false })
                {
                    Measure(dotnet, project, sources[0], analyzers, server, serverId);
                }

                for (int i = 0; i < runs; i++)
                {
                    // with/without in even rounds, without/with in odd ones: neither always goes first.
                    foreach (bool analyzers in i % 2 == 0 ? new[] { true, false } : new[] { false, true })
                    {
                        (double compile, double build) = Measure(dotnet, project, sources[(i * 2 + (analyzers ? 1 : 0)) % sources.Count], analyzers, server, serverId);
                        timed[analyzers].Compile.Add(compile);
                        timed[analyzers].Build.Add(build);
                    }
                }

                raw.Add(string.Create(CultureInfo.InvariantCulture,
                    $"compiler server {(server ? "on" : "off")}: compile with [{string.Join(", ", timed[true].Compile.Select(v => v.ToString("F2", CultureInfo.InvariantCulture)))}], without [{string.Join(", ", timed[false].Compile.Select(v => v.ToString("F2", CultureInfo.InvariantCulture)))}]"));
                if (server)
                {
                    StopCompilerServer(serverId);
                }

                double withCompile = Median(timed[true].Compile), withoutCompile = Median(timed[false].Compile);
                double withBuild = Median(timed[true].Build), withoutBuild = Median(timed[false].Build);
                // Each round's two builds ran back to back, so their ratio is immune to load that drifts over the run.
                double roundRatio = Median(timed[true].Compile.Zip(timed[false].Compile, (with, without) => with / without).ToList());
                log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {(server ? "on" : "off")} | {withCompile:F3} s | {withoutCompile:F3} s | **{withCompile / withoutCompile:F3}** | {roundRatio:F3} | {withBuild:F3} s | {withoutBuild:F3} s | {withBuild / withoutBuild:F3} |"));
            }

            log.WriteLine();
            log.WriteLine($"{runs} timed builds per cell, medians; {Files} generated files plus the sample pipeline. Compile times in run order (s):");
            foreach (string line in raw)
            {
                log.WriteLine("  " + line);
            }

            return 0;
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    // One forced recompile: the compiler's time (the Csc task) and the whole build's wall-clock time, in seconds.
    private static (double Compile, double Build) Measure(DotnetCli dotnet, string project, string touch, bool analyzers, bool server, string serverId)
    {
        File.SetLastWriteTimeUtc(touch, DateTime.UtcNow);
        CommandResult result = dotnet.Run(project, "build", "--no-restore", "-nologo", "-tl:off", "-v:q", "-nr:false", "-clp:PerformanceSummary",
            $"-p:AiFactoryEnableAnalyzers={(analyzers ? "true" : "false")}",
            $"-p:UseSharedCompilation={(server ? "true" : "false")}",
            $"-p:SharedCompilationId={serverId}");
        Require(result, "timed build");
        if (result.Output.Contains("warning AIF1001", StringComparison.Ordinal) != analyzers)
        {
            throw new InvalidOperationException($"a build {(analyzers ? "with" : "without")} the analyzers {(analyzers ? "did not report" : "reported")} the project's AIF1001:\n{result.Output}");
        }

        Match csc = CscTime().Match(result.Output);
        if (!csc.Success)
        {
            throw new InvalidOperationException("the build did not compile (no Csc task in its performance summary):\n" + result.Output);
        }

        return (int.Parse(csc.Groups[1].Value, CultureInfo.InvariantCulture) / 1000.0, result.Elapsed.TotalSeconds);
    }

    // Stops the compiler server this benchmark started (found by its pipe name; Linux only, elsewhere it exits by itself
    // when idle). Other builds' servers are left alone.
    private static void StopCompilerServer(string serverId)
    {
        foreach (System.Diagnostics.Process process in System.Diagnostics.Process.GetProcessesByName("VBCSCompiler"))
        {
            string commandLine = Path.Combine("/proc", process.Id.ToString(CultureInfo.InvariantCulture), "cmdline");
            try
            {
                if (File.Exists(commandLine) && File.ReadAllText(commandLine).Contains(serverId, StringComparison.Ordinal))
                {
                    process.Kill();
                }
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is InvalidOperationException)
            {
                // Gone already, or not readable: nothing to stop.
            }
        }

        // On Unix the server's pipe is a socket file named after it in the temporary folder; a stopped server leaves it.
        string socket = Path.Combine(Path.GetTempPath(), serverId);
        if (File.Exists(socket))
        {
            File.Delete(socket);
        }
    }

    // "     4251 ms  Csc                                        1 calls" in the task performance summary.
    [GeneratedRegex(@"^\s*(\d+) ms\s+Csc\s+1 calls", RegexOptions.Multiline)]
    private static partial Regex CscTime();

    private static double Median(List<double> values)
    {
        double[] sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static void Require(CommandResult result, string what)
    {
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{what} failed (exit {result.ExitCode}):\n{result.Output}");
        }
    }
}
