using AiFactory.Testing;

namespace AiFactory_Model.Tests;

/// <summary>
/// Behavioural tests of the trained model: decisions should not hang on a sensitive attribute. Each test scores the
/// test set as it is, then with only the attribute changed (every row given each other value the attribute takes),
/// and counts the rows whose decision changes.
/// </summary>
public sealed class SensitiveAttributeTests
{
    /// <summary>The share of decisions that may change; the default pipeline leaves sensitive attributes out, so 0 is expected.</summary>
    private const double MaxFlipRate = 0.01;

    [Fact]
    public void Changing_only_the_first_sensitive_attribute_changes_almost_no_decision()
    {
        GovernedModel model = GovernedModel.Referenced(typeof(SensitiveAttributeTests).Assembly);

        CounterfactualResult result = model.Counterfactual("AifAttribute1");

        result.AssertFlipRateAtMost(MaxFlipRate);
    }
}
