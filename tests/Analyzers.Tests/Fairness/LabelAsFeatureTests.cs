using AiFactory.Analyzers.Fairness;
using AiFactory.Analyzers.Tests.TestSupport;

namespace AiFactory.Analyzers.Tests.Fairness;

/// <summary>AIF1007 with the test manifest, whose label is Approved.</summary>
public sealed class LabelAsFeatureTests
{
    private static Task Verify(string source, string? manifest = TestManifests.Loan) =>
        AnalyzerVerifier<FeatureColumnAnalyzer>.VerifyAsync(source, manifest);

    [Fact]
    public Task Label_among_the_features_is_reported_by_name_through_transforms_and_through_the_model_context() => Verify("""
        using AiFactory;
        using Microsoft.ML;
        using Microsoft.ML.Data;

        public sealed class Applicant
        {
            public float Income { get; set; }
            [ColumnName("Label")] public bool Approved { get; set; }
        }

        public sealed class Pipeline : IModelPipeline
        {
            public IEstimator<ITransformer> BuildPipeline(MLContext ml, ModelContext context) =>
                ml.Transforms.Conversion.ConvertType("ApprovedNumber", "Approved", DataKind.Single)
                    .Append(ml.Transforms.Concatenate("Features", "Income", {|AIF1007:"ApprovedNumber"|}, {|AIF1007:context.Label|}));

            static IEstimator<ITransformer> Direct(MLContext ml) =>
                ml.Transforms.Concatenate("Features", {|AIF1007:"Approved"|}, {|AIF1007:"Label"|}, "Income");
        }
        """);

    [Fact]
    public Task Label_used_as_the_label_is_not_reported() => Verify("""
        using AiFactory;
        using Microsoft.ML;

        public sealed class Pipeline : IModelPipeline
        {
            public IEstimator<ITransformer> BuildPipeline(MLContext ml, ModelContext context) =>
                ml.Transforms.Conversion.MapValueToKey("LabelKey", context.Label)
                    .Append(ml.Transforms.Concatenate("Features", "Income", "ApprovedAmount"))
                    .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(labelColumnName: context.Label, featureColumnName: "Features"));
        }
        """);

    [Fact]
    public Task Without_a_manifest_the_model_context_label_is_still_followed() => Verify("""
        using AiFactory;
        using Microsoft.ML;

        public sealed class Pipeline : IModelPipeline
        {
            public IEstimator<ITransformer> BuildPipeline(MLContext ml, ModelContext context) =>
                ml.Transforms.CopyColumns("LabelCopy", context.Label)
                    .Append(ml.Transforms.Concatenate("Features", "Income", {|AIF1007:"LabelCopy"|}));
        }
        """, manifest: null);
}
