using AiFactory.Manifest.Json;

namespace AiFactory.BuildTool;

/// <summary>
/// The Quick start demo: packs the packages, installs the templates into an isolated hive, creates a governed model with
/// `dotnet new aifactory-model` outside the repository, builds it (the model passes its gates), then raises the auc
/// threshold above what the model reaches and builds again (the build fails at that manifest line), and finally runs
/// the tests with gates demoted to warnings (every gate a test case; the raised one fails). Exits 0 only when all of
/// that happened exactly so.
/// </summary>
public static class Demo
{
    /// <summary>The threshold the failing variant sets: far above what the sample model reaches.</summary>
    private const string FailingAuc = "0.95";

    public static int Run(bool keep, TextWriter log)
    {
        var dotnet = new DotnetCli();
        string version = Packer.NewLocalVersion("demo");
        log.WriteLine($"1. Packing AiFactory.Build, AiFactory.Testing and AiFactory.Templates {version} into {RepositoryPaths.Packages}");
        Packer.PackAll(RepositoryPaths.Packages, version, dotnet, log);

        string work = Path.Combine(Path.GetTempPath(), "aifactory-demo-" + Path.GetRandomFileName().Replace(".", ""));
        GovernedProjectScaffold.WriteNuGetConfig(work, RepositoryPaths.Packages);
        try
        {
            log.WriteLine($"2. dotnet new install AiFactory.Templates (isolated hive) and dotnet new aifactory-model -n LoanApproval in {work}");
            TemplateHive hive = TemplateHive.Install(
                Packer.PackagePath(RepositoryPaths.Packages, "AiFactory.Templates", version), Path.Combine(work, ".template-hive"), dotnet);
            string solution = hive.NewModel(work, "LoanApproval");
            return BuildBothAndTest(solution, Path.Combine(solution, "LoanApproval"), dotnet, log);
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

    private static int BuildBothAndTest(string solution, string project, DotnetCli dotnet, TextWriter log)
    {
        log.WriteLine("3. dotnet build: trains the model, evaluates it on held-out data, checks its gates");
        CommandResult good = dotnet.Run(solution, "build", "-nologo", "-tl:off", "-v:minimal");
        foreach (string diagnostic in good.WarningLines.Concat(good.ErrorLines).Where(l => l.Contains("AIF", StringComparison.Ordinal)))
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

        string manifest = Path.Combine(project, "aifactory.json");
        (int line, int column) = ManifestEdit.SetNumber(manifest, "gates.metrics.auc.min", FailingAuc);
        log.WriteLine($"4. Raising the auc minimum to {FailingAuc} (aifactory.json line {line}) and building again");
        CommandResult bad = dotnet.Run(solution, "build", "-nologo", "-tl:off", "-v:minimal");
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

        log.WriteLine("5. dotnet test -p:AiFactoryGateSeverity=warning: builds past the failed gate; every gate is a test case");
        CommandResult tests = dotnet.Run(solution, "test", "-nologo", "-tl:off", "-p:AiFactoryGateSeverity=warning", "--logger", "console;verbosity=normal");
        string[] gateLines = tests.Output.Split('\n').Select(l => l.Trim())
            .Where(l => (l.StartsWith("Passed ", StringComparison.Ordinal) || l.StartsWith("Failed ", StringComparison.Ordinal)) && l.Contains("(gate: ", StringComparison.Ordinal))
            .ToArray();
        foreach (string l in gateLines)
        {
            log.WriteLine("   " + l);
        }

        bool aucTestFailed = gateLines.Any(l => l.StartsWith("Failed ", StringComparison.Ordinal) && l.Contains("\"metrics.auc.min\"", StringComparison.Ordinal));
        bool othersPassed = gateLines.Length > 1 && gateLines
            .Where(l => !l.Contains("\"metrics.auc.min\"", StringComparison.Ordinal))
            .All(l => l.StartsWith("Passed ", StringComparison.Ordinal));
        if (tests.ExitCode == 0 || !aucTestFailed || !othersPassed || !tests.Output.Contains($"aifactory.json:line {line}", StringComparison.Ordinal))
        {
            log.WriteLine($"   FAILED: expected the test metrics.auc.min to fail at aifactory.json line {line} (exit {tests.ExitCode})\n{tests.Output}");
            return 1;
        }

        log.WriteLine($"   the gate test metrics.auc.min failed at aifactory.json line {line}; the other gates passed.");
        log.WriteLine("Demo passed: a model that meets its gates builds; one that misses a threshold fails the build, and its gate test says where.");
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
