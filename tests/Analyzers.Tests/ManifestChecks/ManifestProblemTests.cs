using AiFactory.Analyzers.ManifestChecks;
using AiFactory.Analyzers.Tests.TestSupport;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;

namespace AiFactory.Analyzers.Tests.ManifestChecks;

public sealed class ManifestProblemTests
{
    private const string Code = "class C { }";

    // An unknown key, an unknown metric and an out-of-range threshold, each on its own line.
    private const string BadManifest = """
        {
          "model": { "name": "LoanApproval", "sead": 7 },
          "data": { "train": "data/train.csv", "test": "data/test.csv", "label": "Approved", "positive": "yes" },
          "gates": { "metrics": { "aux": { "min": 0.75 }, "f1": { "min": 1.5 } } }
        }
        """;

    private static CSharpAnalyzerTest<ManifestProblemAnalyzer, DefaultVerifier> Test(string manifest, bool ide, string path = "aifactory.json")
    {
        var test = AnalyzerVerifier<ManifestProblemAnalyzer>.Create(Code, manifest: null);
        test.TestState.AdditionalFiles.Add((path, manifest));
        if (ide)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", TestManifests.IdeBuild));
        }

        return test;
    }

    [Fact]
    public Task In_the_IDE_every_problem_is_reported_at_its_place_with_the_build_code()
    {
        var test = Test(BadManifest, ide: true);
        test.ExpectedDiagnostics.Add(Expected(2, 38, 2, 44).WithArguments("AIF2002", Message(BadManifest, "AIF2002")));
        test.ExpectedDiagnostics.Add(Expected(4, 27, 4, 32).WithArguments("AIF2003", Message(BadManifest, "AIF2003")));
        test.ExpectedDiagnostics.Add(Expected(4, 66, 4, 69).WithArguments("AIF2005", Message(BadManifest, "AIF2005")));
        return test.RunAsync();
    }

    [Fact]
    public Task Invalid_JSON_is_reported_at_the_first_problem()
    {
        const string broken = """
            {
              "model": { "name": "LoanApproval" }
              "data": { }
            }
            """;
        var test = Test(broken, ide: true);
        test.ExpectedDiagnostics.Add(Expected(3, 3, 3, 9).WithArguments("AIF2001", Message(broken, "AIF2001")));
        return test.RunAsync();
    }

    [Fact]
    public Task Outside_the_IDE_nothing_is_reported_because_the_build_reports_it_once() =>
        Test(BadManifest, ide: false).RunAsync();

    [Fact]
    public Task A_valid_manifest_gives_no_diagnostic() => Test(TestManifests.Loan, ide: true).RunAsync();

    [Fact]
    public Task The_manifest_the_package_marks_is_found_whatever_its_name()
    {
        var test = Test(BadManifest, ide: true, path: "/project/model.json");
        // As the SDK writes item metadata: a global config with a section per file.
        test.TestState.AnalyzerConfigFiles.Add(("/project/metadata.globalconfig", """
            is_global = true

            [/project/model.json]
            build_metadata.AdditionalFiles.AiFactoryManifest = true
            """));
        test.ExpectedDiagnostics.Add(Expected(2, 38, 2, 44, "/project/model.json").WithArguments("AIF2002", Message(BadManifest, "AIF2002", "/project/model.json")));
        test.ExpectedDiagnostics.Add(Expected(4, 27, 4, 32, "/project/model.json").WithArguments("AIF2003", Message(BadManifest, "AIF2003", "/project/model.json")));
        test.ExpectedDiagnostics.Add(Expected(4, 66, 4, 69, "/project/model.json").WithArguments("AIF2005", Message(BadManifest, "AIF2005", "/project/model.json")));
        return test.RunAsync();
    }

    [Fact]
    public Task Other_json_files_are_not_read()
    {
        var test = Test("{ \"not\": \"a manifest\" }", ide: true, path: "appsettings.json");
        return test.RunAsync();
    }

    [Fact]
    public Task Severity_is_configurable_in_a_global_config()
    {
        // The diagnostics sit in the manifest, not in a .cs file: only a global config (not an [*.json] section) applies.
        var test = Test(BadManifest, ide: true);
        test.TestState.AnalyzerConfigFiles.Add(("/project/.globalconfig", """
            is_global = true
            dotnet_diagnostic.AIF1006.severity = none
            """));
        return test.RunAsync();
    }

    [Fact]
    public void Columns_count_characters_outside_the_BMP_as_one()
    {
        // "😀" is two UTF-16 code units but one column for the reader: the squiggle must still cover "sead".
        const string text = "{ \"model\": { \"name\": \"😀\", \"sead\": 1 } }";
        AiFactory.Manifest.Diagnostics.Diagnostic unknownKey = AiFactory.Manifest.Reading.ManifestReader
            .Read("aifactory.json", text, new AiFactory.Manifest.Reading.ManifestReadOptions())
            .Diagnostics.First(d => d.Code == "AIF2002");
        Assert.Equal(27, unknownKey.Location!.Column);

        var source = Microsoft.CodeAnalysis.Text.SourceText.From(text);
        Location location = ManifestSpans.Locate("aifactory.json", source, unknownKey.Location);
        Assert.Equal("\"sead\"", source.ToString(location.SourceSpan));
        Assert.Equal(27, location.GetLineSpan().StartLinePosition.Character); // 0-based UTF-16: 26 columns + 1 extra code unit
    }

    private const string LooseManifest = """
        {
          "model": { "name": "LoanApproval" },
          "data": { "train": "data/train.csv", "test": "data/test.csv", "label": "Approved", "positive": "yes" },
          "gates": { "metrics": { "auc": { "min": 0.65 } } }
        }
        """;

    private const string Policy = "{ \"gates\": { \"metrics\": { \"auc\": { \"min\": 0.70 } } } }";

    private static CSharpAnalyzerTest<ManifestProblemAnalyzer, DefaultVerifier> UnderPolicy(string? waivers)
    {
        var test = Test(LooseManifest, ide: true, path: "/hub/loan/aifactory.json");
        test.TestState.AdditionalFiles.Add(("/hub/aifactory.policy.json", Policy));
        string metadata = """
            is_global = true

            [/hub/loan/aifactory.json]
            build_metadata.AdditionalFiles.AiFactoryManifest = true

            [/hub/aifactory.policy.json]
            build_metadata.AdditionalFiles.AiFactoryPolicy = true
            """;
        if (waivers != null)
        {
            test.TestState.AdditionalFiles.Add(("/hub/aifactory.waivers.json", waivers));
            metadata += "\n\n[/hub/aifactory.waivers.json]\nbuild_metadata.AdditionalFiles.AiFactoryWaivers = true\n";
        }

        test.TestState.AnalyzerConfigFiles.Add(("/hub/metadata.globalconfig", metadata));
        return test;
    }

    private static string PolicyMessage(string code, string? waivers)
    {
        var policy = waivers == null
            ? AiFactory.Manifest.Reading.PolicyReader.Read("/hub/aifactory.policy.json", Policy)
            : AiFactory.Manifest.Reading.PolicyReader.Read("/hub/aifactory.policy.json", Policy, "/hub/aifactory.waivers.json", waivers);
        return AiFactory.Manifest.Policy.GovernedManifest.Read("/hub/loan/aifactory.json", LooseManifest, new AiFactory.Manifest.Reading.ManifestReadOptions(), policy, DateTime.UtcNow.Date)
            .Diagnostics.Single(d => d.Code == code).Message;
    }

    [Fact]
    public Task In_the_IDE_a_setting_looser_than_the_policy_above_is_shown_at_its_number()
    {
        var test = UnderPolicy(waivers: null);
        test.ExpectedDiagnostics.Add(Expected(4, 43, 4, 47, "/hub/loan/aifactory.json").WithArguments("AIF2023", PolicyMessage("AIF2023", null)));
        return test.RunAsync();
    }

    [Fact]
    public Task In_the_IDE_a_standing_waiver_is_a_warning_at_the_waived_number()
    {
        const string waivers = """
            { "waivers": [ { "model": "LoanApproval", "gate": "metrics.auc", "who": "jane", "why": "new market", "expires": "2099-12-31" } ] }
            """;
        var test = UnderPolicy(waivers);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("AIF1006", DiagnosticSeverity.Warning).WithSpan("/hub/loan/aifactory.json", 4, 43, 4, 47)
            .WithArguments("AIF6001", PolicyMessage("AIF6001", waivers)));
        return test.RunAsync();
    }

    private static DiagnosticResult Expected(int line, int column, int endLine, int endColumn, string path = "aifactory.json") =>
        new DiagnosticResult("AIF1006", DiagnosticSeverity.Error).WithSpan(path, line, column, endLine, endColumn);

    // The message the build's own reader gives for the code: the analyzer must show exactly that.
    private static string Message(string manifest, string code, string path = "aifactory.json") =>
        AiFactory.Manifest.Reading.ManifestReader.Read(path, manifest, new AiFactory.Manifest.Reading.ManifestReadOptions())
            .Diagnostics.Single(d => d.Code == code).Message;
}
