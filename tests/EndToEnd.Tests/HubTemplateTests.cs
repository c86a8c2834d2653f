using System.Text.RegularExpressions;
using System.Xml.Linq;
using AiFactory.Manifest.Json;

namespace AiFactory.EndToEnd.Tests;

/// <summary>
/// `dotnet new aifactory-hub` as an organisation starts one: the packed templates installed into an isolated hive, a
/// hub created outside the repository, models created under it with `dotnet new aifactory-model --hub`, and the hub's
/// CI run exactly as its workflow states it, with nothing but the packed packages.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class HubTemplateTests(PackedPackages packages)
{
    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    [Fact]
    public void Two_models_join_the_hub_take_its_package_versions_and_pass_its_CI()
    {
        var hub = Hub.Create(packages, Path.Combine(packages.Root, nameof(Two_models_join_the_hub_take_its_package_versions_and_pass_its_CI)), "Contoso.Models");

        // What the hub template wrote: this run's versions, the default owner, a solution with no project yet.
        string centralVersions = File.ReadAllText(Path.Combine(hub.Folder, "Directory.Packages.props"));
        Assert.Contains($"<PackageVersion Include=\"AiFactory.Build\" Version=\"{packages.Version}\" />", centralVersions);
        Assert.Contains($"<PackageVersion Include=\"AiFactory.Testing\" Version=\"{packages.Version}\" />", centralVersions);
        Assert.Contains("<PackageVersion Include=\"Microsoft.ML.FastTree\" Version=\"5.0.1\" />", centralVersions);
        var policy = (JsonObject)JsonReader.Parse(File.ReadAllText(hub.PolicyPath));
        Assert.Equal("Contoso.Models model policy", GovernedProject.Text(policy, "policy.name"));
        Assert.Equal("model-risk", ((JsonString)((JsonArray)((JsonObject)policy["policy"]!)["owners"]!).Items.Single()).Value);
        Assert.Empty(((JsonArray)((JsonObject)JsonReader.Parse(File.ReadAllText(hub.WaiversPath)))["waivers"]!).Items);
        Assert.DoesNotContain("Project(", File.ReadAllText(hub.SolutionPath));
        Assert.Contains("dotnet new aifactory-model -n LoanApproval --hub\n", File.ReadAllText(Path.Combine(hub.Folder, "README.md")));

        // Two models, as the hub's README says: they join its solution and carry no package version of their own.
        GovernedProject loanApproval = hub.AddModel("LoanApproval");
        GovernedProject churn = hub.AddModel("Churn", "--trainer", "fasttree");
        string sln = File.ReadAllText(hub.SolutionPath);
        foreach (string model in new[] { "LoanApproval", "Churn" })
        {
            Assert.Equal(new[] { model, model + ".Tests" }, Directory.GetFileSystemEntries(Path.Combine(hub.Folder, model)).Select(Path.GetFileName).Order());
            Assert.Contains($@"""{model}\{model}\{model}.csproj""", sln);
            Assert.Contains($@"""{model}\{model}.Tests\{model}.Tests.csproj""", sln);
            foreach (string csproj in new[] { Path.Combine(hub.Folder, model, model, model + ".csproj"), Path.Combine(hub.TestsFolder(model), model + ".Tests.csproj") })
            {
                string[] references = Regex.Matches(File.ReadAllText(csproj), "<PackageReference [^>]*>").Select(m => m.Value).ToArray();
                Assert.NotEmpty(references);
                Assert.All(references, r => Assert.DoesNotContain("Version=", r));
            }
        }

        Assert.Contains("<PackageReference Include=\"Microsoft.ML.FastTree\" />", File.ReadAllText(Path.Combine(churn.Folder, "Churn.csproj")));

        // The hub's CI, run exactly as its workflow states it (the Azure Pipelines example runs the same commands).
        string[] commands = hub.GitHubCommands();
        Assert.Equal(new[] { "build", "test" }, commands.Select(c => c.Split(' ')[1]));
        Assert.Equal(commands, hub.AzureCommands());
        foreach (string command in commands)
        {
            Assert.Contains($" {hub.Name}.sln ", command);
            CommandResult ci = hub.RunCommand(command);
            Assert.True(ci.ExitCode == 0, command + "\n" + ci.Output);
            Assert.Empty(ci.ErrorLines);
            // The models' sensitive attribute is guarded by the policy's fairness gates: no AIF5014.
            Assert.DoesNotContain(ci.WarningLines, l => l.Contains("AIF5014", StringComparison.Ordinal));
        }

        // Each model was trained and judged in Release under the hub's policy, and every gate passed: its own, and the
        // data and fairness gates it inherits from the policy, reported at the policy's lines.
        foreach (string model in new[] { "LoanApproval", "Churn" })
        {
            GovernedProject release = hub.Model(model, "Release");
            Assert.True(File.Exists(release.ResultsPath), release.ResultsPath + " is missing");
            JsonObject results = release.Results();
            Assert.True(results["passed"] is JsonBoolean { Value: true }, model + " did not pass");
            Assert.Equal(2000, GovernedProject.Number(results, "testRows"));
            Assert.Equal("Contoso.Models model policy", GovernedProject.Text(results, "policy.name"));
            Assert.Equal("../../aifactory.policy.json", GovernedProject.Text(results, "policy.file"));

            var gates = ((JsonArray)results["gates"]!).Items.OfType<JsonObject>().ToList();
            Assert.All(gates, g => Assert.True(GovernedProject.Text(g, "status") == "passed", $"{model}: {GovernedProject.Text(g, "id")} is {GovernedProject.Text(g, "status")}"));
            Assert.Equal(new[] { "metrics.auc.min", "metrics.accuracy.min", "metrics.f1.min", "business.maxCostPer1000" },
                gates.Where(g => GovernedProject.Text(g, "location.file") == "aifactory.json").Select(g => GovernedProject.Text(g, "id")));
            Assert.Equal(
                new[]
                {
                    "data.minRows.train", "data.minRows.test", "data.maxMissingRate.train", "data.maxMissingRate.test", "data.maxLeakageAuc",
                    "data.maxProxyStrength.group", "fairness.demographicParityRatio.group.min", "fairness.equalizedOddsDifference.group.max",
                },
                gates.Where(g => GovernedProject.Text(g, "location.file") == "../../aifactory.policy.json").Select(g => GovernedProject.Text(g, "id")));

            // The inherited four-fifths gate judged the ratio of the groups' selection rates, computed here from their counts.
            var groups = ((JsonObject)((JsonObject)results["groups"]!)["group"]!).Properties
                .Select(p => GovernedProject.Number((JsonObject)p.Value, "predictedPositives") / GovernedProject.Number((JsonObject)p.Value, "n")).ToList();
            Assert.Equal(groups.Min() / groups.Max(), GovernedProject.Number(release.Gate("fairness.demographicParityRatio.group.min"), "value"), 12);
        }

        // One TRX per test project, every gate of both models a passed test case.
        string[] trxFiles = Directory.GetFiles(Path.Combine(hub.Folder, "TestResults"), "*.trx");
        Assert.Equal(2, trxFiles.Length);
        var tests = trxFiles.SelectMany(f => XDocument.Load(f).Descendants(Trx + "UnitTestResult"))
            .Select(r => (Name: (string)r.Attribute("testName")!, Outcome: (string)r.Attribute("outcome")!)).ToList();
        Assert.All(tests, t => Assert.True(t.Outcome == "Passed", $"{t.Name}: {t.Outcome}"));
        foreach (string model in new[] { "LoanApproval", "Churn" })
        {
            Assert.Contains(tests, t => t.Name == $"{model}.Tests.GateTests.Gate(gate: \"metrics.auc.min\")");
            Assert.Contains(tests, t => t.Name == $"{model}.Tests.GateTests.Gate(gate: \"fairness.demographicParityRatio.group.min\")");
        }

        // The artifact globs of both CI files keep every model's results folder and the TRX files.
        string workflow = File.ReadAllText(Path.Combine(hub.Folder, ".github", "workflows", "aifactory.yml"));
        string azure = File.ReadAllText(Path.Combine(hub.Folder, "azure-pipelines.yml"));
        string[] globs = { "**/bin/Release/*/aifactory/**", "TestResults/*.trx" };
        Assert.All(globs, g => Assert.Contains("            " + g + "\n", workflow));
        Assert.All(globs, g => Assert.Contains("        " + g + "\n", azure));
        IReadOnlyList<string> kept = hub.FilesMatching(globs[0]);
        foreach (string model in new[] { "LoanApproval", "Churn" })
        {
            Assert.Contains($"{model}/{model}/bin/Release/net10.0/aifactory/results.json", kept);
            Assert.Contains(kept, f => f.StartsWith($"{model}/{model}/bin/Release/net10.0/aifactory/model", StringComparison.Ordinal));
        }

        Assert.All(kept, f => Assert.Matches(@"^(LoanApproval|Churn)/\1/bin/Release/net10\.0/aifactory/", f));
        Assert.Equal(trxFiles.Select(f => "TestResults/" + Path.GetFileName(f)).Order(StringComparer.Ordinal), hub.FilesMatching(globs[1]));
    }

    [Fact]
    public void Owner_and_framework_reach_the_policy_the_model_command_and_the_CI_runtimes()
    {
        var hub = Hub.Create(packages, Path.Combine(packages.Root, nameof(Owner_and_framework_reach_the_policy_the_model_command_and_the_CI_runtimes)),
            "Credit.Models", "--owner", "credit-risk", "-f", "net8.0");

        var policy = (JsonObject)JsonReader.Parse(File.ReadAllText(hub.PolicyPath));
        Assert.Equal("credit-risk", ((JsonString)((JsonArray)((JsonObject)policy["policy"]!)["owners"]!).Items.Single()).Value);
        Assert.Contains("granted by the hub's owners (credit-risk)", File.ReadAllText(hub.WaiversPath));
        string readme = File.ReadAllText(Path.Combine(hub.Folder, "README.md"));
        Assert.Contains("dotnet new aifactory-model -n LoanApproval --hub -f net8.0\n", readme);
        Assert.Contains("dotnet new aifactory-model -n Churn --trainer fasttree --hub -f net8.0\n", readme);

        string workflow = File.ReadAllText(Path.Combine(hub.Folder, ".github", "workflows", "aifactory.yml"));
        Assert.Contains("dotnet-version: |\n            10.0.x\n            8.0.x\n", workflow);
        Assert.Contains("packageType: runtime\n      version: 8.0.x\n", File.ReadAllText(Path.Combine(hub.Folder, "azure-pipelines.yml")));
        Assert.All(Directory.GetFiles(hub.Folder, "*", SearchOption.AllDirectories),
            f => Assert.DoesNotMatch(@"#if|#endif|\bAif[A-Z]", File.ReadAllText(f)));
    }
}
