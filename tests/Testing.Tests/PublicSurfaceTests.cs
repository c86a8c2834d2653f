using System.Reflection;

namespace AiFactory.Testing.Tests;

/// <summary>
/// What a user compiles against, and nothing more: the pipeline contract of AiFactory, the gates-as-tests API of
/// AiFactory.Testing. AiFactory.Manifest and AiFactory.Core ship in the packages' lib folders as implementation,
/// with every type internal (visible to the product's own assemblies and their tests), so a change there never
/// breaks a user's build.
/// </summary>
public sealed class PublicSurfaceTests
{
    private static string[] PublicTypes(Assembly assembly) =>
        assembly.GetExportedTypes().Select(t => t.FullName!).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Manifest_and_Core_export_no_types()
    {
        Assert.Empty(PublicTypes(Assembly.Load("AiFactory.Manifest")));
        Assert.Empty(PublicTypes(Assembly.Load("AiFactory.Core")));
    }

    [Fact]
    public void AiFactory_exports_the_pipeline_contract_and_the_entry_point_the_package_compiles_in()
    {
        Assert.Equal(new[] { "AiFactory.Hosting.FactoryHost", "AiFactory.IModelPipeline", "AiFactory.ModelContext" },
            PublicTypes(typeof(IModelPipeline).Assembly));
    }

    [Fact]
    public void AiFactory_Testing_exports_the_gates_as_tests_api()
    {
        Assert.Equal(new[]
        {
            "AiFactory.Testing.CounterfactualChange",
            "AiFactory.Testing.CounterfactualResult",
            "AiFactory.Testing.FlipRateExceededException",
            "AiFactory.Testing.GateFailedException",
            "AiFactory.Testing.GateLocation",
            "AiFactory.Testing.GateRecord",
            "AiFactory.Testing.GovernedModel",
            "AiFactory.Testing.GovernedModelAttribute",
            "AiFactory.Testing.GovernedModelException",
            "AiFactory.Testing.ModelResults",
        }, PublicTypes(typeof(GovernedModel).Assembly));
    }
}
