using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AiFactory.BuildTool;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Json;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace AiFactory.Templates.Tests;

/// <summary>
/// The sources of `dotnet new aifactory-hub`: its parameters, the files it writes, and that what it writes fits the
/// model template's hub mode (tests/EndToEnd.Tests/HubTemplateTests.cs instantiates both and builds the result).
/// </summary>
public sealed class HubTemplateTests
{
    private static TemplateSources Hub => TemplateSources.Hub;

    [Fact]
    public void Identity_short_name_and_source_name()
    {
        JsonElement template = Hub.TemplateJson();
        Assert.Equal("AiFactory.Templates.Hub", template.GetProperty("identity").GetString());
        Assert.Equal("aifactory-hub", template.GetProperty("shortName").GetString());
        Assert.Equal("AiFactory-Hub", template.GetProperty("sourceName").GetString());
        Assert.True(template.GetProperty("preferNameDirectory").GetBoolean());
        Assert.Equal("AiFactory-Hub.sln", Assert.Single(template.GetProperty("primaryOutputs").EnumerateArray()).GetProperty("path").GetString());
    }

    [Fact]
    public void Parameters_owner_and_framework()
    {
        Assert.Equal(("string", "model-risk", "AifHubOwner"),
            (Hub.Symbol("owner").GetProperty("datatype").GetString(), Hub.Symbol("owner").GetProperty("defaultValue").GetString(), Hub.Symbol("owner").GetProperty("replaces").GetString()));
        Assert.Equal(TemplateSources.Model.Choices("framework"), Hub.Choices("framework"));
        Assert.Equal("net10.0", Hub.Symbol("framework").GetProperty("defaultValue").GetString());
    }

    [Fact]
    public void The_model_command_of_the_readme_has_the_hub_option_and_the_hubs_framework()
    {
        var cases = Hub.Symbol("modelOptions").GetProperty("parameters").GetProperty("cases").EnumerateArray()
            .ToDictionary(c => Regex.Match(c.GetProperty("condition").GetString()!, "\"([^\"]+)\"").Groups[1].Value, c => c.GetProperty("value").GetString());

        Assert.Equal(Hub.Choices("framework").Order(), cases.Keys.Order());
        Assert.Equal("--hub", cases["net10.0"]);
        Assert.All(cases.Where(c => c.Key != "net10.0"), c => Assert.Equal("--hub -f " + c.Key, c.Value));
    }

    [Fact]
    public void Writes_the_policy_waivers_build_settings_solution_and_CI_examples()
    {
        Assert.Equal(
            new[]
            {
                ".editorconfig", ".github/workflows/aifactory.yml", ".gitignore", "AiFactory-Hub.sln", "Directory.Build.props",
                "Directory.Build.targets", "Directory.Packages.props", "README.md", "aifactory.policy.json", "aifactory.waivers.json", "azure-pipelines.yml",
            },
            Hub.ContentFiles());
    }

    [Fact]
    public void The_policy_is_json_with_comments_in_the_policy_format()
    {
        var policy = (JsonObject)JsonReader.Parse(Hub.Read("aifactory.policy.json"));
        Assert.Equal(new[] { "$schema", "policy", "gates", "required", "build" }, policy.Properties.Select(p => p.Name));
        var about = (JsonObject)policy["policy"]!;
        Assert.Equal("AiFactory-Hub model policy", ((JsonString)about["name"]!).Value);
        Assert.Equal(new[] { "AifHubOwner" }, Strings(about["owners"]));

        var gates = (JsonObject)policy["gates"]!;
        Assert.Equal(new[] { "metrics", "business", "data", "fairness" }, gates.Properties.Select(p => p.Name));
        var fairness = (JsonObject)gates["fairness"]!;
        Assert.Equal("benefitOfTheDoubt", ((JsonString)fairness["judging"]!).Value);
        Assert.Equal("fail", ((JsonString)fairness["onInsufficientData"]!).Value);

        // Every required gate is one the policy sets, so the policy alone fulfils it for a model that provides its inputs.
        Assert.Equal(new[] { "metrics.auc", "business.maxCostPer1000" }, Strings(policy["required"]));
        Assert.All(Strings(policy["required"]), path => Assert.NotNull(At(gates, path)));

        var build = (JsonObject)policy["build"]!;
        Assert.Equal("allowed", ((JsonString)build["demoteGates"]!).Value);
        Assert.Equal("localOnly", ((JsonString)build["skipTraining"]!).Value);
        Assert.Equal("localOnly", ((JsonString)build["optOut"]!).Value);
    }

    /// <summary>The policy and waivers as the build reads them: no diagnostic, not even a warning.</summary>
    [Fact]
    public void The_policy_and_waivers_read_without_any_diagnostic()
    {
        PolicyReadResult read = PolicyReader.ReadFile(Path.Combine(Hub.Folder, "aifactory.policy.json"));
        Assert.Empty(read.Diagnostics.Select(d => d.ToString()));
        GovernancePolicy policy = read.Policy!;
        Assert.Equal("AiFactory-Hub model policy", policy.Name);
        Assert.Equal(new[] { "AifHubOwner" }, policy.Owners);
        Assert.Equal(2, policy.Required.Count);
        Assert.Equal(BuildPermission.Allowed, policy.DemoteGates);
        Assert.Equal(BuildPermission.LocalOnly, policy.SkipTraining);
        Assert.Equal(Path.Combine(Hub.Folder, "aifactory.waivers.json"), policy.WaiversFilePath);
        Assert.Empty(policy.Waivers);
    }

    /// <summary>What editors check the files against: the repository's schemas (comments skipped, as editors do).</summary>
    [Theory]
    [InlineData("aifactory.policy.json", "aifactory.policy.schema.json")]
    [InlineData("aifactory.waivers.json", "aifactory.waivers.schema.json")]
    public async Task The_policy_and_waivers_are_valid_against_their_schemas(string file, string schemaName)
    {
        JsonSchema schema = await JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schema", schemaName)));
        string text = Hub.Read(file);
        var errors = schema.Validate(JToken.Parse(text, new JsonLoadSettings { CommentHandling = CommentHandling.Ignore }));
        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
        Assert.Contains($"\"$schema\": \"https://raw.githubusercontent.com/aifactory-build/aifactory-build/main/schema/{schemaName}\"", text);
    }

    /// <summary>
    /// A manifest may tighten the policy but never loosen it: the model template's default gates must be as tight as
    /// the hub's, or every model created under the hub would start with a loosening error. Under a hub the template
    /// writes no fairness gate (the policy's judge the model, and the policy can tighten them without breaking every
    /// model); a standalone model's fairness gates are as tight as the hub's too, so that it can move under one.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_model_templates_default_gates_are_as_tight_as_the_policy(bool hub)
    {
        var policyGates = (JsonObject)((JsonObject)JsonReader.Parse(Hub.Read("aifactory.policy.json")))["gates"]!;
        var conditions = new Dictionary<string, bool>
        {
            ["(SourcePredictions)"] = false,
            ["(HasSensitive)"] = true,
            ["(HasSensitive && !hub)"] = !hub,
        };
        string manifest = LineDirectives.Render(TemplateSources.Model.Read("AiFactory-Model/aifactory.json"), conditions);
        var modelGates = (JsonObject)((JsonObject)JsonReader.Parse(manifest))["gates"]!;

        var compared = new List<string>();
        foreach (string metric in new[] { "auc", "accuracy", "f1" })
        {
            double model = Number(modelGates, $"metrics.{metric}.min");
            double policy = Number(policyGates, $"metrics.{metric}.min");
            Assert.True(model >= policy, $"the model template's {metric} minimum {model} is below the policy's {policy}");
            compared.Add(metric);
        }

        Assert.True(Number(modelGates, "business.maxCostPer1000") <= Number(policyGates, "business.maxCostPer1000"));
        Assert.Equal(((JsonObject)modelGates["metrics"]!).Properties.Select(p => p.Name), compared);
        if (hub)
        {
            Assert.Equal(new[] { "metrics", "business" }, modelGates.Properties.Select(p => p.Name));
            return;
        }

        Assert.Equal(new[] { "metrics", "business", "fairness" }, modelGates.Properties.Select(p => p.Name));
        var fairness = (JsonObject)modelGates["fairness"]!;
        Assert.Equal(new[] { "demographicParityRatio", "equalizedOddsDifference" }, fairness.Properties.Select(p => p.Name));
        Assert.True(Number(fairness, "demographicParityRatio.min") >= Number(policyGates, "fairness.demographicParityRatio.min"));
        Assert.True(Number(fairness, "equalizedOddsDifference.max") <= Number(policyGates, "fairness.equalizedOddsDifference.max"));
    }

    [Fact]
    public void The_waivers_file_starts_empty_and_its_comment_shows_a_complete_entry()
    {
        string text = Hub.Read("aifactory.waivers.json");
        var waivers = (JsonObject)JsonReader.Parse(text);
        Assert.Empty(((JsonArray)waivers["waivers"]!).Items);

        // The example entry, uncommented, parses and has every field a waiver needs.
        string[] lines = text.Split('\n');
        int start = Array.FindIndex(lines, l => Regex.IsMatch(l, @"^\s*//\s*\{\s*$"));
        int end = Array.FindIndex(lines, start, l => Regex.IsMatch(l, @"^\s*//\s*\}\s*$"));
        string example = string.Join('\n', lines[start..(end + 1)].Select(l => Regex.Replace(l, @"^\s*//", "")));
        var entry = (JsonObject)JsonReader.Parse(example);
        Assert.Equal(new[] { "model", "gate", "who", "why", "expires" }, entry.Properties.Select(p => p.Name));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", ((JsonString)entry["expires"]!).Value);
        Assert.NotNull(At((JsonObject)((JsonObject)JsonReader.Parse(Hub.Read("aifactory.policy.json")))["gates"]!, ((JsonString)entry["gate"]!).Value));
    }

    /// <summary>Every package the model template references under a hub has its version here, stamped at pack time.</summary>
    [Fact]
    public void Central_package_versions_cover_every_reference_of_a_model_under_a_hub()
    {
        XDocument props = XDocument.Parse(Hub.Read("Directory.Packages.props"));
        Assert.Equal("true", props.Descendants("ManagePackageVersionsCentrally").Single().Value);
        var versions = props.Descendants("PackageVersion").ToDictionary(p => (string)p.Attribute("Include")!, p => (string)p.Attribute("Version")!);

        var hubReferences = new[] { "AiFactory-Model/AiFactory-Model.csproj", "AiFactory-Model.Tests/AiFactory-Model.Tests.csproj" }
            .SelectMany(f => HubBranch(TemplateSources.Model.Read(f)))
            .SelectMany(xml => Regex.Matches(xml, @"<PackageReference Include=""([^""]+)"" />").Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();
        Assert.Equal(7, hubReferences.Count);
        Assert.All(hubReferences, package => Assert.True(versions.ContainsKey(package), $"{package} has no PackageVersion"));

        Assert.Equal("AifPackageVersion", versions["AiFactory.Build"]);
        Assert.Equal("AifPackageVersion", versions["AiFactory.Testing"]);
        Assert.All(versions.Where(v => v.Key.StartsWith("Microsoft.ML", StringComparison.Ordinal)), v => Assert.Equal("AifMicrosoftMLVersion", v.Value));
        Assert.Equal(("AifTestSdkVersion", "AifXunitVersion", "AifXunitRunnerVersion"),
            (versions["Microsoft.NET.Test.Sdk"], versions["xunit"], versions["xunit.runner.visualstudio"]));
    }

    [Fact]
    public void Shared_build_settings_mark_CI_builds()
    {
        XElement group = XDocument.Parse(Hub.Read("Directory.Build.props")).Root!.Element("PropertyGroup")!;
        Assert.Equal("enable", group.Element("Nullable")!.Value);
        Assert.Equal("enable", group.Element("ImplicitUsings")!.Value);
        XElement ci = group.Element("ContinuousIntegrationBuild")!;
        Assert.Equal("true", ci.Value);
        Assert.Contains("'$(CI)' == 'true'", (string)ci.Attribute("Condition")!);
        Assert.Contains("'$(TF_BUILD)' == 'true'", (string)ci.Attribute("Condition")!);
    }

    [Fact]
    public void The_hub_build_targets_know_the_models_by_the_hubs_solution_and_hold_them_to_governance()
    {
        XDocument targets = XDocument.Parse(Hub.Read("Directory.Build.targets"));
        XElement group = targets.Root!.Element("PropertyGroup")!;
        Assert.Equal("$(MSBuildThisFileFullPath)", group.Element("AiFactoryHubTargets")!.Value);
        // The solution this template writes, by the name the template engine renames with the hub.
        Assert.Equal("$(_AiFactoryHubFolder)AiFactory-Hub.sln", group.Element("_AiFactoryHubSolution")!.Value);
        Assert.Contains("AiFactory-Hub.sln", Hub.ContentFiles());
        // What this file decides cannot be preset from the command line.
        string[] local = ((string)targets.Root!.Attribute("TreatAsLocalProperty")!).Split(';');
        Assert.All(group.Elements().Select(e => e.Name.LocalName).Distinct(), name => Assert.Contains(name, local));

        XElement error = targets.Root.Element("Target")!.Element("Error")!;
        Assert.Equal(DiagnosticIds.HubModelUngoverned, (string)error.Attribute("Code")!);
        Assert.Equal(DiagnosticIds.HelpLink(DiagnosticIds.HubModelUngoverned), (string)error.Attribute("HelpLink")!);
        Assert.Equal("Build", (string)targets.Root.Element("Target")!.Attribute("AfterTargets")!);
    }

    [Fact]
    public void The_solution_is_classic_and_starts_without_projects()
    {
        string sln = Hub.Read("AiFactory-Hub.sln");
        Assert.StartsWith("\uFEFF\nMicrosoft Visual Studio Solution File, Format Version 12.00\n", sln);
        Assert.DoesNotContain("Project(", sln);
        Assert.Contains("Release|Any CPU = Release|Any CPU", sln);
    }

    [Fact]
    public void Both_CI_examples_build_and_test_the_solution_showing_every_gate_and_keep_every_models_results()
    {
        string github = Hub.Read(".github/workflows/aifactory.yml");
        string azure = Hub.Read("azure-pipelines.yml");
        string[] githubCommands = Commands(github, @"^\s*run: (dotnet .+)$");
        Assert.Equal(githubCommands, Commands(azure, @"^\s*- script: (dotnet .+)$"));
        Assert.Equal(
            new[]
            {
                "dotnet build AiFactory-Hub.sln -c Release -p:AiFactoryGateSeverity=warning",
                "dotnet test AiFactory-Hub.sln -c Release --no-build -p:AiFactoryGateSeverity=warning --logger trx --logger \"console;verbosity=normal\" --results-directory TestResults",
            },
            githubCommands);

        // Globs over every model project, wherever it lives under the hub, and the TRX files.
        Assert.Contains("            **/bin/Release/*/aifactory/**\n            TestResults/*.trx\n", github);
        Assert.Contains("        **/bin/Release/*/aifactory/**\n        TestResults/*.trx\n", azure);
        Assert.Contains("testResultsFiles: TestResults/*.trx", azure);
    }

    [Fact]
    public void The_readme_tells_how_a_model_joins()
    {
        string readme = Hub.Read("README.md");
        Assert.Contains("dotnet new aifactory-model -n LoanApproval AifModelHubOptions\n", readme);
        Assert.Contains("aifactory.policy.json", readme);
        Assert.Contains("aifactory.waivers.json", readme);
        Assert.Contains("dotnet build AiFactory-Hub.sln -c Release -p:AiFactoryGateSeverity=warning", readme);
    }

    [Fact]
    public void Git_ignores_build_outputs_and_test_results()
    {
        Assert.Equal(new[] { "bin/", "obj/", "TestResults/" },
            Hub.Read(".gitignore").Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')));
    }

    /// <summary>The hub's editor settings keep the model template's (which it writes only for a model outside a hub).</summary>
    [Fact]
    public void Editor_settings_keep_the_model_templates_rules()
    {
        static IEnumerable<string> Rules(string text) => text.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#'));
        Assert.Equal(Rules(TemplateSources.Model.Read(".editorconfig")), Rules(Hub.Read(".editorconfig")));
        Assert.Contains("# dotnet_diagnostic.AIF1002.severity = error", Hub.Read(".editorconfig"));
    }

    private static string[] Commands(string text, string pattern) =>
        text.Split('\n').Select(l => Regex.Match(l, pattern)).Where(m => m.Success).Select(m => m.Groups[1].Value.Trim()).ToArray();

    /// <summary>The `(hub)` branch of a project template: what it writes under a hub.</summary>
    private static IEnumerable<string> HubBranch(string csproj) =>
        Regex.Matches(csproj, @"<!--#if \(hub\) -->(.*?)<!--#else -->", RegexOptions.Singleline).Select(m => m.Groups[1].Value);

    private static IEnumerable<string> Strings(JsonNode? array) => ((JsonArray)array!).Items.Select(i => ((JsonString)i).Value);

    /// <summary>The node at a dotted key path, or null.</summary>
    private static JsonNode? At(JsonObject root, string path)
    {
        JsonNode? node = root;
        foreach (string key in path.Split('.'))
        {
            node = (node as JsonObject)?[key];
        }

        return node;
    }

    private static double Number(JsonObject root, string path) => ((JsonNumber)At(root, path)!).Value;
}
