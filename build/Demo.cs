using AiFactory.Manifest.Json;

namespace AiFactory.BuildTool;

/// <summary>
/// The Quick start demo: packs AiFactory.Build, scaffolds a governed model project outside the repository, builds
/// it (the model passes its gates), then raises a threshold the model misses and builds again (the build fails at
/// that manifest line). Exits 0 only when both happened exactly so.
/// </summary>
public static class Demo
{
    /// <summary>The threshold the failing variant sets, far above what the sample model reaches.</summary>
    private const string PassingAucLine = "\"auc\": { \"min\": 0.75 }";
    private const string FailingAucLine = "\"auc\": { \"min\": 0.95 }";

    public static int Run(bool keep, TextWriter log)
    {
        var dotnet = new DotnetCli();
        string version = Packer.NewLocalVersion("demo");
        log.WriteLine($"1. Packing AiFactory.Build {version} into {RepositoryPaths.Packages}");
        Packer.PackAll(RepositoryPaths.Packages, version, dotnet, log);

        string work = Path.Combine(Path.GetTempPath(), "aifactory-demo-" + Path.GetRandomFileName().Replace(".", ""));
        GovernedProjectScaffold.WriteNuGetConfig(work, RepositoryPaths.Packages);
        log.WriteLine($"2. Scaffolding a governed model project in {work}");
        string project = GovernedProjectScaffold.Create(work, "LoanApproval", version, dotnet, log);
        try
        {
            return BuildBoth(project, dotnet, log);
        }
        finally
        {
            if (keep)
            {
                log.WriteLine($"Kept {work}");
            }
            else
            {
                TryDelete(work);
            }
        }
    }

    private static int BuildBoth(string project, DotnetCli dotnet, TextWriter log)
    {
        log.WriteLine("3. dotnet build: trains the model, evaluates it on held-out data, checks its gates");
        CommandResult good = dotnet.Run(project, "build", "-nologo", "-tl:off", "-v:minimal");
        foreach (string diagnostic in good.WarningLines.Concat(good.ErrorLines))
        {
            log.WriteLine("   " + diagnostic);
        }

        string results = Path.Combine(project, "bin", "Debug", "net10.0", "aifactory", "results.json");
        if (good.ExitCode != 0 || !File.Exists(results))
        {
            log.WriteLine($"   FAILED: the passing model's build exited {good.ExitCode}\n{good.Output}");
            return 1;
        }

        log.WriteLine($"   build succeeded in {good.Elapsed.TotalSeconds:F1} s; gates from {Path.GetRelativePath(project, results)}:");
        PrintGates(results, log);

        string manifestPath = Path.Combine(project, "aifactory.json");
        string manifest = File.ReadAllText(manifestPath);
        if (!manifest.Contains(PassingAucLine, StringComparison.Ordinal))
        {
            log.WriteLine($"   FAILED: the sample manifest no longer contains {PassingAucLine}");
            return 1;
        }

        File.WriteAllText(manifestPath, manifest.Replace(PassingAucLine, FailingAucLine, StringComparison.Ordinal));
        (int line, int column) = PositionOf(File.ReadAllText(manifestPath), "0.95");
        log.WriteLine($"4. Raising the auc minimum to 0.95 (aifactory.json line {line}) and building again");
        CommandResult bad = dotnet.Run(project, "build", "-nologo", "-tl:off", "-v:minimal");
        string expected = $"aifactory.json({line},{column}): error AIF4001:";
        string? errorLine = bad.ErrorLines.FirstOrDefault(l => l.Contains(expected, StringComparison.Ordinal));
        foreach (string l in bad.ErrorLines)
        {
            log.WriteLine("   " + l);
        }

        if (bad.ExitCode == 0 || errorLine is null)
        {
            log.WriteLine($"   FAILED: expected the build to fail with '{expected}' (exit {bad.ExitCode})\n{bad.Output}");
            return 1;
        }

        log.WriteLine($"   build failed (exit {bad.ExitCode}) at the manifest line that set the threshold, as intended.");
        log.WriteLine("Demo passed: a model that meets its gates builds; one that misses a threshold fails the build.");
        return 0;
    }

    private static void PrintGates(string resultsPath, TextWriter log)
    {
        var root = (JsonObject)JsonReader.Parse(File.ReadAllText(resultsPath));
        if (root["gates"] is not JsonArray gates)
        {
            return;
        }

        foreach (JsonObject gate in gates.Items.OfType<JsonObject>())
        {
            string Text(string key) => gate[key] switch
            {
                JsonString s => s.Value,
                JsonNumber n => n.Value.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture),
                _ => "-",
            };
            log.WriteLine($"   {Text("status"),-7} {Text("id"),-28} {Text("value"),-10} {Text("comparison")} {Text("threshold")}");
        }
    }

    /// <summary>1-based line and character column of the first occurrence of <paramref name="text"/>.</summary>
    public static (int Line, int Column) PositionOf(string content, string text)
    {
        int index = content.IndexOf(text, StringComparison.Ordinal);
        string before = content[..index];
        int line = before.Count(c => c == '\n') + 1;
        int column = index - (before.LastIndexOf('\n') + 1) + 1;
        return (line, column);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
