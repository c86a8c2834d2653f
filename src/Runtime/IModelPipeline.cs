using Microsoft.ML;

namespace AiFactory
{
    /// <summary>
    /// The one thing a governed model project writes: how to build its ML.NET pipeline. The factory does the rest:
    /// it seeds the <see cref="MLContext"/>, loads the training and test data the manifest declares, fits, scores
    /// the held-out set, evaluates and runs the gates. Exactly one non-abstract class in the project implements it.
    /// </summary>
    public interface IModelPipeline
    {
        /// <summary>
        /// Builds the estimator to fit on the training data. The input has one column per data column (numbers as
        /// <see cref="float"/>, categories as text) and the label as a <see cref="bool"/> column named
        /// <see cref="ModelContext.Label"/>. The fitted model must output a <c>Probability</c> column (ML.NET's
        /// binary trainers do, with their default calibrators).
        /// </summary>
        /// <param name="ml">The seeded context; use it for every transform and trainer.</param>
        /// <param name="context">The manifest's view of the data: label, features, seed.</param>
        IEstimator<ITransformer> BuildPipeline(MLContext ml, ModelContext context);
    }
}
