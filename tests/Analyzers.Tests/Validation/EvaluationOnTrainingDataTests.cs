using AiFactory.Analyzers.Tests.TestSupport;
using AiFactory.Analyzers.Validation;
using Microsoft.CodeAnalysis.Testing;

namespace AiFactory.Analyzers.Tests.Validation;

public sealed class EvaluationOnTrainingDataTests
{
    private static Task Verify(string source) => AnalyzerVerifier<EvaluationOnTrainingDataAnalyzer>.VerifyAsync(source);

    [Fact]
    public Task Evaluating_the_data_the_model_was_fitted_on_is_reported() => Verify("""
        using Microsoft.ML;

        static class Experiment
        {
            static void SameVariable(MLContext ml, IEstimator<ITransformer> pipeline, IDataView trainData)
            {
                var model = pipeline.Fit(trainData);
                var metrics = ml.BinaryClassification.Evaluate(model.Transform({|AIF1003:trainData|}));
            }

            static void ThroughALocal(MLContext ml, IEstimator<ITransformer> pipeline, IDataView data)
            {
                ITransformer model = pipeline.Fit(data);
                IDataView predictions = model.Transform({|AIF1003:data|});
                var metrics = ml.Regression.Evaluate(predictions, labelColumnName: "Label");
            }

            static void SplitTrainSet(MLContext ml, IEstimator<ITransformer> pipeline, IDataView data)
            {
                var split = ml.Data.TrainTestSplit(data, seed: 1);
                var model = pipeline.Fit(split.TrainSet);
                var metrics = ml.BinaryClassification.EvaluateNonCalibrated(model.Transform({|AIF1003:split.TrainSet|}));
            }

            static void FittedOnAllEvaluatedOnAPart(MLContext ml, IEstimator<ITransformer> pipeline, IDataView data)
            {
                var split = ml.Data.TrainTestSplit(data, seed: 1);
                var model = pipeline.Fit(data);
                var metrics = ml.BinaryClassification.Evaluate(model.Transform({|AIF1003:split.TestSet|}));
            }

            static void EvaluatedOnAViewContainingTheTrainingRows(MLContext ml, IEstimator<ITransformer> pipeline, IDataView data)
            {
                var shuffled = ml.Data.ShuffleRows(data, seed: 1);
                var training = ml.Data.TakeRows(shuffled, 1000);
                var model = pipeline.Fit(training);
                var metrics = ml.BinaryClassification.Evaluate(model.Transform({|AIF1003:data|}));
            }
        }
        """);

    [Fact]
    public Task Message_says_what_was_fitted_where() => AnalyzerVerifier<EvaluationOnTrainingDataAnalyzer>.VerifyAsync("""
        using Microsoft.ML;
        static class Experiment
        {
            static void Run(MLContext ml, IEstimator<ITransformer> pipeline, IDataView data)
            {
                var split = ml.Data.TrainTestSplit(data, seed: 1);
                var model = pipeline.Fit(data);
                var metrics = ml.BinaryClassification.Evaluate(model.Transform(split.TestSet));
            }
        }
        """, TestManifests.Loan,
        new DiagnosticResult("AIF1003", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithSpan(8, 72, 8, 85)
            .WithSpan(7, 34, 7, 38)
            .WithMessage("'split.TestSet' is part of 'data', the data the model was fitted on (line 7): metrics measured on training data overstate how the model does on new data; evaluate on held-out data such as a TrainTestSplit's TestSet"));

    [Fact]
    public Task Held_out_data_and_look_alikes_are_not_reported() => Verify("""
        using Microsoft.ML;

        static class Experiment
        {
            static void Split(MLContext ml, IEstimator<ITransformer> pipeline, IDataView data)
            {
                var split = ml.Data.TrainTestSplit(data, seed: 1);
                var model = pipeline.Fit(split.TrainSet);
                var metrics = ml.BinaryClassification.Evaluate(model.Transform(split.TestSet));
            }

            static void SeparateFiles(MLContext ml, IEstimator<ITransformer> pipeline, IDataView train, IDataView test)
            {
                var model = pipeline.Fit(train);
                var metrics = ml.BinaryClassification.Evaluate(model.Transform(test));
                // Scoring the training data to look at it is not an evaluation.
                var preview = model.Transform(train).Preview();
            }

            static void DisjointParts(MLContext ml, IEstimator<ITransformer> pipeline, IDataView data)
            {
                var head = ml.Data.TakeRows(data, 1000);
                var tail = ml.Data.SkipRows(data, 1000);
                var model = pipeline.Fit(head);
                var metrics = ml.BinaryClassification.Evaluate(model.Transform(tail));
            }

            static void Reassigned(MLContext ml, IEstimator<ITransformer> pipeline, IDataView train, IDataView test)
            {
                var data = train;
                var model = pipeline.Fit(data);
                data = test;
                var metrics = ml.BinaryClassification.Evaluate(model.Transform(data));
            }

            static void DifferentMethods(MLContext ml, ITransformer model, IDataView data) =>
                ml.BinaryClassification.Evaluate(model.Transform(data));
        }
        """);
}
