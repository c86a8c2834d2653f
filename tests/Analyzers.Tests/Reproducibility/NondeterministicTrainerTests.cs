using AiFactory.Analyzers.CodeFixes;
using AiFactory.Analyzers.Reproducibility;
using AiFactory.Analyzers.Tests.TestSupport;

namespace AiFactory.Analyzers.Tests.Reproducibility;

public sealed class NondeterministicTrainerTests
{
    private static Task Verify(string source) => AnalyzerVerifier<NondeterministicTrainerAnalyzer>.VerifyAsync(source);

    [Fact]
    public Task SDCA_and_SGD_without_a_single_thread_are_reported() => Verify("""
        using Microsoft.ML;
        using Microsoft.ML.Trainers;

        static class Trainers
        {
            static void Run(MLContext ml, int threads)
            {
                var simple = ml.BinaryClassification.Trainers.{|AIF1008:SdcaLogisticRegression|}("Label", "Features");
                var multiclass = ml.MulticlassClassification.Trainers.{|AIF1008:SdcaMaximumEntropy|}();
                var sgd = ml.BinaryClassification.Trainers.{|AIF1008:SgdCalibrated|}();
                var noThreads = ml.BinaryClassification.Trainers.SdcaLogisticRegression({|AIF1008:new SdcaLogisticRegressionBinaryTrainer.Options { LabelColumnName = "Label" }|});
                var four = ml.Regression.Trainers.Sdca(new SdcaRegressionTrainer.Options { NumberOfThreads = {|AIF1008:4|} });
                var variable = ml.Regression.Trainers.Sdca(new SdcaRegressionTrainer.Options { NumberOfThreads = {|AIF1008:threads|} });
            }
        }
        """);

    [Fact]
    public Task Single_threaded_and_other_trainers_are_not_reported() => Verify("""
        using Microsoft.ML;
        using Microsoft.ML.Trainers;

        static class Trainers
        {
            static void Run(MLContext ml, SdcaRegressionTrainer.Options fromElsewhere)
            {
                var one = ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options { NumberOfThreads = 1 });
                var options = new SdcaNonCalibratedBinaryTrainer.Options { NumberOfThreads = 1 };
                var viaLocal = ml.BinaryClassification.Trainers.SdcaNonCalibrated(options);
                var later = new SgdCalibratedTrainer.Options();
                later.NumberOfThreads = 1;
                var sgd = ml.BinaryClassification.Trainers.SgdCalibrated(later);
                var unknown = ml.Regression.Trainers.Sdca(fromElsewhere);
                var lbfgs = ml.BinaryClassification.Trainers.LbfgsLogisticRegression();
                var averaged = ml.BinaryClassification.Trainers.AveragedPerceptron();
            }
        }
        """);

    [Fact]
    public Task Fix_sets_a_single_thread_in_the_options() => CodeFixVerifier<NondeterministicTrainerAnalyzer, NondeterministicTrainerCodeFix>.VerifyAsync("""
        using Microsoft.ML;
        using Microsoft.ML.Trainers;

        static class Trainers
        {
            static void Run(MLContext ml)
            {
                var a = ml.BinaryClassification.Trainers.SdcaLogisticRegression({|AIF1008:new SdcaLogisticRegressionBinaryTrainer.Options { LabelColumnName = "Label" }|});
                var b = ml.Regression.Trainers.Sdca(new SdcaRegressionTrainer.Options { NumberOfThreads = {|AIF1008:4|} });
                var c = ml.BinaryClassification.Trainers.SgdCalibrated({|AIF1008:new SgdCalibratedTrainer.Options()|});
            }
        }
        """, """
        using Microsoft.ML;
        using Microsoft.ML.Trainers;

        static class Trainers
        {
            static void Run(MLContext ml)
            {
                var a = ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options { LabelColumnName = "Label", NumberOfThreads = 1 });
                var b = ml.Regression.Trainers.Sdca(new SdcaRegressionTrainer.Options { NumberOfThreads = 1 });
                var c = ml.BinaryClassification.Trainers.SgdCalibrated(new SgdCalibratedTrainer.Options() { NumberOfThreads = 1 });
            }
        }
        """, NondeterministicTrainerCodeFix.SingleThreadKey);

    [Fact]
    public Task Fix_all_in_a_document_calls_the_options_overload_with_the_arguments_written_and_a_single_thread()
    {
        // Positional and named arguments, in the order written; a trainer called as a static method; options written in
        // place. One Fix All in the document fixes every trainer.
        var test = CodeFixVerifier<NondeterministicTrainerAnalyzer, NondeterministicTrainerCodeFix>.Create("""
            using Microsoft.ML;
            using Microsoft.ML.Trainers;

            static class Trainers
            {
                static void Run(MLContext ml, string label)
                {
                    var a = ml.BinaryClassification.Trainers.{|AIF1008:SdcaLogisticRegression|}();
                    var b = ml.BinaryClassification.Trainers.{|AIF1008:SdcaLogisticRegression|}(label, "Features", maximumNumberOfIterations: 10);
                    var c = ml.BinaryClassification.Trainers.{|AIF1008:SgdCalibrated|}(featureColumnName: "F", labelColumnName: label, learningRate: 0.1);
                    var d = ml.Regression.Trainers.{|AIF1008:Sdca|}(lossFunction: new SquaredLoss(), l2Regularization: 0.5f);
                    var e = ml.MulticlassClassification.Trainers.{|AIF1008:SdcaMaximumEntropy|}("Label");
                    var f = StandardTrainersCatalog.{|AIF1008:SgdNonCalibrated|}(ml.BinaryClassification.Trainers, "Label", numberOfIterations: 5);
                    var g = ml.BinaryClassification.Trainers.SdcaLogisticRegression({|AIF1008:new SdcaLogisticRegressionBinaryTrainer.Options()|});
                }
            }
            """, """
            using Microsoft.ML;
            using Microsoft.ML.Trainers;

            static class Trainers
            {
                static void Run(MLContext ml, string label)
                {
                    var a = ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options { NumberOfThreads = 1 });
                    var b = ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options { LabelColumnName = label, FeatureColumnName = "Features", MaximumNumberOfIterations = 10, NumberOfThreads = 1 });
                    var c = ml.BinaryClassification.Trainers.SgdCalibrated(new SgdCalibratedTrainer.Options { FeatureColumnName = "F", LabelColumnName = label, LearningRate = 0.1, NumberOfThreads = 1 });
                    var d = ml.Regression.Trainers.Sdca(new SdcaRegressionTrainer.Options { LossFunction = new SquaredLoss(), L2Regularization = 0.5f, NumberOfThreads = 1 });
                    var e = ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options { LabelColumnName = "Label", NumberOfThreads = 1 });
                    var f = StandardTrainersCatalog.SgdNonCalibrated(ml.BinaryClassification.Trainers, new SgdNonCalibratedTrainer.Options { LabelColumnName = "Label", NumberOfIterations = 5, NumberOfThreads = 1 });
                    var g = ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options() { NumberOfThreads = 1 });
                }
            }
            """, NondeterministicTrainerCodeFix.SingleThreadKey);
        test.NumberOfFixAllInDocumentIterations = 1;
        return test.RunAsync();
    }

    [Fact]
    public Task The_options_type_is_written_as_the_file_names_it()
    {
        // Without `using Microsoft.ML.Trainers;` the fix adds it, once for the whole document.
        var test = CodeFixVerifier<NondeterministicTrainerAnalyzer, NondeterministicTrainerCodeFix>.Create("""
            using Microsoft.ML;

            static class Trainers
            {
                static IEstimator<ITransformer> First(MLContext ml) => ml.BinaryClassification.Trainers.{|AIF1008:SdcaNonCalibrated|}(labelColumnName: "y");
                static IEstimator<ITransformer> Second(MLContext ml) => ml.Regression.Trainers.{|AIF1008:Sdca|}();
            }
            """, """
            using Microsoft.ML;
            using Microsoft.ML.Trainers;

            static class Trainers
            {
                static IEstimator<ITransformer> First(MLContext ml) => ml.BinaryClassification.Trainers.SdcaNonCalibrated(new SdcaNonCalibratedBinaryTrainer.Options { LabelColumnName = "y", NumberOfThreads = 1 });
                static IEstimator<ITransformer> Second(MLContext ml) => ml.Regression.Trainers.Sdca(new SdcaRegressionTrainer.Options { NumberOfThreads = 1 });
            }
            """, NondeterministicTrainerCodeFix.SingleThreadKey);
        return test.RunAsync();
    }

    [Fact]
    public Task No_fix_where_an_argument_has_no_option_of_its_name()
    {
        // The multiclass SdcaNonCalibrated takes lossFunction, but its options call the loss Loss: no sound rewrite.
        string source = """
            using Microsoft.ML;
            using Microsoft.ML.Trainers;

            static class Trainers
            {
                static IEstimator<ITransformer> Run(MLContext ml) =>
                    ml.MulticlassClassification.Trainers.{|AIF1008:SdcaNonCalibrated|}(lossFunction: new HingeLoss());
            }
            """;
        return CodeFixVerifier<NondeterministicTrainerAnalyzer, NondeterministicTrainerCodeFix>.Create(source, source, NondeterministicTrainerCodeFix.SingleThreadKey).RunAsync();
    }

    [Fact]
    public Task Fix_of_the_page_example_writes_what_the_page_says() => CodeFixVerifier<NondeterministicTrainerAnalyzer, NondeterministicTrainerCodeFix>.VerifyAsync("""
        using AiFactory;
        using Microsoft.ML;

        public sealed class LoanApprovalPipeline : IModelPipeline
        {
            public IEstimator<ITransformer> BuildPipeline(MLContext ml, ModelContext context) =>
                context.DefaultFeaturizer(ml, "Features")
                    .Append(ml.BinaryClassification.Trainers.{|AIF1008:SdcaLogisticRegression|}(context.Label, "Features"));
        }
        """, """
        using AiFactory;
        using Microsoft.ML;
        using Microsoft.ML.Trainers;

        public sealed class LoanApprovalPipeline : IModelPipeline
        {
            public IEstimator<ITransformer> BuildPipeline(MLContext ml, ModelContext context) =>
                context.DefaultFeaturizer(ml, "Features")
                    .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options { LabelColumnName = context.Label, FeatureColumnName = "Features", NumberOfThreads = 1 }));
        }
        """, NondeterministicTrainerCodeFix.SingleThreadKey);
}
