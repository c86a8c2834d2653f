using AiFactory.Testing;

namespace AiFactory_Model.Tests;

/// <summary>
/// Every gate of aifactory.json as its own test case, named after the gate, failing with the gate's value, threshold
/// and manifest line. By default a failed gate fails the model's build, so `dotnet test` stops at the build; to build
/// anyway and see every gate here, passed or failed, run
///
///     dotnet test -p:AiFactoryGateSeverity=warning
/// </summary>
public sealed class GateTests
{
    /// <summary>One case per gate the last build of the model project judged.</summary>
    public static IEnumerable<object[]> Gates => Model.GateCases();

    private static GovernedModel Model => GovernedModel.Referenced(typeof(GateTests).Assembly);

    [Theory]
    [MemberData(nameof(Gates))]
    public void Gate(string gate) => Model.AssertGatePassed(gate);
}
