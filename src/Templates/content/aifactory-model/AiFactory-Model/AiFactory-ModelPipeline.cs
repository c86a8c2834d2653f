using AiFactory;
using Microsoft.ML;
#if (TrainerSdca)
using Microsoft.ML.Trainers;
#elif (TrainerFastTree)
using Microsoft.ML.Trainers.FastTree;
#else
using Microsoft.ML.Trainers.LightGbm;
#endif

namespace AiFactory_Model;

/// <summary>
/// How the model is built. The factory does the rest during `dotnet build`: it seeds the MLContext with model.seed,
/// loads data/train.csv as aifactory.json declares (the label as a bool column), fits this pipeline, scores
/// data/test.csv and checks the gates.
/// </summary>
public sealed class AiFactory_ModelPipeline : IModelPipeline
{
    public IEstimator<ITransformer> BuildPipeline(MLContext ml, ModelContext context) =>
        // Numbers (a missing one replaced by the column mean) and one-hot categories; sensitive attributes are left out.
        context.DefaultFeaturizer(ml, "Features")
#if (TrainerSdca)
            .Append(ml.Transforms.NormalizeMinMax("Features"))
            .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = context.Label,
                FeatureColumnName = "Features",
                // SDCA's result depends on thread scheduling when it uses several threads; one keeps every build's
                // model (and its hash in results.json) the same.
                NumberOfThreads = 1,
            }));
#elif (TrainerFastTree)
            .Append(ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
            {
                LabelColumnName = context.Label,
                FeatureColumnName = "Features",
                NumberOfLeaves = 20,
                NumberOfTrees = 100,
                // One thread: the same model, and the same figures, on every machine.
                NumberOfThreads = 1,
            }));
#else
            .Append(ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
            {
                LabelColumnName = context.Label,
                FeatureColumnName = "Features",
                NumberOfLeaves = 20,
                NumberOfIterations = 100,
                // One thread: the same model, and the same figures, on every machine.
                NumberOfThreads = 1,
            }));
#endif
}
