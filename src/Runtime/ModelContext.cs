using System.Collections.Generic;
using System.Linq;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;

namespace AiFactory
{
    /// <summary>What a pipeline may know of the governed model: its label, its feature columns and its seed.</summary>
    public sealed class ModelContext
    {
        /// <summary>Creates a context (the factory does this; tests of a pipeline may too).</summary>
        public ModelContext(string modelName, string label, int seed, IReadOnlyList<string> numericFeatures,
            IReadOnlyList<string> categoricalFeatures, IReadOnlyList<string> sensitiveColumns)
        {
            ModelName = modelName;
            Label = label;
            Seed = seed;
            NumericFeatures = numericFeatures;
            CategoricalFeatures = categoricalFeatures;
            SensitiveColumns = sensitiveColumns;
        }

        /// <summary>The model's name from the manifest.</summary>
        public string ModelName { get; }

        /// <summary>The label column: a <see cref="bool"/>, true for the manifest's positive class.</summary>
        public string Label { get; }

        /// <summary>The seed from the manifest (the <see cref="MLContext"/> is already seeded with it).</summary>
        public int Seed { get; }

        /// <summary>Numeric columns other than the label and the sensitive attributes.</summary>
        public IReadOnlyList<string> NumericFeatures { get; }

        /// <summary>Categorical columns other than the label and the sensitive attributes.</summary>
        public IReadOnlyList<string> CategoricalFeatures { get; }

        /// <summary>The sensitive attributes: present in the data for evaluation, never default features.</summary>
        public IReadOnlyList<string> SensitiveColumns { get; }

        /// <summary>
        /// A reasonable default featurization into <paramref name="outputColumn"/>: missing numbers replaced by the
        /// column mean, categories one-hot encoded, everything concatenated. Sensitive attributes are left out.
        /// </summary>
        /// <param name="ml">The seeded context.</param>
        /// <param name="outputColumn">The features column to produce.</param>
        /// <param name="exclude">Further columns to leave out (an identifier, say).</param>
        public IEstimator<ITransformer> DefaultFeaturizer(MLContext ml, string outputColumn = "Features", params string[] exclude)
        {
            string[] numeric = NumericFeatures.Where(c => !exclude.Contains(c)).ToArray();
            string[] categorical = CategoricalFeatures.Where(c => !exclude.Contains(c)).ToArray();
            IEstimator<ITransformer> pipeline = new EstimatorChain<ITransformer>();
            var featureColumns = new List<string>();
            if (numeric.Length > 0)
            {
                pipeline = pipeline.Append(ml.Transforms.ReplaceMissingValues(
                    numeric.Select(c => new InputOutputColumnPair("aif.num." + c, c)).ToArray(),
                    MissingValueReplacingEstimator.ReplacementMode.Mean));
                featureColumns.AddRange(numeric.Select(c => "aif.num." + c));
            }

            if (categorical.Length > 0)
            {
                pipeline = pipeline.Append(ml.Transforms.Categorical.OneHotEncoding(
                    categorical.Select(c => new InputOutputColumnPair("aif.cat." + c, c)).ToArray()));
                featureColumns.AddRange(categorical.Select(c => "aif.cat." + c));
            }

            return pipeline.Append(ml.Transforms.Concatenate(outputColumn, featureColumns.ToArray()));
        }
    }
}
