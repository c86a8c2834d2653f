using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using AiFactory.Core.Fingerprints;
using AiFactory.Core.IO;
using AiFactory.Core.Protocol;
using AiFactory.Data;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using Microsoft.ML;

namespace AiFactory.Training
{
    /// <summary>Trains the project's pipeline on the manifest's training data and saves a reproducible model.</summary>
    internal sealed class ModelTrainer
    {
        private readonly Action<string> _progress;
        private readonly Action<string>? _detail;

        /// <summary>
        /// Creates a trainer that reports what it is doing through <paramref name="progress"/>, and what ML.NET reports
        /// while it fits through <paramref name="detail"/>.
        /// </summary>
        public ModelTrainer(Action<string> progress, Action<string>? detail = null)
        {
            _progress = progress;
            _detail = detail;
        }

        /// <summary>Trains and writes <c>model.zip</c> and <c>model.json</c> into <paramref name="outputPath"/>.</summary>
        public TrainedModelInfo Train(ModelManifest manifest, Assembly modelAssembly, string outputPath, string trainingFingerprint) =>
            Train(manifest, PipelineLocator.Create(modelAssembly, manifest.FilePath), outputPath, trainingFingerprint);

        /// <summary>Trains <paramref name="pipeline"/> and writes <c>model.zip</c> and <c>model.json</c> into <paramref name="outputPath"/>.</summary>
        public TrainedModelInfo Train(ModelManifest manifest, IModelPipeline pipeline, string outputPath, string trainingFingerprint)
        {
            string trainPath = manifest.Data.TrainPath
                ?? throw new DiagnosticException(DiagnosticIds.MissingKey, "data.train is required to train a model",
                    new SourceLocation(manifest.FilePath, 0, 0));

            _progress($"reading training data {Path.GetFileName(trainPath)}");
            LabelledData train = ManifestDataLoader.Load(manifest, trainPath, manifest.Data.TrainLocation, "training", null);
            if (train.Table.Skipped.Count > 0)
            {
                // Reported as warning AIF3019 by the check stage, on every build; here so that the training log says it too.
                _progress($"skipped {train.Table.Skipped.Count:N0} unreadable rows of {Path.GetFileName(trainPath)} (data.onBadRow \"skip\"), the first at line {train.Table.Skipped.First[0].Line}");
            }
            var columnTypes = ManifestDataLoader.ColumnTypes(train.Table, manifest.Data.Label);
            var view = new TableDataView(train.Table, manifest.Data.Label, train.Labels);

            var ml = new MLContext(seed: manifest.Model.Seed);
            if (_detail != null)
            {
                MLNetLogForwarding.Forward(ml, _detail);
            }

            ModelContext context = CreateContext(manifest, train);
            IEstimator<ITransformer> estimator;
            try
            {
                estimator = pipeline.BuildPipeline(ml, context);
            }
            catch (Exception e) when (e is not DiagnosticException)
            {
                throw Failed(manifest, pipeline, e, $"{pipeline.GetType().Name}.BuildPipeline threw {e.GetType().Name}: {e.Message}");
            }

            _progress($"training {manifest.Model.Name} on {train.Table.RowCount:N0} rows (seed {manifest.Model.Seed})");
            var clock = Stopwatch.StartNew();
            ITransformer model;
            try
            {
                model = estimator.Fit(view);
            }
            catch (Exception e) when (e is not DiagnosticException)
            {
                throw Failed(manifest, pipeline, e, $"fitting the pipeline of {pipeline.GetType().Name} failed with {e.GetType().Name}: {e.Message}");
            }

            byte[] bytes;
            using (var stream = new MemoryStream())
            {
                ml.Model.Save(model, view.Schema, stream);
                bytes = DeterministicModelFile.Normalize(stream.ToArray());
            }

            Directory.CreateDirectory(outputPath);
            AtomicFile.WriteAllBytes(Path.Combine(outputPath, OutputFiles.Model), bytes);
            var info = new TrainedModelInfo
            {
                TrainingFingerprint = trainingFingerprint,
                ModelHash = Sha256.OfBytes(bytes),
                TrainRows = train.Table.RowCount,
                Seed = manifest.Model.Seed,
                ColumnTypes = columnTypes,
            };
            info.WriteTo(Path.Combine(outputPath, OutputFiles.ModelInfo));
            _progress($"trained in {clock.Elapsed.TotalSeconds:F1} s; model {info.ModelHash.Substring(0, 12)}");
            return info;
        }

        /// <summary>The context a pipeline sees for this manifest and training table.</summary>
        public static ModelContext CreateContext(ModelManifest manifest, LabelledData train)
        {
            DataSection data = manifest.Data;
            bool IsFeature(string name) => name != data.Label && !data.Sensitive.Contains(name);
            var numeric = train.Table.Columns.Where(c => c.Type == ColumnType.Number && IsFeature(c.Name)).Select(c => c.Name).ToArray();
            var categorical = train.Table.Columns.Where(c => c.Type == ColumnType.Category && IsFeature(c.Name)).Select(c => c.Name).ToArray();
            return new ModelContext(manifest.Model.Name, data.Label, manifest.Model.Seed, numeric, categorical, data.Sensitive.ToArray());
        }

        /// <summary>
        /// The error of a pipeline that threw: at the place in the model's source the failure points to (else at the
        /// manifest), carrying the exception so the host logs its full text.
        /// </summary>
        private static DiagnosticException Failed(ModelManifest manifest, IModelPipeline pipeline, Exception cause, string message)
        {
            SourceLocation at = PipelineSourceLocator.Locate(cause, pipeline.GetType()) ?? new SourceLocation(manifest.FilePath, 0, 0);
            return new DiagnosticException(Diagnostic.Error(DiagnosticIds.TrainingFailed, message, at), cause);
        }
    }
}
