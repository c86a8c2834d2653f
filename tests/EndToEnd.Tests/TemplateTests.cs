using System.Text.RegularExpressions;
using System.Xml.Linq;
using AiFactory.Manifest.Json;

namespace AiFactory.EndToEnd.Tests;

/// <summary>
/// `dotnet new aifactory-model` as a new user runs it: the packed AiFactory.Templates installed into an isolated hive,
/// instantiated into folders outside the repository, then built and tested with nothing but the packed packages.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class TemplateTests(PackedPackages packages)
{
    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    [Fact]
    public void Default_model_passes_its_CI_then_a_raised_auc_fails_the_build_at_its_line_and_its_gate_test_in_the_trx()
    {
        string solution = packages.Templates.NewModel(Parent(nameof(Default_model_passes_its_CI_then_a_raised_auc_fails_the_build_at_its_line_and_its_gate_test_in_the_trx)),
            "LoanApproval", "--sensitive", " sex, age_band ");
        var project = new GovernedProject(Path.Combine(solution, "LoanApproval"));

        // What the template wrote: this run's package versions, the sensitive attributes in the manifest and the data.
        Assert.Contains($"<PackageReference Include=\"AiFactory.Build\" Version=\"{packages.Version}\" />", File.ReadAllText(Path.Combine(project.Folder, "LoanApproval.csproj")));
        Assert.Contains($"<PackageReference Include=\"AiFactory.Testing\" Version=\"{packages.Version}\" />", File.ReadAllText(Path.Combine(solution, "LoanApproval.Tests", "LoanApproval.Tests.csproj")));
        var manifest = (JsonObject)JsonReader.Parse(File.ReadAllText(project.ManifestPath));
        var data = (JsonObject)manifest["data"]!;
        Assert.Equal(new[] { "sex", "age_band" }, ((JsonArray)data["sensitive"]!).Items.Select(i => ((JsonString)i).Value));
        Assert.Equal(new[] { "income", "debt", "tenure", "region", "sex", "age_band", "tier" }, ((JsonObject)data["columns"]!).Properties.Select(p => p.Name));
        Assert.Equal("income,debt,tenure,region,sex,age_band,tier,approved", File.ReadLines(Path.Combine(project.Folder, "data", "train.csv")).First());
        Assert.Contains("model.Counterfactual(\"sex\")", File.ReadAllText(Path.Combine(solution, "LoanApproval.Tests", "SensitiveAttributeTests.cs")));
        var fairness = (JsonObject)((JsonObject)manifest["gates"]!)["fairness"]!;
        Assert.Equal(new[] { "demographicParityRatio", "equalizedOddsDifference" }, fairness.Properties.Select(p => p.Name));

        // The sample data is exactly what the generator beside it writes (it reads the names from the manifest).
        string regenerated = Path.Combine(solution, "regenerated");
        CommandResult generate = packages.Dotnet.Run(project.Folder, "run", "--file", "data/generate.cs", "--", "--out", regenerated);
        Assert.True(generate.ExitCode == 0, generate.Output);
        foreach (string file in new[] { "train.csv", "test.csv" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(project.Folder, "data", file)), File.ReadAllBytes(Path.Combine(regenerated, file)));
        }

        // Both CI examples run the same commands; run them as written: green out of the box.
        string[] github = CiFile.GitHubCommands(solution);
        string[] azure = CiFile.AzureCommands(solution);
        Assert.Equal(new[] { "build", "test" }, github.Select(c => c.Split(' ')[1]));
        Assert.Equal(github, azure);
        foreach (string command in github)
        {
            Assert.Contains("-p:AiFactoryGateSeverity=warning", command);
            CommandResult ci = packages.Dotnet.Run(solution, CiFile.SplitArguments(command).Skip(1).ToArray());
            Assert.True(ci.ExitCode == 0, command + "\n" + ci.Output);
            Assert.DoesNotContain(ci.WarningLines, l => l.Contains("AIF5014", StringComparison.Ordinal));
        }

        // The artifact folders both CI examples keep hold the results and the test results.
        string releaseResults = Path.Combine(project.Folder, "bin", "Release", "net10.0", "aifactory");
        Assert.Contains("LoanApproval/bin/Release/net10.0/aifactory", File.ReadAllText(Path.Combine(solution, ".github", "workflows", "aifactory.yml")));
        Assert.Contains("targetPath: LoanApproval/bin/Release/net10.0/aifactory", File.ReadAllText(Path.Combine(solution, "azure-pipelines.yml")));
        var release = new GovernedProject(project.Folder, releaseResults);
        Assert.True(GovernedProject.Number(release.Results(), "testRows") == 2000);
        AssertFairnessGatesPassOnTheirOwnFigures(release, "sex", "age_band");
        XDocument ciTrx = XDocument.Load(Assert.Single(Directory.GetFiles(Path.Combine(solution, "TestResults"), "*.trx")));
        Assert.Equal(
            new[]
            {
                "business.maxCostPer1000", "fairness.demographicParityRatio.age_band.min", "fairness.demographicParityRatio.sex.min",
                "fairness.equalizedOddsDifference.age_band.max", "fairness.equalizedOddsDifference.sex.max",
                "metrics.accuracy.min", "metrics.auc.min", "metrics.f1.min",
            },
            GateResults(ciTrx).Select(r => r.Gate).Order(StringComparer.Ordinal));
        Assert.All(TestResults(ciTrx), r => Assert.Equal("Passed", r.Outcome));
        Assert.Contains(TestResults(ciTrx), r => r.Name.EndsWith("SensitiveAttributeTests.Changing_only_the_first_sensitive_attribute_changes_almost_no_decision"));

        // Raising auc above what the model reaches fails the build at that line, and so `dotnet test` at the build.
        (int line, int column) = ManifestEdit.SetNumber(project.ManifestPath, "gates.metrics.auc.min", "0.95");
        var expectedError = new Regex($@"aifactory\.json\({line},{column}\): error AIF4001: auc 0\.\d{{3}} is below the minimum 0\.95 set here \(test set, 2,000 rows\)");
        CommandResult build = packages.Build(solution);
        Assert.Equal(1, build.ExitCode);
        Assert.Matches(expectedError, Assert.Single(build.ErrorLines));
        CommandResult test = packages.Dotnet.Run(solution, "test", "-nologo", "-tl:off");
        Assert.NotEqual(0, test.ExitCode);
        Assert.Contains(test.ErrorLines, l => expectedError.IsMatch(l));
        Assert.DoesNotContain("Total tests", test.Output);

        // Demoted for the whole run: one build of the model, then every gate is a test case; auc's fails in the TRX with its line.
        CommandResult shown = packages.Dotnet.Run(solution, "test", "-nologo", "-tl:off", "-v:minimal",
            "-p:AiFactoryGateSeverity=warning", "--logger", "trx", "--results-directory", "TrxResults");
        Assert.Equal(1, shown.ExitCode);
        Assert.Single(shown.Output.Split('\n'), l => l.Contains("LoanApproval -> ", StringComparison.Ordinal) && l.TrimEnd().EndsWith("LoanApproval.dll", StringComparison.Ordinal));
        Assert.Contains(shown.WarningLines, l => l.Contains($"aifactory.json({line},{column}): warning AIF4001"));
        AssertTrainedAndEvaluatedOnce(project);

        XDocument trx = XDocument.Load(Assert.Single(Directory.GetFiles(Path.Combine(solution, "TrxResults"), "*.trx")));
        var gates = GateResults(trx).ToDictionary(r => r.Gate);
        Assert.Equal(8, gates.Count);
        var auc = gates["metrics.auc.min"];
        Assert.Equal("Failed", auc.Outcome);
        Assert.StartsWith($"AiFactory.Testing.GateFailedException : {project.ManifestPath}({line},{column}): error AIF4001: auc 0.", auc.Message);
        double aucValue = GovernedProject.Number(project.Gate("metrics.auc.min"), "value");
        Assert.Contains($"value {aucValue.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} (auc), threshold >= 0.95, status failed", auc.Message);
        Assert.Equal($"at metrics.auc.min in {project.ManifestPath}:line {line}", auc.StackTrace.Trim());
        Assert.All(gates.Values.Where(g => g.Gate != "metrics.auc.min"), g => Assert.Equal("Passed", g.Outcome));
    }

    [Theory]
    [InlineData("fasttree", "Microsoft.ML.FastTree", "FastTree(new FastTreeBinaryTrainer.Options")]
    [InlineData("lightgbm", "Microsoft.ML.LightGbm", "LightGbm(new LightGbmBinaryTrainer.Options")]
    public void Each_trainer_builds_and_tests_green(string trainer, string package, string trainerCall)
    {
        string solution = packages.Templates.NewModel(Parent(nameof(Each_trainer_builds_and_tests_green) + "-" + trainer), "Churn", "--trainer", trainer);
        var project = new GovernedProject(Path.Combine(solution, "Churn"));
        Assert.Contains($"<PackageReference Include=\"{package}\" Version=\"5.0.1\" />", File.ReadAllText(Path.Combine(project.Folder, "Churn.csproj")));
        string pipeline = File.ReadAllText(Path.Combine(project.Folder, "ChurnPipeline.cs"));
        Assert.Contains(trainerCall, pipeline);
        Assert.Contains("NumberOfThreads = 1,", pipeline);

        // The default sensitive attribute "group" is guarded by the template's two fairness gates: 4 + 2 gate tests and the counterfactual one.
        CommandResult test = packages.Dotnet.Run(solution, "test", "-nologo", "-tl:off");
        Assert.True(test.ExitCode == 0, test.Output);
        Assert.Contains("Passed:     7", test.Output);
        Assert.DoesNotContain(test.WarningLines, l => l.Contains("AIF5014", StringComparison.Ordinal));
        var results = project.Results();
        Assert.True(results["passed"] is JsonBoolean { Value: true });
        Assert.True(GovernedProject.Number(results, "metrics.auc") >= 0.75);
        AssertFairnessGatesPassOnTheirOwnFigures(project, "group");
        AssertTrainedAndEvaluatedOnce(project);
    }

    [Fact]
    public void Predictions_source_governs_the_scored_file_without_training()
    {
        string solution = packages.Templates.NewModel(Parent(nameof(Predictions_source_governs_the_scored_file_without_training)),
            "Scored", "--source", "predictions", "--sensitive", "");
        var project = new GovernedProject(Path.Combine(solution, "Scored"));
        Assert.Equal(new[] { "generate.cs", "scored.csv" }, Directory.GetFiles(Path.Combine(project.Folder, "data")).Select(Path.GetFileName).Order());
        Assert.False(File.Exists(Path.Combine(project.Folder, "ScoredPipeline.cs")));
        Assert.False(File.Exists(Path.Combine(solution, "Scored.Tests", "SensitiveAttributeTests.cs")));
        Assert.DoesNotContain("Microsoft.ML.", File.ReadAllText(Path.Combine(project.Folder, "Scored.csproj")));

        // No sensitive attribute: no fairness gate is written, and none is asked for.
        Assert.DoesNotContain("\"fairness\"", File.ReadAllText(project.ManifestPath));
        CommandResult test = packages.Dotnet.Run(solution, "test", "-nologo", "-tl:off");
        Assert.True(test.ExitCode == 0, test.Output);
        Assert.Contains("Passed:     4", test.Output);
        Assert.DoesNotContain(test.WarningLines, l => l.Contains("AIF5014", StringComparison.Ordinal));
        var results = project.Results();
        Assert.Equal("predictions", GovernedProject.Text(results, "model.source"));
        Assert.Equal(2000, GovernedProject.Number(results, "testRows"));

        // The figures, computed here from the scored file on their own: accuracy at 0.5, and AUC as the share of
        // (positive, negative) pairs ordered right, ties counting half.
        var rows = File.ReadLines(Path.Combine(project.Folder, "data", "scored.csv")).Skip(1).Select(l => l.Split(','))
            .Select(f => (Positive: f[0] == "yes", Score: double.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        double accuracy = rows.Count(r => (r.Score >= 0.5) == r.Positive) / (double)rows.Length;
        double[] positives = rows.Where(r => r.Positive).Select(r => r.Score).ToArray();
        double[] negatives = rows.Where(r => !r.Positive).Select(r => r.Score).ToArray();
        double ordered = positives.Sum(p => negatives.Sum(n => p > n ? 1.0 : p == n ? 0.5 : 0.0));
        Assert.Equal(accuracy, GovernedProject.Number(results, "metrics.accuracy"), 12);
        Assert.Equal(ordered / (positives.Length * (double)negatives.Length), GovernedProject.Number(results, "metrics.auc"), 12);
        Assert.DoesNotContain("train", project.Runs);
        Assert.Single(project.Runs, r => r == "evaluate");
    }

    [Fact]
    public void Under_a_hub_versions_come_from_central_package_management_and_gates_follow_a_custom_output_path()
    {
        string hub = Parent(nameof(Under_a_hub_versions_come_from_central_package_management_and_gates_follow_a_custom_output_path));
        // What the hub template will provide: central package versions and a solution the models join.
        File.WriteAllText(Path.Combine(hub, "Directory.Packages.props"), $"""
            <Project>
              <PropertyGroup>
                <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <PackageVersion Include="AiFactory.Build" Version="{packages.Version}" />
                <PackageVersion Include="AiFactory.Testing" Version="{packages.Version}" />
                <PackageVersion Include="Microsoft.ML.FastTree" Version="5.0.1" />
                <PackageVersion Include="Microsoft.ML.LightGbm" Version="5.0.1" />
                <PackageVersion Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
                <PackageVersion Include="xunit" Version="2.9.3" />
                <PackageVersion Include="xunit.runner.visualstudio" Version="3.1.5" />
              </ItemGroup>
            </Project>
            """);
        Assert.Equal(0, packages.Dotnet.Run(hub, "new", "sln", "-n", "Factory", "--format", "sln").ExitCode);

        string models = Path.Combine(hub, "models");
        Directory.CreateDirectory(models);
        string folder = packages.Templates.NewModel(models, "Credit", "--hub");
        var project = new GovernedProject(Path.Combine(folder, "Credit"), Path.Combine(folder, "governance"));
        foreach (string csproj in new[] { Path.Combine(project.Folder, "Credit.csproj"), Path.Combine(folder, "Credit.Tests", "Credit.Tests.csproj") })
        {
            Assert.DoesNotContain("Version=", File.ReadAllText(csproj));
        }

        Assert.Equal(new[] { "Credit", "Credit.Tests" }, Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).Order());
        string sln = File.ReadAllText(Path.Combine(hub, "Factory.sln"));
        Assert.Contains(@"models\Credit\Credit\Credit.csproj", sln);
        Assert.Contains(@"models\Credit\Credit.Tests\Credit.Tests.csproj", sln);

        // The team moves the outputs; the tests still find results.json through the project reference.
        string csprojPath = Path.Combine(project.Folder, "Credit.csproj");
        File.WriteAllText(csprojPath, File.ReadAllText(csprojPath).Replace("<Nullable>enable</Nullable>",
            "<Nullable>enable</Nullable>\n    <AiFactoryOutputPath>$(MSBuildProjectDirectory)/../governance/</AiFactoryOutputPath>"));
        CommandResult green = packages.Dotnet.Run(hub, "test", "-nologo", "-tl:off");
        Assert.True(green.ExitCode == 0, green.Output);
        Assert.Contains("Passed:     5", green.Output);
        Assert.True(File.Exists(project.ResultsPath));

        // Under a hub the fairness gates are the policy's to set; this hub has no policy, so nothing guards "group".
        Assert.DoesNotContain("\"fairness\"", File.ReadAllText(project.ManifestPath));
        (int sensitiveLine, int sensitiveColumn) = project.ManifestPosition("\"sensitive\"");
        Assert.Contains(green.WarningLines, l => l.Contains($"aifactory.json({sensitiveLine},{sensitiveColumn}): warning AIF5014: the sensitive attribute 'group'", StringComparison.Ordinal));

        (int line, int column) = ManifestEdit.SetNumber(project.ManifestPath, "gates.metrics.f1.min", "0.90");
        CommandResult shown = packages.Dotnet.Run(hub, "test", "-nologo", "-tl:off", "-p:AiFactoryGateSeverity=warning", "--logger", "console;verbosity=normal");
        Assert.Equal(1, shown.ExitCode);
        Assert.Contains("Failed Credit.Tests.GateTests.Gate(gate: \"metrics.f1.min\")", shown.Output);
        Assert.Contains($"{project.ManifestPath}({line},{column}): error AIF4001: f1 0.", shown.Output);
        Assert.Contains("Passed Credit.Tests.GateTests.Gate(gate: \"metrics.auc.min\")", shown.Output);
        AssertTrainedAndEvaluatedOnce(project);
    }

    [Fact]
    public void Without_tests_there_is_no_test_project_and_the_solution_holds_the_model_only()
    {
        string parent = Parent(nameof(Without_tests_there_is_no_test_project_and_the_solution_holds_the_model_only));
        CommandResult created = packages.Templates.New(parent, "aifactory-model", "-n", "Solo", "-o", Path.Combine(parent, "Solo"), "--tests", "false", "--no-restore");
        Assert.True(created.ExitCode == 0, created.Output);
        string solution = Path.Combine(parent, "Solo");
        Assert.Equal(new[] { ".editorconfig", ".github", "Solo", "Solo.sln", "azure-pipelines.yml" },
            Directory.GetFileSystemEntries(solution).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        string sln = File.ReadAllText(Path.Combine(solution, "Solo.sln"));
        Assert.Contains(@"Solo\Solo.csproj", sln);
        Assert.DoesNotContain("Tests", sln);
        Assert.DoesNotContain("Solo.Tests", File.ReadAllText(Path.Combine(solution, "Solo", "README.md")));
        Assert.DoesNotContain("#if", File.ReadAllText(Path.Combine(solution, "Solo", "README.md")));
    }

    /// <summary>
    /// Every fairness gate the template wrote was judged on each attribute and passed, and its value is the figure
    /// computed here, on its own, from the test set's scores the build wrote (predictions.csv, positive iff score ≥ 0.5).
    /// </summary>
    private static void AssertFairnessGatesPassOnTheirOwnFigures(GovernedProject project, params string[] attributes)
    {
        string[] lines = File.ReadAllLines(Path.Combine(project.OutputPath, "predictions.csv"));
        string[] header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToArray();
        bool Positive(string[] r) => r[Array.IndexOf(header, "approved")] == "yes";
        bool Selected(string[] r) => double.Parse(r[Array.IndexOf(header, "score")], System.Globalization.CultureInfo.InvariantCulture) >= 0.5;
        foreach (string attribute in attributes)
        {
            int column = Array.IndexOf(header, attribute);
            var groups = rows.GroupBy(r => r[column]).ToArray();
            double[] selection = groups.Select(g => g.Count(Selected) / (double)g.Count()).ToArray();
            double[] tpr = groups.Select(g => g.Count(r => Positive(r) && Selected(r)) / (double)g.Count(Positive)).ToArray();
            double[] fpr = groups.Select(g => g.Count(r => !Positive(r) && Selected(r)) / (double)g.Count(r => !Positive(r))).ToArray();
            JsonObject ratio = project.Gate($"fairness.demographicParityRatio.{attribute}.min");
            JsonObject odds = project.Gate($"fairness.equalizedOddsDifference.{attribute}.max");
            Assert.Equal(("passed", "passed"), (GovernedProject.Text(ratio, "status"), GovernedProject.Text(odds, "status")));
            Assert.Equal(selection.Min() / selection.Max(), GovernedProject.Number(ratio, "value"), 12);
            Assert.Equal(Math.Max(tpr.Max() - tpr.Min(), fpr.Max() - fpr.Min()), GovernedProject.Number(odds, "value"), 12);
            Assert.Equal("aifactory.json", GovernedProject.Text(ratio, "location.file"));
        }
    }

    /// <summary>The model was trained and evaluated by exactly one build, whatever other stages ran.</summary>
    private static void AssertTrainedAndEvaluatedOnce(GovernedProject project)
    {
        Assert.Single(project.Runs, r => r == "train");
        Assert.Single(project.Runs, r => r == "evaluate");
    }

    private string Parent(string testName)
    {
        string parent = Path.Combine(packages.Root, testName);
        Directory.CreateDirectory(parent);
        return parent;
    }

    private sealed record TestResult(string Name, string Outcome, string Message, string StackTrace)
    {
        public string? Gate => Regex.Match(Name, "\\(gate: \"([^\"]+)\"\\)") is { Success: true } m ? m.Groups[1].Value : null;
    }

    private static IEnumerable<TestResult> TestResults(XDocument trx) =>
        trx.Descendants(Trx + "UnitTestResult").Select(r => new TestResult(
            (string)r.Attribute("testName")!,
            (string)r.Attribute("outcome")!,
            r.Descendants(Trx + "Message").FirstOrDefault()?.Value ?? "",
            r.Descendants(Trx + "StackTrace").FirstOrDefault()?.Value ?? ""));

    private static IEnumerable<(string Gate, string Outcome, string Message, string StackTrace)> GateResults(XDocument trx) =>
        TestResults(trx).Where(r => r.Gate != null).Select(r => (r.Gate!, r.Outcome, r.Message, r.StackTrace));
}
