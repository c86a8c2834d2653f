using AiFactory.Analyzers.CodeFixes;
using AiFactory.Analyzers.Fairness;
using AiFactory.Analyzers.Tests.TestSupport;
using Microsoft.CodeAnalysis.Testing;

namespace AiFactory.Analyzers.Tests.Fairness;

/// <summary>AIF1002 with the test manifest: Sex and AgeBand are sensitive, Approved is the label.</summary>
public sealed class SensitiveAttributeFeatureTests
{
    private static Task Verify(string source, string? manifest = TestManifests.Loan) =>
        AnalyzerVerifier<FeatureColumnAnalyzer>.VerifyAsync(source, manifest);

    [Fact]
    public Task Sensitive_name_among_the_concatenated_features_is_reported_as_literal_constant_or_nameof() => Verify("""
        using Microsoft.ML;

        public sealed class Applicant
        {
            public float Income { get; set; }
            public string Sex { get; set; } = "";
        }

        static class Features
        {
            const string AgeColumn = "AgeBand";

            static IEstimator<ITransformer> Literal(MLContext ml) =>
                ml.Transforms.Concatenate("Features", "Income", {|AIF1002:"Sex"|});

            static IEstimator<ITransformer> Constant(MLContext ml) =>
                ml.Transforms.Concatenate(outputColumnName: "Features", {|AIF1002:AgeColumn|}, "Income");

            static IEstimator<ITransformer> NameOf(MLContext ml) =>
                ml.Transforms.Concatenate("Features", nameof(Applicant.Income), {|AIF1002:nameof(Applicant.Sex)|});

            static IEstimator<ITransformer> ArrayInALocal(MLContext ml)
            {
                string[] columns = { "Income", {|AIF1002:"AgeBand"|} };
                return ml.Transforms.Concatenate("Features", columns);
            }

            static IEstimator<ITransformer> CaseDiffers(MLContext ml) =>
                ml.Transforms.Concatenate("Features", {|AIF1002:"sex"|});
        }
        """);

    [Fact]
    public Task Message_names_the_attribute_and_the_features_column() => AnalyzerVerifier<FeatureColumnAnalyzer>.VerifyAsync("""
        using Microsoft.ML;
        static class Features
        {
            static IEstimator<ITransformer> Build(MLContext ml) => ml.Transforms.Concatenate("Features", "Income", "Sex");
        }
        """, TestManifests.Loan,
        new DiagnosticResult("AIF1002", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithSpan(4, 108, 4, 113)
            .WithMessage("sensitive attribute 'Sex' (aifactory.json data.sensitive) reaches the features column 'Features'; leave it out of the features (it stays in the data, so the fairness gates can still use it)"));

    [Fact]
    public Task Transform_of_a_sensitive_column_that_feeds_the_features_is_reported() => Verify("""
        using Microsoft.ML;

        static class Features
        {
            static IEstimator<ITransformer> OneHot(MLContext ml) =>
                ml.Transforms.Categorical.OneHotEncoding("SexEncoded", "Sex")
                    .Append(ml.Transforms.Concatenate("Features", "Income", {|AIF1002:"SexEncoded"|}));

            static IEstimator<ITransformer> Chain(MLContext ml) =>
                ml.Transforms.Conversion.MapValueToKey("AgeKey", "AgeBand")
                    .Append(ml.Transforms.Categorical.OneHotHashEncoding("AgeHashed", "AgeKey"))
                    .Append(ml.Transforms.NormalizeMinMax("AgeHashed"))
                    .Append(ml.Transforms.Concatenate("Features", {|AIF1002:"AgeHashed"|}));

            static IEstimator<ITransformer> Pairs(MLContext ml) =>
                ml.Transforms.Categorical.OneHotEncoding(new[] { new InputOutputColumnPair("RegionEncoded", "Region"), new InputOutputColumnPair("SexEncoded", "Sex") })
                    .Append(ml.Transforms.Concatenate("Features", "RegionEncoded", {|AIF1002:"SexEncoded"|}));

            static IEstimator<ITransformer> StraightIntoTheFeatures(MLContext ml) =>
                ml.Transforms.Categorical.OneHotEncoding("Features", {|AIF1002:"Sex"|});

            static IEstimator<ITransformer> Copied(MLContext ml) =>
                ml.Transforms.CopyColumns("Features", {|AIF1002:"Sex"|});
        }
        """);

    [Fact]
    public Task Custom_features_column_of_the_trainer_is_followed() => Verify("""
        using Microsoft.ML;
        using Microsoft.ML.Trainers;

        static class Features
        {
            static IEstimator<ITransformer> Named(MLContext ml) =>
                ml.Transforms.Concatenate("Inputs", "Income", {|AIF1002:"Sex"|})
                    .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(labelColumnName: "Approved", featureColumnName: "Inputs"));

            static IEstimator<ITransformer> Options(MLContext ml) =>
                ml.Transforms.Concatenate("Vector", {|AIF1002:"AgeBand"|})
                    .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options { FeatureColumnName = "Vector", NumberOfThreads = 1 }));

            static IEstimator<ITransformer> RawColumn(MLContext ml) =>
                ml.BinaryClassification.Trainers.SdcaLogisticRegression("Approved", {|AIF1002:"Sex"|});
        }
        """);

    [Fact]
    public Task Input_type_member_named_after_the_attribute_or_mapped_to_it_is_reported() => Verify("""
        using Microsoft.ML;
        using Microsoft.ML.Data;

        public sealed class Applicant
        {
            [LoadColumn(0)] public float Income { get; set; }
            // Loaded under another name: the column still holds the attribute.
            [LoadColumn(1), ColumnName("Gender")] public string Sex { get; set; } = "";
            // Mapped onto the sensitive column's name.
            [LoadColumn(2), ColumnName("AgeBand")] public string Age { get; set; } = "";
            // Named after the attribute and mapped straight onto the features.
            [LoadColumn(3, 4), ColumnName("Features"), VectorType(2)] public float[] {|AIF1002:AgeBand|} { get; set; } = new float[2];
        }

        static class Features
        {
            static IEstimator<ITransformer> RenamedMember(MLContext ml) =>
                ml.Transforms.Concatenate("Features", {|AIF1002:nameof(Applicant.Sex)|});

            static IEstimator<ITransformer> RenamedColumn(MLContext ml) =>
                ml.Transforms.Categorical.OneHotEncoding("GenderEncoded", "Gender")
                    .Append(ml.Transforms.Concatenate("Features", {|AIF1002:"GenderEncoded"|}));

            static IEstimator<ITransformer> MappedByColumnName(MLContext ml) =>
                ml.Transforms.Concatenate("Features", nameof(Applicant.Income), {|AIF1002:nameof(Applicant.Age)|});
        }
        """);

    [Fact]
    public Task Sensitive_columns_from_the_model_context_are_reported() => Verify("""
        using System.Linq;
        using AiFactory;
        using Microsoft.ML;

        public sealed class Pipeline : IModelPipeline
        {
            public IEstimator<ITransformer> BuildPipeline(MLContext ml, ModelContext context) =>
                ml.Transforms.Concatenate("Features", {|AIF1002:context.SensitiveColumns.ToArray()|})
                    .Append(ml.Transforms.Concatenate("Features2", context.NumericFeatures.ToArray()))
                    .Append(ml.Transforms.Categorical.OneHotEncoding("First", context.SensitiveColumns[0]))
                    .Append(ml.Transforms.Concatenate("Features", {|AIF1002:"First"|}));
        }
        """);

    [Fact]
    public Task Grouping_evaluation_dropping_and_look_alike_names_are_not_reported() => Verify("""
        using AiFactory;
        using Microsoft.ML;

        public sealed class Pipeline : IModelPipeline
        {
            public IEstimator<ITransformer> BuildPipeline(MLContext ml, ModelContext context) =>
                // Dropped, never a feature.
                ml.Transforms.DropColumns("Sex")
                    // A different column whose name merely contains the attribute.
                    .Append(ml.Transforms.Categorical.OneHotEncoding("EssexRegion", "Essex"))
                    .Append(ml.Transforms.Concatenate("Features", "Income", "EssexRegion", "SexRatio", "AgeBandwidth"))
                    // The default featurizer leaves the sensitive attributes out.
                    .Append(context.DefaultFeaturizer(ml, "Features2"))
                    // Keyed for grouping, not concatenated into the features.
                    .Append(ml.Transforms.Conversion.MapValueToKey("SexGroup", "Sex"))
                    .Append(ml.Transforms.Concatenate("GroupKey", "Sex", "AgeBand"));

            static void Evaluate(MLContext ml, IDataView data, ITransformer model)
            {
                // Stratified by the attribute and evaluated per group: not a feature.
                var split = ml.Data.TrainTestSplit(data, samplingKeyColumnName: "Sex", seed: 1);
                var scored = model.Transform(split.TestSet);
                var metrics = ml.BinaryClassification.Evaluate(ml.Data.FilterRowsByColumn(scored, "AgeBand", 0, 1), labelColumnName: "Approved");
            }
        }
        """);

    [Fact]
    public Task Without_sensitive_attributes_in_the_manifest_nothing_is_reported() => Verify("""
        using Microsoft.ML;
        static class Features
        {
            static IEstimator<ITransformer> Build(MLContext ml) => ml.Transforms.Concatenate("Features", "Income", "Sex");
        }
        """, TestManifests.Loan.Replace("\"sensitive\": [\"Sex\", \"AgeBand\"]", "\"sensitive\": []"));

    [Fact]
    public Task An_invalid_manifest_gives_no_attributes_to_check() => Verify("""
        using Microsoft.ML;
        static class Features
        {
            static IEstimator<ITransformer> Build(MLContext ml) => ml.Transforms.Concatenate("Features", "Income", "Sex");
        }
        """, TestManifests.Loan.Replace("\"seed\": 7", "\"sead\": 7"));

    [Fact]
    public Task Fix_all_in_a_document_leaves_the_sensitive_attributes_out_of_the_features_where_they_are_written_in_the_call()
    {
        var test = CodeFixVerifier<FeatureColumnAnalyzer, RemoveFromFeaturesCodeFix>.Create("""
            using Microsoft.ML;

            public sealed class Applicant
            {
                public float Income { get; set; }
                public string Sex { get; set; } = "";
            }

            static class Features
            {
                const string AgeColumn = "AgeBand";

                static IEstimator<ITransformer> Named(MLContext ml) =>
                    ml.Transforms.Concatenate(outputColumnName: "Features", {|AIF1002:AgeColumn|}, "Income", {|AIF1002:nameof(Applicant.Sex)|});

                static IEstimator<ITransformer> Encoded(MLContext ml) =>
                    ml.Transforms.Categorical.OneHotEncoding("SexEncoded", "Sex")
                        .Append(ml.Transforms.Concatenate("Features",
                            "Income",
                            {|AIF1002:"SexEncoded"|}));

                static IEstimator<ITransformer> ArrayInALocal(MLContext ml)
                {
                    string[] columns = { "Income", {|AIF1002:"AgeBand"|} };
                    return ml.Transforms.Concatenate("Features", columns);
                }
            }
            """, """
            using Microsoft.ML;

            public sealed class Applicant
            {
                public float Income { get; set; }
                public string Sex { get; set; } = "";
            }

            static class Features
            {
                const string AgeColumn = "AgeBand";

                static IEstimator<ITransformer> Named(MLContext ml) =>
                    ml.Transforms.Concatenate(outputColumnName: "Features", "Income");

                static IEstimator<ITransformer> Encoded(MLContext ml) =>
                    ml.Transforms.Categorical.OneHotEncoding("SexEncoded", "Sex")
                        .Append(ml.Transforms.Concatenate("Features",
                            "Income"));

                static IEstimator<ITransformer> ArrayInALocal(MLContext ml)
                {
                    string[] columns = { "Income", {|AIF1002:"AgeBand"|} };
                    return ml.Transforms.Concatenate("Features", columns);
                }
            }
            """, RemoveFromFeaturesCodeFix.RemoveSensitiveKey);
        test.NumberOfFixAllInDocumentIterations = 1;
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        return test.RunAsync();
    }
}
