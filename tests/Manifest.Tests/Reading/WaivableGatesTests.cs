using AiFactory.Manifest.Reading;

namespace AiFactory.Manifest.Tests.Reading;

/// <summary>The gate paths a waiver may name: every setting a policy can set, and the gates above them; nothing else.</summary>
public class WaivableGatesTests
{
    [Theory]
    [InlineData("metrics")]
    [InlineData("metrics.auc")]
    [InlineData("metrics.auc.min")]
    [InlineData("metrics.logLoss.max")]
    [InlineData("metrics.judging")]
    [InlineData("business.maxCostPer1000")]
    [InlineData("data.minRows")]
    [InlineData("data.minRows.train")]
    [InlineData("data.maxMissingRate.eachColumn")]
    [InlineData("data.maxMissingRate.columns.income")]
    [InlineData("fairness.demographicParityRatio")]
    [InlineData("fairness.demographicParityRatio.min")]
    [InlineData("fairness.equalizedOddsDifference.max")]
    [InlineData("fairness.disparateImpact.max")]
    [InlineData("fairness.everyGroup.fpr.max")]
    [InlineData("fairness.minGroupSize")]
    [InlineData("fairness.onInsufficientData")]
    public void A_setting_or_a_gate_is_named(string gate) => Assert.True(WaivableGates.Names(gate), gate);

    [Theory]
    [InlineData("")]
    [InlineData("metrics.")]
    [InlineData("metrics.aucc")]
    [InlineData("metrics.auc.minimum")]
    [InlineData("metrics.seed")]
    [InlineData("baseline.auc")]
    [InlineData("fairness.parity")]
    [InlineData("fairness.demographicParityRatio.max")]
    [InlineData("fairness.seed")]
    [InlineData("fairness.everyGroup.nope")]
    [InlineData("data.maxMissingRate.columns.")]
    [InlineData("data.minRows.validation")]
    public void Anything_else_is_not(string gate) => Assert.False(WaivableGates.Names(gate), gate);

    [Fact]
    public void Every_gate_a_policy_can_require_can_be_waived() =>
        Assert.All(PolicyKeys.RequirablePaths, path => Assert.True(WaivableGates.Names(path), path));
}
