using AiFactory.Analyzers.CodeFixes;
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

    /// <summary>The fix one finding at a time, and Fix All in the document in <paramref name="fixAllPasses"/> passes, both give <paramref name="fixedSource"/>.</summary>
    private static Task VerifyFix(string source, string fixedSource, int fixAllPasses = 1)
    {
        var test = CodeFixVerifier<FeatureColumnAnalyzer, RemoveFromFeaturesCodeFix>.Create(source, fixedSource, RemoveFromFeaturesCodeFix.RemoveLabelKey);
        test.NumberOfFixAllInDocumentIterations = fixAllPasses;
        // What the fixed code's markup marks is what must be left: findings the fix could not remove.
        test.FixedState.MarkupHandling = Microsoft.CodeAnalysis.Testing.MarkupMode.Allow;
        return test.RunAsync();
    }

    [Fact]
    public Task Fix_all_in_a_document_removes_the_label_and_columns_made_from_it_alone_from_every_concatenation() => VerifyFix("""
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

            static IEstimator<ITransformer> Neighbours(MLContext ml) =>
                ml.Transforms.Concatenate("Features", {|AIF1007:"Approved"|}, {|AIF1007:"Label"|}, "Income");

            static IEstimator<ITransformer> Array(MLContext ml) =>
                ml.Transforms.Concatenate("Features", new[] { "Income", {|AIF1007:"Approved"|} });

            static IEstimator<ITransformer> Collection(MLContext ml) =>
                ml.Transforms.Concatenate("Features", ["Income", {|AIF1007:nameof(Applicant.Approved)|}, "Debt"]);
        }
        """, """
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
                    .Append(ml.Transforms.Concatenate("Features", "Income"));

            static IEstimator<ITransformer> Neighbours(MLContext ml) =>
                ml.Transforms.Concatenate("Features", "Income");

            static IEstimator<ITransformer> Array(MLContext ml) =>
                ml.Transforms.Concatenate("Features", new[] { "Income" });

            static IEstimator<ITransformer> Collection(MLContext ml) =>
                ml.Transforms.Concatenate("Features", ["Income", "Debt"]);
        }
        """);

    [Fact]
    public Task No_fix_where_removing_the_column_would_remove_more_than_the_label_or_leave_no_input()
    {
        string source = """
            using Microsoft.ML;

            public static class Pipelines
            {
                // 'Mixed' holds Income as well: leaving it out would drop a real feature.
                static IEstimator<ITransformer> Mixed(MLContext ml) =>
                    ml.Transforms.Concatenate("Mixed", "Income", "Approved")
                        .Append(ml.Transforms.Concatenate("Features", {|AIF1007:"Mixed"|}, "Debt"));

                // The columns come from a local other code may read too.
                static IEstimator<ITransformer> Local(MLContext ml)
                {
                    var columns = new[] { "Income", {|AIF1007:"Approved"|} };
                    return ml.Transforms.Concatenate("Features", columns);
                }

                // The only input: a concatenation of nothing fails when fitted.
                static IEstimator<ITransformer> Only(MLContext ml) => ml.Transforms.Concatenate("Features", {|AIF1007:"Approved"|});

                // The trainer reads its features from the label directly: nothing to remove.
                static IEstimator<ITransformer> Trainer(MLContext ml) => ml.BinaryClassification.Trainers.LbfgsLogisticRegression("y", {|AIF1007:"Approved"|});
            }
            """;
        return VerifyFix(source, source, fixAllPasses: 0);
    }

    [Fact]
    public Task When_every_input_is_the_label_fixing_one_at_a_time_and_fix_all_both_stop_at_the_last_input() => VerifyFix("""
        using Microsoft.ML;
        using Microsoft.ML.Data;

        public sealed class Applicant { [ColumnName("Label")] public bool Approved { get; set; } }

        public static class Pipelines
        {
            static IEstimator<ITransformer> AllLabel(MLContext ml) => ml.Transforms.Concatenate("Features", {|AIF1007:"Approved"|}, {|AIF1007:"Label"|});
        }
        """, """
        using Microsoft.ML;
        using Microsoft.ML.Data;

        public sealed class Applicant { [ColumnName("Label")] public bool Approved { get; set; } }

        public static class Pipelines
        {
            static IEstimator<ITransformer> AllLabel(MLContext ml) => ml.Transforms.Concatenate("Features", {|AIF1007:"Label"|});
        }
        """);
}
