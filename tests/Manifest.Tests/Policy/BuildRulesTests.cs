using AiFactory.Manifest.Model;
using AiFactory.Manifest.Policy;
using AiFactory.Manifest.Reading;
using static AiFactory.Manifest.Tests.Policy.PolicyTestSupport;

namespace AiFactory.Manifest.Tests.Policy;

/// <summary>The build rules that bind a model under one policy or several: the tightest wins, located where it is written.</summary>
public class BuildRulesTests
{
    private static GovernancePolicy Policy(string path, string text)
    {
        PolicyReadResult read = PolicyReader.Read(path, text);
        Assert.True(read.Diagnostics.Count == 0, string.Join("\n", read.Diagnostics));
        return read.Policy!;
    }

    private static readonly string Team = Path.Combine(Path.GetTempPath(), "aif-manifest-tests", "team", PolicyKeys.PolicyFileName);

    [Theory]
    [InlineData("Allowed", false, false)]
    [InlineData("Allowed", true, false)]
    [InlineData("LocalOnly", false, false)]
    [InlineData("LocalOnly", true, true)]
    [InlineData("Never", false, true)]
    [InlineData("Never", true, true)]
    public void A_rule_forbids_never_everywhere_and_localOnly_in_CI(string permissionName, bool ci, bool forbidden)
    {
        var permission = Enum.Parse<BuildPermission>(permissionName);
        var rule = new BuildRule("optOut", permission, ReadPolicy("{}"), null);

        Assert.Equal(forbidden, rule.Forbids(ci));
    }

    [Fact]
    public void Without_a_policy_there_is_no_rule()
    {
        Assert.Null(BuildRules.OptOut(new GovernancePolicy[0]));
        Assert.Null(BuildRules.DemoteGates(new GovernancePolicy[0]));
        Assert.Null(BuildRules.SkipTraining(new GovernancePolicy[0]));
    }

    [Fact]
    public void A_rule_the_policy_writes_is_quoted_and_located_at_its_value()
    {
        GovernancePolicy policy = ReadPolicy("{\n  \"build\": { \"optOut\": \"never\", \"demoteGates\": \"localOnly\" }\n}");

        BuildRule optOut = BuildRules.OptOut(new[] { policy })!;
        BuildRule demote = BuildRules.DemoteGates(new[] { policy })!;

        Assert.Equal((BuildPermission.Never, false, "build.optOut \"never\""), (optOut.Permission, optOut.IsDefault, optOut.Quoted));
        Assert.Equal((PolicyPath, 2, 24), (optOut.Location.File, optOut.Location.Line, optOut.Location.Column));
        Assert.Equal("build.demoteGates \"localOnly\"", demote.Quoted);
        Assert.Same(policy, optOut.Policy);
    }

    [Fact]
    public void A_rule_left_to_its_default_is_located_at_the_build_key_or_the_first_line()
    {
        GovernancePolicy withBuild = ReadPolicy("{\n  \"gates\": {},\n  \"build\": { \"skipTraining\": \"never\" }\n}");
        GovernancePolicy withoutBuild = ReadPolicy("{ \"gates\": {} }");

        BuildRule optOut = BuildRules.OptOut(new[] { withBuild })!;
        Assert.Equal((BuildPermission.LocalOnly, true), (optOut.Permission, optOut.IsDefault));
        Assert.Equal("build.optOut is not set; its default is \"localOnly\"", optOut.Quoted);
        Assert.Equal((3, 3), (optOut.Location.Line, optOut.Location.Column));

        BuildRule bare = BuildRules.OptOut(new[] { withoutBuild })!;
        Assert.Equal((PolicyPath, 1, 1), (bare.Location.File, bare.Location.Line, bare.Location.Column));
        Assert.Equal(BuildPermission.Allowed, BuildRules.DemoteGates(new[] { withoutBuild })!.Permission);
    }

    [Fact]
    public void A_nearer_policy_cannot_loosen_an_outer_rule_the_tightest_binds()
    {
        GovernancePolicy hub = ReadPolicy("{ \"build\": { \"optOut\": \"localOnly\", \"skipTraining\": \"allowed\" } }");
        GovernancePolicy team = Policy(Team, "{ \"build\": { \"optOut\": \"allowed\", \"skipTraining\": \"never\" } }");

        // Nearest first, as the policies above a model are listed.
        BuildRule optOut = BuildRules.OptOut(new[] { team, hub })!;
        BuildRule skip = BuildRules.SkipTraining(new[] { team, hub })!;

        Assert.Equal((BuildPermission.LocalOnly, PolicyPath), (optOut.Permission, optOut.Location.File));
        Assert.Equal((BuildPermission.Never, Team), (skip.Permission, skip.Location.File));
    }

    [Fact]
    public void As_tight_rules_bind_from_the_nearest_policy_that_writes_one()
    {
        GovernancePolicy hub = ReadPolicy("{ \"build\": { \"optOut\": \"localOnly\" } }");
        GovernancePolicy teamDefault = Policy(Team, "{ \"gates\": {} }");
        GovernancePolicy teamWritten = Policy(Team, "{ \"build\": { \"optOut\": \"localOnly\" } }");

        Assert.Equal((PolicyPath, false), (BuildRules.OptOut(new[] { teamDefault, hub })!.Location.File, BuildRules.OptOut(new[] { teamDefault, hub })!.IsDefault));
        Assert.Equal(Team, BuildRules.OptOut(new[] { teamWritten, hub })!.Location.File);
    }
}
