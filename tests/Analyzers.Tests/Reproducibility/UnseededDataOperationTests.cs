using AiFactory.Analyzers.CodeFixes;
using AiFactory.Analyzers.Reproducibility;
using AiFactory.Analyzers.Tests.TestSupport;

namespace AiFactory.Analyzers.Tests.Reproducibility;

public sealed class UnseededDataOperationTests
{
    private static Task Verify(string source) => AnalyzerVerifier<UnseededDataOperationAnalyzer>.VerifyAsync(source);

    [Fact]
    public Task Splits_shuffles_samples_and_cross_validation_without_a_seed_are_reported() => Verify("""
        using Microsoft.ML;

        static class Experiment
        {
            static void Run(MLContext ml, IDataView data, IEstimator<ITransformer> pipeline)
            {
                var split = ml.Data.{|AIF1005:TrainTestSplit|}(data, testFraction: 0.2);
                var shuffled = ml.Data.{|AIF1005:ShuffleRows|}(data);
                var sample = ml.Data.{|AIF1005:BootstrapSample|}(data, seed: null);
                var folds = ml.Data.{|AIF1005:CrossValidationSplit|}(data, numberOfFolds: 3);
                var cv = ml.BinaryClassification.{|AIF1005:CrossValidate|}(data, pipeline);
                var cvRegression = ml.Regression.{|AIF1005:CrossValidate|}(data, pipeline, 3, "Label", null, null);
            }
        }
        """);

    [Fact]
    public Task Seeded_operations_and_look_alikes_are_not_reported() => Verify("""
        using AiFactory;
        using Microsoft.ML;

        static class Experiment
        {
            static void Run(MLContext ml, IDataView data, IEstimator<ITransformer> pipeline, ModelContext context)
            {
                var split = ml.Data.TrainTestSplit(data, 0.2, null, 7);
                var shuffled = ml.Data.ShuffleRows(data, seed: context.Seed);
                var cv = ml.BinaryClassification.CrossValidate(data, pipeline, seed: 1);
                var taken = ml.Data.TakeRows(data, 100);
                var mine = TrainTestSplit(data);
            }

            // A user's own method with the same name is not ML.NET's.
            static IDataView TrainTestSplit(IDataView data, int? seed = null) => data;
        }
        """);

    [Fact]
    public Task Fix_passes_the_model_context_seed() => CodeFixVerifier<UnseededDataOperationAnalyzer, UnseededDataOperationCodeFix>.VerifyAsync("""
        using AiFactory;
        using Microsoft.ML;

        static class Experiment
        {
            static void Run(MLContext ml, IDataView data, ModelContext context)
            {
                var split = ml.Data.{|AIF1005:TrainTestSplit|}(data, testFraction: 0.2);
                var sample = ml.Data.{|AIF1005:BootstrapSample|}(data, null);
            }
        }
        """, """
        using AiFactory;
        using Microsoft.ML;

        static class Experiment
        {
            static void Run(MLContext ml, IDataView data, ModelContext context)
            {
                var split = ml.Data.TrainTestSplit(data, testFraction: 0.2, seed: context.Seed);
                var sample = ml.Data.BootstrapSample(data, context.Seed);
            }
        }
        """, UnseededDataOperationCodeFix.SeedFromModelContextKey);

    [Fact]
    public Task Fix_all_passes_the_manifest_seed() => CodeFixVerifier<UnseededDataOperationAnalyzer, UnseededDataOperationCodeFix>.VerifyAsync("""
        using Microsoft.ML;

        static class Experiment
        {
            static void Run(MLContext ml, IDataView data)
            {
                var split = ml.Data.{|AIF1005:TrainTestSplit|}(data);
                var shuffled = ml.Data.{|AIF1005:ShuffleRows|}(data, seed: null);
            }
        }
        """, """
        using Microsoft.ML;

        static class Experiment
        {
            static void Run(MLContext ml, IDataView data)
            {
                var split = ml.Data.TrainTestSplit(data, seed: 7);
                var shuffled = ml.Data.ShuffleRows(data, seed: 7);
            }
        }
        """, UnseededDataOperationCodeFix.SeedWithManifestSeedKey);

    [Fact]
    public Task Fix_all_in_a_document_seeds_every_operation_in_one_pass_nested_ones_too()
    {
        var test = CodeFixVerifier<UnseededDataOperationAnalyzer, UnseededDataOperationCodeFix>.Create("""
            using AiFactory;
            using Microsoft.ML;

            static class Experiment
            {
                static void Run(MLContext ml, IDataView data, IEstimator<ITransformer> pipeline, ModelContext context)
                {
                    var split = ml.Data.{|AIF1005:TrainTestSplit|}(ml.Data.{|AIF1005:ShuffleRows|}(data), testFraction: 0.2);
                    var folds = ml.Data.{|AIF1005:CrossValidationSplit|}(data, numberOfFolds: 3);
                    var cv = ml.BinaryClassification.{|AIF1005:CrossValidate|}(data, pipeline);
                    var sample = ml.Data.{|AIF1005:BootstrapSample|}(data, seed: null);
                }
            }
            """, """
            using AiFactory;
            using Microsoft.ML;

            static class Experiment
            {
                static void Run(MLContext ml, IDataView data, IEstimator<ITransformer> pipeline, ModelContext context)
                {
                    var split = ml.Data.TrainTestSplit(ml.Data.ShuffleRows(data, seed: context.Seed), testFraction: 0.2, seed: context.Seed);
                    var folds = ml.Data.CrossValidationSplit(data, numberOfFolds: 3, seed: context.Seed);
                    var cv = ml.BinaryClassification.CrossValidate(data, pipeline, seed: context.Seed);
                    var sample = ml.Data.BootstrapSample(data, seed: context.Seed);
                }
            }
            """, UnseededDataOperationCodeFix.SeedFromModelContextKey);
        test.NumberOfFixAllInDocumentIterations = 1;
        return test.RunAsync();
    }
}
