using AiFactory;
using Microsoft.ML;
using Microsoft.ML.Trainers;

/// <summary>How the loan approval model is built; the factory loads the data, trains, evaluates and gates it.</summary>
public sealed class LoanApprovalPipeline : IModelPipeline
{
    public IEstimator<ITransformer> BuildPipeline(MLContext ml, ModelContext context) =>
        context.DefaultFeaturizer(ml, "Features", exclude: "id")
            .Append(ml.Transforms.NormalizeMinMax("Features"))
            .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = context.Label,
                FeatureColumnName = "Features",
                // SDCA's result depends on thread scheduling when it uses several threads; one keeps it reproducible.
                NumberOfThreads = 1,
            }));
}
