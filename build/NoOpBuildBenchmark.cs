using System.Globalization;

namespace AiFactory.BuildTool;

/// <summary>
/// Measures the cost the package adds to a no-op build: a governed model project's no-op `dotnet build` against a
/// plain console project's (and a console project referencing only ML.NET, to tell the package's references from its
/// targets), in rotating order (so machine noise hits all alike), restore off, node reuse held fixed, medians and ratios.
/// The governed project guards its sensitive attribute with a fairness gate, so its gates pass with nothing to report
/// and the check is skipped; the sample as it is (a sensitive attribute and no fairness gate) keeps warning AIF5014,
/// which the check reports again on every build, and is timed beside it to show what a standing warning costs.
/// </summary>
public static class NoOpBuildBenchmark
{
    public static int Run(int runs, TextWriter log)
    {
        var dotnet = new DotnetCli();
        string version = Packer.NewLocalVersion("bench");
        log.WriteLine($"Packing AiFactory.Build {version}");
        Packer.PackAll(RepositoryPaths.Packages, version, dotnet, log);
        string work = Path.Combine(Path.GetTempPath(), "aifactory-bench-" + Path.GetRandomFileName().Replace(".", ""));
        GovernedProjectScaffold.WriteNuGetConfig(work, RepositoryPaths.Packages);
        string warned = GovernedProjectScaffold.Create(work, "LoanApproval", version, dotnet, log);
        string governed = GovernedProjectScaffold.Create(work, "GuardedLoan", version, dotnet, log);
        string manifest = Path.Combine(governed, "aifactory.json");
        const string business = "\"business\": { \"maxCostPer1000\": 90000 }";
        string text = File.ReadAllText(manifest);
        if (!text.Contains(business, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"the sample manifest no longer has {business}: update the benchmark");
        }

        File.WriteAllText(manifest, text.Replace(business, business + ",\n    \"fairness\": { \"demographicParityRatio\": { \"min\": 0.5 } }", StringComparison.Ordinal));
        string console = Path.Combine(work, "PlainConsole");
        Require(dotnet.Run(work, "new", "console", "-n", "PlainConsole", "-o", console), "dotnet new console");

        // A console project with only ML.NET: attributes the gap between the two to the package's references or to its targets.
        string mlConsole = Path.Combine(work, "MlConsole");
        Require(dotnet.Run(work, "new", "console", "-n", "MlConsole", "-o", mlConsole), "dotnet new console");
        Require(dotnet.Run(mlConsole, "add", "package", "Microsoft.ML", "--version", MicrosoftMLVersion()), "dotnet add package Microsoft.ML");

        try
        {
            foreach (string project in new[] { governed, warned, console, mlConsole })
            {
                // The first build restores, compiles and (for the governed project) trains and evaluates.
                Require(dotnet.Run(project, "build", "-nologo", "-tl:off", "-v:q"), "first build of " + project);
            }

            log.WriteLine();
            log.WriteLine($"| node reuse | governed no-op | console no-op | ratio | console + ML.NET no-op | governed ÷ console + ML.NET | governed, standing warning | ÷ console |");
            log.WriteLine("|---|---|---|---|---|---|---|---|");
            foreach (bool nodeReuse in new[] { false, true })
            {
                var timed = new Dictionary<string, List<double>> { [governed] = new(), [warned] = new(), [console] = new(), [mlConsole] = new() };
                string[] arguments = { "build", "--no-restore", "-nologo", "-tl:off", "-v:q", nodeReuse ? "-nr:true" : "-nr:false" };
                DotnetCli cli = dotnet.With("MSBUILDDISABLENODEREUSE", nodeReuse ? null : "1");
                foreach (string project in timed.Keys)
                {
                    Require(cli.Run(project, arguments), "warm-up"); // warm the file cache and, with reuse, the nodes
                }

                for (int i = 0; i < runs; i++)
                {
                    // Rotate the order so that no project always runs first (or after the same one).
                    string[] order = { governed, warned, console, mlConsole };
                    foreach (string project in order.Skip(i % order.Length).Concat(order.Take(i % order.Length)))
                    {
                        CommandResult result = cli.Run(project, arguments);
                        Require(result, "no-op build");
                        timed[project].Add(result.Elapsed.TotalSeconds);
                    }
                }

                double g = Median(timed[governed]), w = Median(timed[warned]), c = Median(timed[console]), m = Median(timed[mlConsole]);
                log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {(nodeReuse ? "on" : "off")} | {g:F3} s | {c:F3} s | **{g / c:F3}** | {m:F3} s | {g / m:F3} | {w:F3} s | {w / c:F3} |"));
            }

            log.WriteLine();
            foreach (string project in new[] { governed, warned })
            {
                string runLog = Path.Combine(project, "obj", "Debug", "net10.0", "aifactory", "runs.log");
                log.WriteLine($"Stages run in {Path.GetFileName(project)} during the whole benchmark: {string.Join(", ", File.ReadAllLines(runLog).Select(l => l.Split(' ')[0]))} (all at the first build)");
            }
            return 0;
        }
        finally
        {
            dotnet.Run(work, "build-server", "shutdown");
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static string MicrosoftMLVersion()
    {
        var props = System.Xml.Linq.XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Packages.props"));
        return props.Descendants("MicrosoftMLVersion").Single().Value;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
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
