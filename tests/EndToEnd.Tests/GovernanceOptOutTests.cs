using System.Text.RegularExpressions;

namespace AiFactory.EndToEnd.Tests;

/// <summary>
/// Nothing switches governance off where a policy binds (docs/policy.md, "Ways around governance"): a hub made with
/// `dotnet new aifactory-hub`, a model made with `dotnet new aifactory-model --hub`, and a policy gate that model fails.
/// Every way tried here builds green without a word on a build that has no such checks.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class GovernanceOptOutTests(PackedPackages packages)
{
    [Fact]
    public void Opting_out_on_the_command_line_is_an_error_in_CI_a_warning_locally_and_a_message_where_the_policy_allows_it()
    {
        (Hub hub, GovernedProject model) = HubWithFailingModel(nameof(Opting_out_on_the_command_line_is_an_error_in_CI_a_warning_locally_and_a_message_where_the_policy_allows_it));

        // Governed, the model fails the policy's precision gate at the policy's line.
        CommandResult governed = packages.Build(model.Folder);
        Assert.Equal(1, governed.ExitCode);
        Shows(governed, "error AIF4001: precision");

        // In CI, under the hub's own rule (optOut "localOnly"), opting out is an error at the rule's line.
        CommandResult ci = BuildInCi(model.Folder, "-p:AiFactoryEnabled=false");
        Assert.True(ci.ExitCode == 1, ci.Output);
        (int line, int column) = OptOutValuePosition(hub);
        Shows(ci, $"{hub.PolicyPath}({line},{column}): error AIF2029: AiFactoryEnabled=false turns governance off for LoanApproval (set on the command line), but the policy forbids that in CI builds (build.optOut \"localOnly\")");
        Assert.DoesNotContain("error AIF4001", ci.Output);

        // Locally the same build passes, with a warning at the same line.
        CommandResult local = packages.Build(model.Folder, "-p:AiFactoryEnabled=false");
        Assert.True(local.ExitCode == 0, local.Output);
        Assert.Contains(local.WarningLines, l => l.Contains($"{hub.PolicyPath}({line},{column}): warning AIF2029: AiFactoryEnabled=false turns governance off for LoanApproval", StringComparison.Ordinal));

        // A team's own policy beside the model cannot loosen the hub's rule: the tightest rule of every policy applies.
        string teamPolicy = Path.Combine(Path.GetDirectoryName(model.Folder)!, "aifactory.policy.json");
        File.WriteAllText(teamPolicy, "{ \"build\": { \"optOut\": \"allowed\" } }\n");
        CommandResult loosened = BuildInCi(model.Folder, "-p:AiFactoryEnabled=false");
        Assert.True(loosened.ExitCode == 1, loosened.Output);
        Shows(loosened, $"{hub.PolicyPath}({line},{column}): error AIF2029:");
        File.Delete(teamPolicy);

        // "never": an error on a developer's machine too.
        string policy = File.ReadAllText(hub.PolicyPath);
        File.WriteAllText(hub.PolicyPath, SetOptOut(policy, "never"));
        CommandResult never = packages.Build(model.Folder, "-p:AiFactoryEnabled=false");
        Assert.True(never.ExitCode == 1, never.Output);
        Shows(never, $"{hub.PolicyPath}({line},{column}): error AIF2029:");
        Shows(never, "the policy forbids that in any build (build.optOut \"never\")");

        // "allowed": the build passes in CI, and says so in a message (no warning, no error).
        File.WriteAllText(hub.PolicyPath, SetOptOut(policy, "allowed"));
        CommandResult allowed = BuildInCi(model.Folder, "-p:AiFactoryEnabled=false");
        Assert.True(allowed.ExitCode == 0, allowed.Output);
        Shows(allowed, "AIF2029: AiFactoryEnabled=false turns governance off for LoanApproval (set on the command line); the policy allows that (build.optOut \"allowed\")");
        Assert.DoesNotContain(allowed.WarningLines.Concat(allowed.ErrorLines), l => l.Contains("AIF2029", StringComparison.Ordinal));

        // A policy without the rule: the default, localOnly, reported at the policy's build section.
        string withoutRule = Regex.Replace(policy, ",\\s*\"optOut\"\\s*:\\s*\"[A-Za-z]+\"", "");
        Assert.DoesNotContain("\"optOut\":", withoutRule);
        File.WriteAllText(hub.PolicyPath, withoutRule);
        (int buildLine, int buildColumn) = AiFactory.BuildTool.Demo.PositionOf(withoutRule, "\"build\"");
        CommandResult byDefault = BuildInCi(model.Folder, "-p:AiFactoryEnabled=false");
        Assert.True(byDefault.ExitCode == 1, byDefault.Output);
        Shows(byDefault, $"{hub.PolicyPath}({buildLine},{buildColumn}): error AIF2029:");
        Shows(byDefault, "(build.optOut is not set; its default is \"localOnly\")");
    }

    [Fact]
    public void Opting_out_in_the_project_file_or_a_Directory_Build_props_is_reported_at_its_line()
    {
        (Hub hub, GovernedProject model) = HubWithFailingModel(nameof(Opting_out_in_the_project_file_or_a_Directory_Build_props_is_reported_at_its_line));

        string csproj = Path.Combine(model.Folder, "LoanApproval.csproj");
        string original = File.ReadAllText(csproj);
        // The package makes a governed project an executable before the project file is read: turned off there, the
        // project is a library again (or the build misses a Main).
        File.WriteAllText(csproj, original.Replace("<Nullable>enable</Nullable>",
            "<Nullable>enable</Nullable>\n    <AiFactoryEnabled>false</AiFactoryEnabled>\n    <OutputType>Library</OutputType>", StringComparison.Ordinal));
        (int line, int column) = AiFactory.BuildTool.Demo.PositionOf(File.ReadAllText(csproj), "<AiFactoryEnabled>");
        CommandResult ci = BuildInCi(model.Folder);
        Assert.True(ci.ExitCode == 1, ci.Output);
        Shows(ci, $"{csproj}({line},{column}): error AIF2029: AiFactoryEnabled=false turns governance off for LoanApproval (set here), but the policy forbids that in CI builds");
        CommandResult local = packages.Build(model.Folder);
        Assert.True(local.ExitCode == 0, local.Output);
        Shows(local, $"{csproj}({line},{column}): warning AIF2029:");
        File.WriteAllText(csproj, original);

        // A Directory.Build.props of the model's own folder (which hides the hub's): reported there.
        string props = Path.Combine(Path.GetDirectoryName(model.Folder)!, "Directory.Build.props");
        File.WriteAllText(props, "<Project>\n  <PropertyGroup>\n    <AiFactoryEnabled>false</AiFactoryEnabled>\n  </PropertyGroup>\n</Project>\n");
        CommandResult fromProps = BuildInCi(model.Folder);
        Assert.True(fromProps.ExitCode == 1, fromProps.Output);
        Shows(fromProps, $"{props}(3,5): error AIF2029: AiFactoryEnabled=false turns governance off for LoanApproval (set here)");
    }

    [Fact]
    public void A_manifest_that_leaves_nothing_to_judge_fails_under_the_policy()
    {
        (Hub hub, GovernedProject model) = HubWithFailingModel(nameof(A_manifest_that_leaves_nothing_to_judge_fails_under_the_policy));

        // A policy whose only gate needs the model's costs, and a manifest without gates that drops its costs: the
        // policy's gate does not apply (warning AIF2025) and nothing is left to judge.
        File.WriteAllText(hub.PolicyPath, "{\n  \"gates\": { \"business\": { \"maxCostPer1000\": 90000 } }\n}\n");
        string manifest = File.ReadAllText(model.ManifestPath);
        string withoutGates = Regex.Replace(manifest, "\"business\": \\{.*?\\n  \\},\\n", "", RegexOptions.Singleline);
        withoutGates = Regex.Replace(withoutGates, ",\\s*// The sample data passes these.*\\n  \\}\\n\\}", "\n}", RegexOptions.Singleline);
        Assert.DoesNotContain("\"gates\"", withoutGates);
        Assert.DoesNotContain("\"business\"", withoutGates);
        File.WriteAllText(model.ManifestPath, withoutGates);

        CommandResult nothing = packages.Build(model.Folder);
        Assert.True(nothing.ExitCode == 1, nothing.Output);
        Shows(nothing, $"{model.ManifestPath}(1,1): error AIF2031: nothing judges model 'LoanApproval'");
        Shows(nothing, "warning AIF2025");
        Assert.False(File.Exists(Path.Combine(model.OutputPath, "model.zip")), "a model that nothing judges was trained");

        // An empty manifest is not a way out either: it is not a manifest.
        File.WriteAllText(model.ManifestPath, "{}\n");
        CommandResult empty = packages.Build(model.Folder);
        Assert.Equal(1, empty.ExitCode);
        Shows(empty, $"{model.ManifestPath}(1,1): error AIF2006: the top level needs the key 'model'");
    }

    [Fact]
    public void A_hub_model_without_its_manifest_and_package_fails()
    {
        (Hub hub, GovernedProject model) = HubWithFailingModel(nameof(A_hub_model_without_its_manifest_and_package_fails));

        // The model's team deletes the manifest, the package reference and the code that needs it: what is left is a
        // project of the hub's solution that nothing governs.
        string csproj = Path.Combine(model.Folder, "LoanApproval.csproj");
        File.Delete(model.ManifestPath);
        File.Delete(Path.Combine(model.Folder, "LoanApprovalPipeline.cs"));
        string text = File.ReadAllText(csproj);
        Assert.Contains("<PackageReference Include=\"AiFactory.Build\" />", text);
        File.WriteAllText(csproj, text.Replace("<PackageReference Include=\"AiFactory.Build\" />", "", StringComparison.Ordinal));

        CommandResult ungoverned = packages.Build(model.Folder);
        Assert.True(ungoverned.ExitCode == 1, ungoverned.Output);
        Shows(ungoverned, $"{csproj} : error AIF2032: LoanApproval is a model project of the hub {hub.SolutionPath}, but it is not governed: it does not import AiFactory.Build");

        // In CI too: the hub's solution says it is a model, whatever the policy's rules.
        CommandResult ci = BuildInCi(model.Folder);
        Assert.Equal(1, ci.ExitCode);
        Shows(ci, "error AIF2032");

        // The package referenced for its API only, without its build assets: no better.
        File.WriteAllText(csproj, File.ReadAllText(csproj).Replace("</Project>", "  <ItemGroup>\n    <PackageReference Include=\"AiFactory.Build\" ExcludeAssets=\"build;buildTransitive\" />\n  </ItemGroup>\n</Project>", StringComparison.Ordinal));
        Assert.Contains("ExcludeAssets", File.ReadAllText(csproj));
        CommandResult apiOnly = packages.Build(model.Folder);
        Assert.True(apiOnly.ExitCode == 1, apiOnly.Output);
        Shows(apiOnly, $"{csproj} : error AIF2032:");
    }

    [Fact]
    public void Removing_the_stages_or_moving_the_manifest_out_of_the_hub_is_caught_after_the_build()
    {
        (Hub hub, GovernedProject model) = HubWithFailingModel(nameof(Removing_the_stages_or_moving_the_manifest_out_of_the_hub_is_caught_after_the_build));
        string csproj = Path.Combine(model.Folder, "LoanApproval.csproj");

        // A Directory.Build.targets of the model's folder that keeps the hub's and empties the governed build's target.
        string targets = Path.Combine(Path.GetDirectoryName(model.Folder)!, "Directory.Build.targets");
        File.WriteAllText(targets, """
            <Project>
              <Import Project="../Directory.Build.targets" Condition="Exists('../Directory.Build.targets')" />
              <Target Name="AiFactoryGovernModel" />
            </Project>
            """);
        CommandResult emptied = packages.Build(model.Folder);
        Assert.True(emptied.ExitCode == 1, emptied.Output);
        Shows(emptied, $"{csproj} : error AIF2030: the gates of LoanApproval were not judged for its current inputs");

        // The same file without the hub's import: the hub's checks are gone, which is itself an error.
        File.WriteAllText(targets, "<Project>\n  <Target Name=\"AiFactoryGovernModel\" />\n</Project>\n");
        CommandResult shadowed = packages.Build(model.Folder);
        Assert.True(shadowed.ExitCode == 1, shadowed.Output);
        Shows(shadowed, $"{csproj} : error AIF2030: the hub's {Path.Combine(hub.Folder, "Directory.Build.targets")} was not imported");
        File.Delete(targets);

        // A property that skips the stages without naming them (BuildingProject=false does not: the SDK sets it in Build).
        CommandResult designTime = packages.Build(model.Folder, "-p:DesignTimeBuild=true");
        Assert.True(designTime.ExitCode == 1, designTime.Output);
        Shows(designTime, $"{csproj} : error AIF2030: the gates of LoanApproval were not judged");
        Assert.DoesNotContain("error AIF4001", designTime.Output);

        // The manifest moved out of the hub, with its data: the policy is found from the project's folder too.
        string outside = Path.Combine(packages.Root, nameof(Removing_the_stages_or_moving_the_manifest_out_of_the_hub_is_caught_after_the_build) + "-outside");
        CopyFolder(Path.Combine(model.Folder, "data"), Path.Combine(outside, "data"));
        File.Copy(model.ManifestPath, Path.Combine(outside, "aifactory.json"));
        CommandResult moved = packages.Build(model.Folder, $"-p:AiFactoryManifest={Path.Combine(outside, "aifactory.json")}");
        Assert.True(moved.ExitCode == 1, moved.Output);
        Shows(moved, $"error AIF2030: the manifest {Path.Combine(outside, "aifactory.json")} is outside the folder of the policy {hub.PolicyPath} that governs LoanApproval");

        // Put back, the model is judged again, and fails its gate as before.
        CommandResult back = packages.Build(model.Folder);
        Assert.Equal(1, back.ExitCode);
        Shows(back, "error AIF4001: precision");
        Assert.DoesNotContain("AIF2030", back.Output);
    }

    /// <summary>A hub as its template writes it, with a model whose precision (about 0.8) misses a policy minimum of 0.99.</summary>
    private (Hub Hub, GovernedProject Model) HubWithFailingModel(string testName)
    {
        var hub = Hub.Create(packages, Path.Combine(packages.Root, testName), "Contoso.Models");
        GovernedProject model = hub.AddModel("LoanApproval");
        string policy = File.ReadAllText(hub.PolicyPath);
        Assert.Contains("\"metrics\": {", policy);
        File.WriteAllText(hub.PolicyPath, policy.Replace("\"metrics\": {", "\"metrics\": {\n      \"precision\": { \"min\": 0.99 },", StringComparison.Ordinal));
        return (hub, model);
    }

    /// <summary>Asserts the build printed <paramref name="text"/>, showing the whole output when it did not.</summary>
    private static void Shows(CommandResult result, string text) =>
        Assert.True(result.Output.Contains(text, StringComparison.Ordinal), $"not printed: {text}\n{result.Output}");

    private CommandResult BuildInCi(string folder, params string[] extra) =>
        packages.Dotnet.With("CI", "true").Run(folder, new[] { "build", "-nologo", "-tl:off", "-v:minimal" }.Concat(extra).ToArray());

    /// <summary>Where the value of build.optOut starts in the hub's policy.</summary>
    private static (int Line, int Column) OptOutValuePosition(Hub hub)
    {
        string text = File.ReadAllText(hub.PolicyPath);
        Match rule = Regex.Match(text, "\"optOut\"\\s*:\\s*(\"[A-Za-z]+\")");
        Assert.True(rule.Success, "the hub's policy has no build.optOut");
        return AiFactory.BuildTool.Demo.PositionOf(text[..rule.Groups[1].Index] + "\u0001", "\u0001");
    }

    /// <summary>The policy with build.optOut set to <paramref name="value"/>.</summary>
    private static string SetOptOut(string policy, string value)
    {
        string replaced = Regex.Replace(policy, "\"optOut\"\\s*:\\s*\"[A-Za-z]+\"", $"\"optOut\": \"{value}\"");
        Assert.Contains($"\"optOut\": \"{value}\"", replaced);
        return replaced;
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
