using System.Reflection;
using System.Reflection.Emit;

namespace AiFactory.Testing.Tests;

/// <summary>How a test assembly finds its model projects: the attributes the package's targets compile into it.</summary>
public sealed class GovernedModelReferencedTests
{
    private static Assembly AssemblyWith(params string[] projectNames)
    {
        var ctor = typeof(GovernedModelAttribute).GetConstructors().Single();
        var attributes = projectNames.Select(p => new CustomAttributeBuilder(ctor,
            new object[] { p, p + ".Model", $"/repo/{p}/bin/aifactory/results.json", $"/repo/{p}/aifactory.json" })).ToArray();
        return AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("Governed.Tests"), AssemblyBuilderAccess.Run, attributes);
    }

    [Fact]
    public void The_single_referenced_model_comes_with_its_paths()
    {
        GovernedModel model = GovernedModel.Referenced(AssemblyWith("LoanApproval"));

        Assert.Equal("LoanApproval", model.ProjectName);
        Assert.Equal("LoanApproval.Model", model.AssemblyName);
        Assert.Equal(Path.GetFullPath("/repo/LoanApproval/bin/aifactory/results.json"), model.ResultsPath);
        Assert.Equal(Path.GetFullPath("/repo/LoanApproval/aifactory.json"), model.ManifestPath);
        Assert.Equal(Path.GetFullPath("/repo/LoanApproval/bin/aifactory"), model.OutputFolder);
    }

    [Fact]
    public void No_referenced_model_says_what_to_reference()
    {
        var e = Assert.Throws<GovernedModelException>(() => GovernedModel.Referenced(AssemblyWith()));

        Assert.Contains("Governed.Tests references no governed model project: add a ProjectReference to the model project", e.Message);
    }

    [Fact]
    public void Several_referenced_models_must_be_named()
    {
        Assembly assembly = AssemblyWith("Churn", "LoanApproval");

        var e = Assert.Throws<GovernedModelException>(() => GovernedModel.Referenced(assembly));
        Assert.Contains("several governed model projects (Churn, LoanApproval)", e.Message);
        Assert.Equal("Churn", GovernedModel.Referenced(assembly, "churn").ProjectName);
        Assert.Equal(new[] { "Churn", "LoanApproval" }, GovernedModel.AllReferenced(assembly).Select(m => m.ProjectName));
        var unknown = Assert.Throws<GovernedModelException>(() => GovernedModel.Referenced(assembly, "Fraud"));
        Assert.Contains("no governed model project named Fraud (it references: Churn, LoanApproval)", unknown.Message);
    }
}
