namespace AiFactory.Analyzers.Tests.TestSupport;

/// <summary>Manifests the tests give the analyzers as aifactory.json.</summary>
internal static class TestManifests
{
    /// <summary>A valid manifest: sensitive Sex and AgeBand, label Approved, seed 7.</summary>
    public const string Loan = """
        {
          "model": { "name": "LoanApproval", "task": "binary-classification", "seed": 7 },
          "data": {
            "train": "data/train.csv", "test": "data/test.csv", "label": "Approved", "positive": "yes",
            "columns": { "Income": "number", "Region": "category", "Sex": "category", "AgeBand": "category" },
            "sensitive": ["Sex", "AgeBand"]
          },
          "gates": { "metrics": { "auc": { "min": 0.75 } } }
        }
        """;

    /// <summary>The global analyzer config of an IDE or design-time build (the package sets this property there).</summary>
    public const string IdeBuild = """
        is_global = true
        build_property.AiFactoryManifestInIde = true
        """;
}
