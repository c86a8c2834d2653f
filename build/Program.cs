using AiFactory.BuildTool;

// dotnet run --project build -- demo [--keep]
// dotnet run --project build -- pack [--output <folder>] [--version <version>]
// dotnet run --project build -c Release -- bench-noop [--runs 20]
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
        case "bench-noop":
            return NoOpBuildBenchmark.Run(int.Parse(Option("--runs") ?? "20", System.Globalization.CultureInfo.InvariantCulture), Console.Out);
        default:
            Console.Error.WriteLine("usage: dotnet run --project build -- demo [--keep] | pack [--output <folder>] [--version <version>] | bench-noop [--runs <n>]");
            return 2;
    }
}
catch (InvalidOperationException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
