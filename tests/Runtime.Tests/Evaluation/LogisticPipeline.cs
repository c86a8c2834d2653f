using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace AiFactory.Runtime.Tests.Evaluation;

/// <summary>The model the evaluation tests train: the default featurizer (without <c>id</c>), min-max scaled, a single-threaded SDCA logistic regression.</summary>
internal sealed class LogisticPipeline : IModelPipeline
{
    public IEstimator<ITransformer> BuildPipeline(MLContext ml, ModelContext context) =>
        context.DefaultFeaturizer(ml, "Features", "id")
            .Append(ml.Transforms.NormalizeMinMax("Features"))
            .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = context.Label,
                FeatureColumnName = "Features",
                NumberOfThreads = 1,
            }));
}
