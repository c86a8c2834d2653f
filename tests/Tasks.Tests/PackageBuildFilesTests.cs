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
        string[] written = new[] { OutputFiles.Results, OutputFiles.Provenance, OutputFiles.Model, OutputFiles.ModelInfo, OutputFiles.Predictions, OutputFiles.DataProfile }.OrderBy(n => n).ToArray();
        Assert.Equal(written, cleaned);
    }

    [Fact]
    public void The_targets_name_the_state_files_the_tasks_write()
    {
        var properties = Targets().Descendants()
            .Where(e => e.Name.LocalName.StartsWith("_AiFactory", StringComparison.Ordinal) && e.Parent!.Name.LocalName == "PropertyGroup")
            .ToDictionary(e => e.Name.LocalName, e => e.Value, StringComparer.Ordinal);
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
}
