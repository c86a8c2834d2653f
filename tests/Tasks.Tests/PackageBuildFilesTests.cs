using System.Xml.Linq;
using AiFactory.Core.Protocol;

namespace AiFactory.Build.Tasks.Tests;

/// <summary>The package's MSBuild files agree with the code they drive.</summary>
public sealed class PackageBuildFilesTests
{
    private static XDocument Targets() =>
        XDocument.Load(Path.Combine(AppContext.BaseDirectory, "PackageBuild", "AiFactory.Build.targets"));

    [Fact]
    public void Clean_removes_exactly_the_files_the_build_writes_to_the_output_folder()
    {
        string[] cleaned = Targets().Descendants("AiFactoryOutputFile")
            .SelectMany(e => e.Attribute("Include")!.Value.Split(';')).OrderBy(n => n).ToArray();
        string[] written = new[] { OutputFiles.Results, OutputFiles.Provenance, OutputFiles.Model, OutputFiles.ModelInfo, OutputFiles.Predictions, OutputFiles.TestScores, OutputFiles.DataProfile }
            .Concat(AiFactory.Core.Reports.RunReports.All.Select(r => r.FileName)).OrderBy(n => n).ToArray();
        Assert.Equal(written, cleaned);
    }

    [Fact]
    public void The_targets_name_the_state_files_the_tasks_write()
    {
        var properties = Targets().Descendants()
            .Where(e => e.Name.LocalName.StartsWith("_AiFactory", StringComparison.Ordinal) && e.Parent!.Name.LocalName == "PropertyGroup")
            .GroupBy(e => e.Name.LocalName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        Assert.Equal("$(AiFactoryStatePath)" + OutputFiles.PreparedState, properties["_AiFactoryPreparedState"]);
        Assert.Equal("$(AiFactoryStatePath)" + OutputFiles.PreparedInputs, properties["_AiFactoryPreparedInputs"]);
        Assert.Equal("$(AiFactoryStatePath)" + OutputFiles.SettingsStamp, properties["_AiFactorySettingsStamp"]);
        Assert.Equal("$(AiFactoryStatePath)" + OutputFiles.CheckPassed, properties["_AiFactoryCheckPassed"]);
        Assert.Equal("$(AiFactoryStatePath)" + OutputFiles.TrainingStamp, properties["_AiFactoryTrainingStamp"]);
        Assert.Equal("$(AiFactoryStatePath)" + OutputFiles.EvaluationStamp, properties["_AiFactoryEvaluationStamp"]);
        Assert.Equal("$(AiFactoryStatePath)" + OutputFiles.EvaluationRecord, properties["_AiFactoryEvaluationRecord"]);
    }

    [Fact]
    public void Every_task_the_targets_use_exists_in_the_task_assembly()
    {
        foreach (XElement usingTask in Targets().Descendants("UsingTask"))
        {
            string name = usingTask.Attribute("TaskName")!.Value;
            Assert.NotNull(typeof(PrepareGovernedModel).Assembly.GetType(name));
        }
    }

    [Fact]
    public void Heavy_work_is_skipped_in_design_time_builds()
    {
        XElement govern = Targets().Descendants("Target").Single(t => t.Attribute("Name")!.Value == "AiFactoryGovernModel");
        string condition = govern.Attribute("Condition")!.Value;
        Assert.Contains("'$(DesignTimeBuild)' != 'true'", condition);
        Assert.Contains("'$(BuildingProject)' == 'true'", condition);
    }

    /// <summary>The targets' properties and items that name one file, so an attribute can be read as the files it names.</summary>
    private static Dictionary<string, string> FileNames(XDocument targets)
    {
        var names = targets.Descendants()
            .Where(e => e.Name.LocalName.StartsWith("_AiFactory", StringComparison.Ordinal) && e.Parent!.Name.LocalName == "PropertyGroup")
            .GroupBy(e => "$(" + e.Name.LocalName + ")")
            .ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
        foreach (XElement item in targets.Descendants().Where(e => e.Name.LocalName.StartsWith("_AiFactory", StringComparison.Ordinal) && e.Parent!.Name.LocalName == "ItemGroup"))
        {
            names.TryAdd("@(" + item.Name.LocalName + ")", item.Attribute("Include")?.Value ?? "");
        }

        return names;
    }

    private static string[] FilesIn(string attribute, Dictionary<string, string> names) =>
        attribute.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(part => names.TryGetValue(part.Trim(), out string? file) ? file : part.Trim()).ToArray();

    [Fact]
    public void Every_out_of_process_stage_runs_from_one_target_keyed_on_its_stamp_and_the_files_it_reads()
    {
        XDocument targets = Targets();
        Dictionary<string, string> names = FileNames(targets);
        XElement[] calls = targets.Descendants("RunModelStage").ToArray();
        Assert.Equal(ModelStage.All.Select(s => s.Name).OrderBy(n => n), calls.Select(c => c.Attribute("Stage")!.Value).OrderBy(n => n));
        foreach (ModelStage stage in ModelStage.All)
        {
            XElement target = calls.Single(c => c.Attribute("Stage")!.Value == stage.Name).Parent!;
            string[] inputs = FilesIn(target.Attribute("Inputs")!.Value, names);
            string[] outputs = FilesIn(target.Attribute("Outputs")!.Value, names);
            Assert.Contains(stage.Stamp.ToString(), inputs);
            foreach (StageFile read in stage.Reads)
            {
                Assert.Contains(read.ToString(), inputs);
            }

            foreach (StageFile written in stage.Writes)
            {
                Assert.Contains(written.ToString(), outputs);
            }
        }
    }

    [Fact]
    public void The_stages_are_called_with_every_required_argument_and_nothing_the_prepared_state_carries()
    {
        string[] required = typeof(RunModelStage).GetProperties()
            .Where(p => p.GetCustomAttributes(typeof(Microsoft.Build.Framework.RequiredAttribute), false).Length > 0)
            .Select(p => p.Name).ToArray();
        string[] settable = typeof(RunModelStage).GetProperties().Where(p => p.DeclaringType == typeof(RunModelStage) && p.CanWrite).Select(p => p.Name).ToArray();
        foreach (XElement call in Targets().Descendants("RunModelStage"))
        {
            string[] passed = call.Attributes().Select(a => a.Name.LocalName).ToArray();
            Assert.All(required, name => Assert.Contains(name, passed));
            Assert.All(passed, name => Assert.Contains(name, settable));
            Assert.Equal("$(_AiFactoryPreparedState)", call.Attribute("PreparedStateFile")!.Value);
        }
    }

    [Fact]
    public void The_keys_the_targets_read_from_the_prepared_state_are_keys_it_has()
    {
        string[] keys = StageArguments.Options.Select(o => o.StateKey).Append(PreparedState.SourceKey).ToArray();
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "PackageBuild", "AiFactory.Build.targets"));
        string[] read = System.Text.RegularExpressions.Regex.Matches(text, @"';([A-Za-z]+)=\(\[\^;\]\*\);'")
            .Select(m => m.Groups[1].Value).ToArray();
        Assert.NotEmpty(read);
        Assert.All(read, key => Assert.Contains(key, keys));
    }

    [Fact]
    public void Every_task_is_registered_over_any_a_project_registers_first()
    {
        Assert.All(Targets().Descendants("UsingTask"), u => Assert.Equal("true", (string?)u.Attribute("Override")));
    }

    [Fact]
    public void Governance_is_verified_after_every_build_under_a_policy_whatever_the_project_sets()
    {
        XElement root = Targets().Root!;
        string[] local = ((string)root.Attribute("TreatAsLocalProperty")!).Split(';');
        Assert.Contains("_AiFactoryGovernancePolicy", local);
        Assert.Contains("AiFactoryTasksAssembly", local);
        Assert.Contains("AiFactoryPackageTargets", local);

        XElement verify = root.Descendants("Target").Single(t => t.Attribute("Name")!.Value == "AiFactoryVerifyGovernance");
        Assert.Equal("Build", (string)verify.Attribute("AfterTargets")!);
        // Only whether a policy binds: not AiFactoryEnabled, not DesignTimeBuild, not BuildingProject, no other target first.
        Assert.Equal("'$(_AiFactoryGovernancePolicy)' != ''", (string)verify.Attribute("Condition")!);
        Assert.Null(verify.Attribute("DependsOnTargets"));

        // The marker that lets an unchanged build skip it carries every setting the task reads.
        string marker = root.Descendants("_AiFactoryVerifiedMarker").Single().Attribute("Include")!.Value;
        XElement task = verify.Element("VerifyGovernance")!;
        string[] settings = { "Enabled", "GenerateEntryPoint", "StartupObject", "ManifestPath", "OutputPath", "AllowedDataRoots", "GateSeverity", "SkipTraining", "ContinuousIntegrationBuild", "HubTargets" };
        Assert.All(settings, name => Assert.Contains((string)task.Attribute(name)!, marker));
        Assert.Equal("@(_AiFactoryVerifiedMarker)", (string)verify.Attribute("Outputs")!);

        // Under a policy the tasks are the package's own, whatever AiFactoryTasksAssembly a project or command line gives.
        XElement tasks = root.Descendants("AiFactoryTasksAssembly").Single();
        Assert.Contains("'$(_AiFactoryGovernancePolicy)' != ''", (string)tasks.Attribute("Condition")!);
        Assert.Equal("$(_AiFactoryOwnTasksAssembly)", tasks.Value);
    }
}
