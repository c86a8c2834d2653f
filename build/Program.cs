using AiFactory.BuildTool;

// dotnet run --project build -- demo [--keep]
// dotnet run --project build -- pack [--output <folder>] [--version <version>]
// dotnet run --project build -c Release -- bench-noop [--runs 20]
// dotnet run --project build -c Release -- bench-fairness [--rows 1000000] [--runs 7]
// dotnet run --project build -c Release -- bench-analyzers [--runs 20]
// dotnet run --project build -c Release -- bench-profile [--runs 5]
string command = args.Length > 0 ? args[0] : "demo";
string? Option(string name)
{
    int i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

try
{
    switch (command)
    {
        case "demo":
            return Demo.Run(args.Contains("--keep"), Console.Out);
        case "pack":
            string version = Option("--version") ?? Packer.NewLocalVersion();
            string output = Path.GetFullPath(Option("--output") ?? RepositoryPaths.Packages);
            Packer.PackAll(output, version, new DotnetCli(), Console.Out);
            Console.WriteLine($"Packed {version} into {output}");
            return 0;
        case "bench-fairness":
            return FairnessBenchmark.Run(int.Parse(Option("--rows") ?? "1000000", System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(Option("--runs") ?? "7", System.Globalization.CultureInfo.InvariantCulture), Console.Out);
        case "bench-profile":
            return ProfilingBenchmark.Run(int.Parse(Option("--runs") ?? "5", System.Globalization.CultureInfo.InvariantCulture), Console.Out);
        case "bench-noop":
            return NoOpBuildBenchmark.Run(int.Parse(Option("--runs") ?? "20", System.Globalization.CultureInfo.InvariantCulture), Console.Out);
        case "bench-analyzers":
            return AnalyzerBenchmark.Run(int.Parse(Option("--runs") ?? "20", System.Globalization.CultureInfo.InvariantCulture), Console.Out);
        default:
            Console.Error.WriteLine("usage: dotnet run --project build -- demo [--keep] | pack [--output <folder>] [--version <version>] | bench-noop [--runs <n>] | bench-analyzers [--runs <n>] | bench-fairness [--rows <n>] [--runs <n>] | bench-profile [--runs <n>]");
            return 2;
    }
}
catch (InvalidOperationException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
