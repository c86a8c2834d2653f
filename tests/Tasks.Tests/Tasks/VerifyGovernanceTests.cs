using System.Collections;
using Microsoft.Build.Framework;

namespace AiFactory.Build.Tasks.Tests.Tasks;

/// <summary>
/// The check after every build of a project under a policy: an opt-out judged by build.optOut (AIF2029), gates that
/// were not judged for the current inputs (AIF2030), a hub's build targets that were not imported.
/// </summary>
public sealed class VerifyGovernanceTests : IDisposable
{
    private readonly TaskTestProject _project = new();

    public VerifyGovernanceTests()
    {
        File.WriteAllText(ProjectFile, "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <AiFactoryEnabled>false</AiFactoryEnabled>\n  </PropertyGroup>\n</Project>\n");
    }

    /// <summary>Whether this test process itself runs in CI: a local build is then a CI build too.</summary>
    private static bool ProcessIsCi =>
        new[] { "CI", "TF_BUILD" }.Any(v => Environment.GetEnvironmentVariable(v) is string s && (s.Trim().Equals("true", StringComparison.OrdinalIgnoreCase) || s.Trim() == "1"));

    public void Dispose() => _project.Dispose();

    private string ProjectFile => Path.Combine(_project.Folder, "Model.csproj");

    private string PolicyPath => Path.Combine(_project.Folder, "aifactory.policy.json");

    private void WritePolicy(string build) =>
        File.WriteAllText(PolicyPath, "{\n  \"gates\": { \"metrics\": { \"auc\": { \"min\": 0.7 } } },\n  " + build + "\n}\n");

    private (bool Result, RecordingBuildEngine Engine) Verify(string enabled = "true", bool ci = false, string severity = "error",
        string generateEntryPoint = "true", string? hubTargets = null, string[]? propertyFiles = null, string? manifestPath = null, IBuildEngine? engine = null)
    {
        var recording = new RecordingBuildEngine();
        var verify = new VerifyGovernance
        {
            BuildEngine = engine ?? recording,
            ProjectFile = ProjectFile,
            Enabled = enabled,
            GenerateEntryPoint = generateEntryPoint,
            PropertyFiles = propertyFiles ?? new string[0],
            ManifestPath = manifestPath ?? _project.ManifestPath,
            StatePath = _project.StatePath,
            OutputPath = _project.OutputPath,
            ModelAssemblyPath = _project.AssemblyPath,
            GateSeverity = severity,
            ContinuousIntegrationBuild = ci ? "true" : "",
            HubTargets = hubTargets,
            VerifiedMarker = Path.Combine(_project.StatePath, "verified.stamp"),
        };
        return (verify.Execute(), engine is GlobalPropertiesEngine g ? g.Inner : recording);
    }

    /// <summary>Prepares, evaluates (auc 0.75) and checks as a build does, which must pass.</summary>
    private void JudgedBuild(string severity = "error")
    {
        PrepareGovernedModel prepare = _project.Prepared();
        _project.WriteEvaluation(prepare.TrainingFingerprint, prepare.EvaluationFingerprint);
        var engine = new RecordingBuildEngine();
        Assert.True(_project.Check(engine, prepare, severity).Execute(), string.Join("\n", engine.Errors.Select(e => e.Message)));
    }

    [Fact]
    public void Without_a_policy_nothing_is_checked_even_with_governance_off()
    {
        var (result, engine) = Verify(enabled: "false", ci: true);

        Assert.True(result);
        Assert.Empty(engine.Errors);
        Assert.Empty(engine.Warnings);
        Assert.Empty(engine.Messages);
    }

    [Fact]
    public void Opting_out_under_localOnly_is_an_error_in_CI_and_a_warning_locally_at_the_rules_value()
    {
        WritePolicy("\"build\": { \"optOut\": \"localOnly\" }");

        var (inCi, ciEngine) = Verify(enabled: "false", ci: true);
        Assert.False(inCi);
        BuildErrorEventArgs error = Assert.Single(ciEngine.Errors);
        Assert.Equal(("AIF2029", PolicyPath, 3, 24), (error.Code, error.File, error.LineNumber, error.ColumnNumber));
        Assert.Equal("AiFactoryEnabled=false turns governance off for Model (set in a file the project imports), but the policy forbids that " +
                     "in CI builds (build.optOut \"localOnly\"); build without it so the model is trained and judged", error.Message);
        Assert.EndsWith("docs/diagnostics/AIF2029.md", error.HelpLink);

        var (local, localEngine) = Verify(enabled: "false");
        Assert.Equal(!ProcessIsCi, local);
        if (!ProcessIsCi)
        {
            BuildWarningEventArgs warning = Assert.Single(localEngine.Warnings);
            Assert.Equal(("AIF2029", PolicyPath, 3), (warning.Code, warning.File, warning.LineNumber));
            Assert.Contains("the policy allows that outside CI only (build.optOut \"localOnly\")", warning.Message);
            Assert.Empty(localEngine.Errors);
        }
    }

    [Fact]
    public void Never_forbids_it_everywhere_and_allowed_says_so_in_a_message()
    {
        WritePolicy("\"build\": { \"optOut\": \"never\" }");
        var (never, neverEngine) = Verify(enabled: "false");
        Assert.False(never);
        Assert.Contains("forbids that in any build (build.optOut \"never\")", Assert.Single(neverEngine.Errors).Message);

        WritePolicy("\"build\": { \"optOut\": \"allowed\" }");
        var (allowed, allowedEngine) = Verify(enabled: "false", ci: true);
        Assert.True(allowed);
        Assert.Empty(allowedEngine.Errors);
        Assert.Empty(allowedEngine.Warnings);
        BuildMessageEventArgs message = Assert.Single(allowedEngine.Messages);
        Assert.Equal(("AIF2029", MessageImportance.High, PolicyPath, 3), (message.Code, message.Importance, message.File, message.LineNumber));
        Assert.Equal("AiFactoryEnabled=false turns governance off for Model (set in a file the project imports); the policy allows that (build.optOut \"allowed\")", message.Message);
    }

    [Fact]
    public void The_default_rule_is_localOnly_reported_at_the_policys_build_key_or_first_line()
    {
        WritePolicy("\"build\": { \"demoteGates\": \"allowed\" }");
        BuildErrorEventArgs atBuild = Assert.Single(Verify(enabled: "false", ci: true).Engine.Errors);
        Assert.Equal((3, 3), (atBuild.LineNumber, atBuild.ColumnNumber));
        Assert.Contains("(build.optOut is not set; its default is \"localOnly\")", atBuild.Message);

        File.WriteAllText(PolicyPath, "{ \"gates\": { \"metrics\": { \"auc\": { \"min\": 0.7 } } } }");
        BuildErrorEventArgs atStart = Assert.Single(Verify(enabled: "false", ci: true).Engine.Errors);
        Assert.Equal((PolicyPath, 1, 1), (atStart.File, atStart.LineNumber, atStart.ColumnNumber));
    }

    [Fact]
    public void An_opt_out_written_in_a_project_file_is_reported_at_its_element_naming_the_rules_line()
    {
        WritePolicy("\"build\": { \"optOut\": \"localOnly\" }");
        string props = Path.Combine(_project.Folder, "Directory.Build.props");
        File.WriteAllText(props, "<Project>\n  <PropertyGroup>\n    <Nullable>enable</Nullable>\n  </PropertyGroup>\n</Project>\n");

        var (_, engine) = Verify(enabled: "false", ci: true, propertyFiles: new[] { props, ProjectFile, Path.Combine(_project.Folder, "missing.targets") });

        BuildErrorEventArgs error = Assert.Single(engine.Errors);
        Assert.Equal((ProjectFile, 3, 5), (error.File, error.LineNumber, error.ColumnNumber));
        Assert.StartsWith("AiFactoryEnabled=false turns governance off for Model (set here), but the policy forbids that in CI builds " +
                          $"(build.optOut \"localOnly\") in {PolicyPath}(3,24);", error.Message);
    }

    [Fact]
    public void An_opt_out_on_the_command_line_is_named_so()
    {
        WritePolicy("\"build\": { \"optOut\": \"localOnly\" }");
        var engine = new GlobalPropertiesEngine(new Dictionary<string, string> { ["aifactoryenabled"] = "false" });

        var (_, recorded) = Verify(enabled: "false", ci: true, propertyFiles: new[] { ProjectFile }, engine: engine);

        BuildErrorEventArgs error = Assert.Single(recorded.Errors);
        Assert.Equal((PolicyPath, 3), (error.File, error.LineNumber));
        Assert.StartsWith("AiFactoryEnabled=false turns governance off for Model (set on the command line), but", error.Message);
    }

    [Fact]
    public void A_team_policy_cannot_loosen_the_hubs_rule()
    {
        WritePolicy("\"build\": { \"optOut\": \"localOnly\" }");
        string team = Path.Combine(_project.Folder, "team");
        Directory.CreateDirectory(team);
        File.WriteAllText(Path.Combine(team, "aifactory.policy.json"), "{ \"build\": { \"optOut\": \"allowed\" } }");
        File.Move(ProjectFile, Path.Combine(team, "Model.csproj"));
        var verify = new VerifyGovernance
        {
            BuildEngine = new RecordingBuildEngine(),
            ProjectFile = Path.Combine(team, "Model.csproj"),
            Enabled = "false",
            ManifestPath = Path.Combine(team, "aifactory.json"),
            StatePath = _project.StatePath,
            OutputPath = _project.OutputPath,
            ContinuousIntegrationBuild = "true",
        };

        Assert.False(verify.Execute());
        BuildErrorEventArgs error = Assert.Single(((RecordingBuildEngine)verify.BuildEngine).Errors);
        Assert.Equal((PolicyPath, "AIF2029"), (error.File, error.Code));
    }

    [Fact]
    public void Governed_gates_must_have_been_judged_for_the_current_inputs()
    {
        WritePolicy("\"build\": { \"optOut\": \"never\" }");

        // Nothing ran: no evaluation at all.
        var (nothing, nothingEngine) = Verify();
        Assert.False(nothing);
        BuildErrorEventArgs error = Assert.Single(nothingEngine.Errors);
        Assert.Equal(("AIF2030", ProjectFile, 0), (error.Code, error.File, error.LineNumber));
        Assert.StartsWith("the gates of Model were not judged for its current inputs in this build (there is no evaluation of the current model", error.Message);

        // Judged: passes, and leaves its marker.
        JudgedBuild();
        var (judged, judgedEngine) = Verify();
        Assert.True(judged, string.Join("\n", judgedEngine.Errors.Select(e => e.Message)));
        Assert.Empty(judgedEngine.Errors);
        Assert.True(File.Exists(Path.Combine(_project.StatePath, "verified.stamp")));

        // The model's code changed and the stages did not run: the recorded evaluation is another model's.
        File.WriteAllBytes(_project.AssemblyPath, new byte[] { 4, 5, 6 });
        var (changed, changedEngine) = Verify();
        Assert.False(changed);
        Assert.Contains("the evaluated model was trained on other inputs", Assert.Single(changedEngine.Errors).Message);
        Assert.False(File.Exists(Path.Combine(_project.StatePath, "verified.stamp")));
    }

    [Fact]
    public void A_gate_that_fails_without_failing_the_build_is_caught_unless_demoted_as_the_policy_allows()
    {
        WritePolicy("\"build\": { \"demoteGates\": \"localOnly\" }");
        JudgedBuild();

        // The manifest's minimum raised above the model's auc (0.75) with no check run since.
        _project.WriteManifest(0.8, seed: 42, threshold: 0.5);
        var (unchecked_, engine) = Verify();
        Assert.False(unchecked_);
        BuildErrorEventArgs error = Assert.Single(engine.Errors);
        Assert.Equal("AIF2030", error.Code);
        Assert.Contains("records passed=true, but the gates judge passed=false", error.Message);

        // Demoted by a build the policy lets demote (locally): results.json records the failure, and that is allowed.
        // (A test process that runs in CI cannot make a local build.)
        if (ProcessIsCi)
        {
            return;
        }

        JudgedBuild(severity: "warning");
        var (demoted, demotedEngine) = Verify(severity: "warning");
        Assert.True(demoted, string.Join("\n", demotedEngine.Errors.Select(e => e.Message)));

        // The same in CI, where the policy forbids demoting: a failed gate that did not fail the build.
        var (inCi, ciEngine) = Verify(severity: "warning", ci: true);
        Assert.False(inCi);
        Assert.Contains("a gate of Model failed but the build did not fail on it", Assert.Single(ciEngine.Errors).Message);
        Assert.Contains("auc 0.750 is below the minimum 0.8", ciEngine.Errors[0].Message);
    }

    [Fact]
    public void A_hubs_build_targets_beside_the_policy_must_have_been_imported()
    {
        WritePolicy("\"build\": { \"optOut\": \"allowed\" }");
        string hubTargets = Path.Combine(_project.Folder, "Directory.Build.targets");
        File.WriteAllText(hubTargets, "<Project>\n  <PropertyGroup>\n    <AiFactoryHubTargets>$(MSBuildThisFileFullPath)</AiFactoryHubTargets>\n  </PropertyGroup>\n</Project>\n");

        var (missing, missingEngine) = Verify(enabled: "false");
        Assert.False(missing);
        BuildErrorEventArgs error = Assert.Single(missingEngine.Errors);
        Assert.Equal(("AIF2030", ProjectFile), (error.Code, error.File));
        Assert.StartsWith($"the hub's {hubTargets} was not imported, so its checks did not run for Model", error.Message);

        Assert.True(Verify(enabled: "false", hubTargets: hubTargets).Result);

        // A Directory.Build.targets that is not a hub's is none of this check's business.
        File.WriteAllText(hubTargets, "<Project />\n");
        Assert.True(Verify(enabled: "false").Result);
    }

    [Fact]
    public void A_main_of_the_projects_own_is_governed_by_the_optOut_rule()
    {
        WritePolicy("\"build\": { \"optOut\": \"localOnly\" }");
        JudgedBuild();

        var (result, engine) = Verify(generateEntryPoint: "false", ci: true);

        Assert.False(result);
        BuildErrorEventArgs error = Assert.Single(engine.Errors);
        Assert.Equal("AIF2029", error.Code);
        Assert.StartsWith("AiFactoryGenerateEntryPoint=false starts Model from a Main of its own instead of the factory's entry point, which could write any evaluation", error.Message);
        Assert.False(File.Exists(Path.Combine(_project.StatePath, "verified.stamp")));
    }

    [Fact]
    public void A_manifest_outside_the_policys_folder_escapes_nothing()
    {
        WritePolicy("\"build\": { \"optOut\": \"localOnly\" }");
        string outside = Path.Combine(Path.GetTempPath(), "aifactory-outside-" + Path.GetRandomFileName().Replace(".", ""));
        Directory.CreateDirectory(outside);
        try
        {
            string manifest = Path.Combine(outside, "aifactory.json");
            File.Copy(_project.ManifestPath, manifest);

            var (result, engine) = Verify(manifestPath: manifest);

            Assert.False(result);
            BuildErrorEventArgs error = Assert.Single(engine.Errors);
            Assert.Equal(("AIF2030", ProjectFile), (error.Code, error.File));
            Assert.StartsWith($"the manifest {manifest} is outside the folder of the policy {PolicyPath} that governs Model", error.Message);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    /// <summary>A build engine that also tells the global properties (IBuildEngine6), logging into a <see cref="RecordingBuildEngine"/>.</summary>
    private sealed class GlobalPropertiesEngine(IReadOnlyDictionary<string, string> globals) : IBuildEngine6
    {
        public RecordingBuildEngine Inner { get; } = new();

        public bool ContinueOnError => false;

        public int LineNumberOfTaskNode => 0;

        public int ColumnNumberOfTaskNode => 0;

        public string ProjectFileOfTaskNode => Inner.ProjectFileOfTaskNode;

        public bool IsRunningMultipleNodes => false;

        public IReadOnlyDictionary<string, string> GetGlobalProperties() => globals;

        public void LogErrorEvent(BuildErrorEventArgs e) => Inner.LogErrorEvent(e);

        public void LogWarningEvent(BuildWarningEventArgs e) => Inner.LogWarningEvent(e);

        public void LogMessageEvent(BuildMessageEventArgs e) => Inner.LogMessageEvent(e);

        public void LogCustomEvent(CustomBuildEventArgs e)
        {
        }

        public void LogTelemetry(string eventName, IDictionary<string, string> properties)
        {
        }

        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => true;

        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs, string toolsVersion) => true;

        public bool BuildProjectFilesInParallel(string[] projectFileNames, string[] targetNames, IDictionary[] globalProperties, IDictionary[] targetOutputsPerProject, string[] toolsVersion, bool useResultsCache, bool unloadProjectsOnCompletion) => true;

        public BuildEngineResult BuildProjectFilesInParallel(string[] projectFileNames, string[] targetNames, IDictionary[] globalProperties, IList<string>[] removeGlobalProperties, string[] toolsVersion, bool returnTargetOutputs) =>
            new(true, new List<IDictionary<string, ITaskItem[]>>());

        public void Yield()
        {
        }

        public void Reacquire()
        {
        }

        public void RegisterTaskObject(object key, object obj, RegisteredTaskObjectLifetime lifetime, bool allowEarlyCollection)
        {
        }

        public object GetRegisteredTaskObject(object key, RegisteredTaskObjectLifetime lifetime) => null!;

        public object UnregisterTaskObject(object key, RegisteredTaskObjectLifetime lifetime) => null!;
    }
}
