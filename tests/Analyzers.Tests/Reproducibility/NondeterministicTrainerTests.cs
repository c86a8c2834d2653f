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
}
