using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using AiFactory.Core.Data;
using AiFactory.Core.Protocol;
using AiFactory.Data;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;
using AiFactory.Training;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace AiFactory.Testing
{
    /// <summary>
    /// Scores the test set with the trained model as it is and with one attribute changed, reading data and model
    /// exactly as the build's evaluation does (the manifest's types, the column types the model was trained on).
    /// </summary>
    internal static class CounterfactualScorer
    {
        /// <summary>How a missing categorical value is named in results.</summary>
        internal const string MissingValue = "(missing)";

        public static CounterfactualResult Score(GovernedModel model, string attribute, Func<double, double>? change)
        {
            if (string.IsNullOrEmpty(attribute))
            {
                throw new ArgumentException("Name the attribute (a column of the test set) to change.", nameof(attribute));
            }

            ModelManifest manifest = ReadManifest(model);
            if (manifest.Model.Source != ModelSource.MLNet)
            {
                throw new GovernedModelException(
                    $"{model.ProjectName} governs predictions made elsewhere (\"source\": \"predictions\"): there is no trained model to score " +
                    "with a changed attribute; counterfactual tests need a model the build trains (\"source\": \"mlnet\")");
            }

            string modelPath = Path.Combine(model.OutputFolder, OutputFiles.Model);
            string infoPath = Path.Combine(model.OutputFolder, OutputFiles.ModelInfo);
            if (!File.Exists(modelPath) || !File.Exists(infoPath))
            {
                throw new GovernedModelException($"there is no trained model in {model.OutputFolder}: build the model project {model.ProjectName} first");
            }

            TrainedModelInfo info = Diagnosed(() => TrainedModelInfo.ReadFrom(infoPath));
            LabelledData test = Diagnosed(() => ManifestDataLoader.Load(manifest, manifest.Data.TestPath, manifest.Data.TestLocation, "test", info.ColumnTypes));
            DataColumn column = test.Table.Find(attribute) ?? throw new GovernedModelException(
                $"the test set {manifest.Data.TestPath} has no column '{attribute}' (its columns: {string.Join(", ", test.Table.Columns.Select(c => c.Name))})");
            if (attribute == manifest.Data.Label)
            {
                throw new GovernedModelException($"'{attribute}' is the label: change an attribute the model reads, not the answer");
            }

            var ml = new MLContext(seed: manifest.Model.Seed);
            RegisterModelComponents(ml, model.AssemblyName);
            ITransformer transformer;
            using (FileStream stream = File.OpenRead(modelPath))
            {
                transformer = ml.Model.Load(stream, out _);
            }

            var scorer = new Scorer(transformer, test, manifest.Data.Label, manifest.Model.Threshold, modelPath);
            return change is null
                ? ChangeCategory(scorer, test.Table, column, manifest.Model.Threshold)
                : ChangeNumber(scorer, test.Table, column, change, manifest.Model.Threshold);
        }

        /// <summary>Every row given, in turn, each other value of the attribute: k − 1 cyclic shifts over its k values.</summary>
        private static CounterfactualResult ChangeCategory(Scorer scorer, DataTable table, DataColumn column, double threshold)
        {
            if (column.Type != ColumnType.Category)
            {
                throw new GovernedModelException(
                    $"'{column.Name}' is numeric: say how to change it, e.g. model.Counterfactual(\"{column.Name}\", x => x + 10)");
            }

            string?[] rows = column.Categories!;
            // Observed values in a fixed order (ordinal, missing last), so that results don't depend on row order.
            List<string?> values = rows.Where(v => v != null).Distinct(StringComparer.Ordinal).OrderBy(v => v, StringComparer.Ordinal).ToList();
            if (rows.Any(v => v is null))
            {
                values.Add(null);
            }

            if (values.Count < 2)
            {
                throw new GovernedModelException(
                    $"'{column.Name}' takes a single value in the test set ({Name(values.FirstOrDefault())}): there is no other value to change it to");
            }

            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int v = 0; v < values.Count; v++)
            {
                index[values[v] ?? MissingValue] = v;
            }

            int[] valueOf = rows.Select(v => index[v ?? MissingValue]).ToArray();
            bool[] original = scorer.Decide(table);
            var flippedRow = new bool[rows.Length];
            var changeRows = new int[values.Count, values.Count];
            var changeFlips = new int[values.Count, values.Count];
            for (int shift = 1; shift < values.Count; shift++)
            {
                var changed = new string?[rows.Length];
                for (int r = 0; r < rows.Length; r++)
                {
                    changed[r] = values[(valueOf[r] + shift) % values.Count];
                }

                bool[] decisions = scorer.Decide(Replace(table, DataColumn.FromCategories(column.Name, changed, column.TypeInferred)));
                for (int r = 0; r < rows.Length; r++)
                {
                    int from = valueOf[r];
                    int to = (from + shift) % values.Count;
                    changeRows[from, to]++;
                    if (decisions[r] != original[r])
                    {
                        changeFlips[from, to]++;
                        flippedRow[r] = true;
                    }
                }
            }

            var changes = new List<CounterfactualChange>();
            for (int from = 0; from < values.Count; from++)
            {
                for (int to = 0; to < values.Count; to++)
                {
                    if (changeRows[from, to] > 0)
                    {
                        changes.Add(new CounterfactualChange(Name(values[from]), Name(values[to]), changeRows[from, to], changeFlips[from, to]));
                    }
                }
            }

            return new CounterfactualResult(column.Name, rows.Length, flippedRow.Count(f => f), threshold, changes);
        }

        private static CounterfactualResult ChangeNumber(Scorer scorer, DataTable table, DataColumn column, Func<double, double> change, double threshold)
        {
            if (column.Type != ColumnType.Number)
            {
                throw new GovernedModelException(
                    $"'{column.Name}' is categorical: change it with model.Counterfactual(\"{column.Name}\"), which tries every other value");
            }

            double[] rows = column.Numbers!;
            double[] changed = rows.Select(v => double.IsNaN(v) ? v : change(v)).ToArray();
            bool[] original = scorer.Decide(table);
            bool[] decisions = scorer.Decide(Replace(table, DataColumn.FromNumbers(column.Name, changed, column.TypeInferred)));
            int changedRows = 0;
            int flipped = 0;
            for (int r = 0; r < rows.Length; r++)
            {
                if (!double.IsNaN(rows[r]))
                {
                    changedRows++;
                }

                if (decisions[r] != original[r])
                {
                    flipped++;
                }
            }

            var changes = new[] { new CounterfactualChange(column.Name, "changed " + column.Name, changedRows, flipped) };
            return new CounterfactualResult(column.Name, rows.Length, flipped, threshold, changes);
        }

        private static DataTable Replace(DataTable table, DataColumn replacement) =>
            new DataTable(table.Path, table.Columns.Select(c => c.Name == replacement.Name ? replacement : c).ToList(), table.SourceLines);

        private static string Name(string? value) => value ?? MissingValue;

        private static ModelManifest ReadManifest(GovernedModel model)
        {
            // Data containment was the build's check; the test only reads what the build read.
            ManifestReadResult read = ManifestReader.ReadFile(model.ManifestPath, new ManifestReadOptions());
            if (read.HasErrors || read.Manifest is null)
            {
                throw new GovernedModelException(
                    $"the manifest {model.ManifestPath} has errors; build the model project to see them:{Environment.NewLine}" +
                    string.Join(Environment.NewLine, read.Diagnostics.Select(d => d.ToString())));
            }

            return read.Manifest;
        }

        private static T Diagnosed<T>(Func<T> read)
        {
            try
            {
                return read();
            }
            catch (DiagnosticException e)
            {
                throw new GovernedModelException(e.Diagnostic.ToString(), e);
            }
        }

        /// <summary>
        /// ML.NET finds the loader of a saved component (a FastTree or LightGBM model, say) only in assemblies it knows:
        /// register the ML.NET assemblies the model project references, as its own process had them loaded.
        /// </summary>
        private static void RegisterModelComponents(MLContext ml, string? assemblyName)
        {
            if (assemblyName is null)
            {
                return;
            }

            Assembly modelAssembly;
            try
            {
                modelAssembly = Assembly.Load(new AssemblyName(assemblyName));
            }
            catch (Exception e) when (e is FileNotFoundException || e is FileLoadException || e is BadImageFormatException)
            {
                return;
            }

            foreach (AssemblyName reference in modelAssembly.GetReferencedAssemblies()
                .Where(r => r.Name != null && r.Name.StartsWith("Microsoft.ML", StringComparison.Ordinal)))
            {
                try
                {
                    ml.ComponentCatalog.RegisterAssembly(Assembly.Load(reference));
                }
                catch (Exception e) when (e is FileNotFoundException || e is FileLoadException || e is BadImageFormatException)
                {
                    // A reference the model never loads at run time; scoring reports a missing component if it mattered.
                }
            }
        }

        /// <summary>Decisions (score ≥ threshold) of the trained model on a table.</summary>
        private sealed class Scorer
        {
            private readonly ITransformer _model;
            private readonly LabelledData _test;
            private readonly string _label;
            private readonly double _threshold;
            private readonly string _modelPath;

            public Scorer(ITransformer model, LabelledData test, string label, double threshold, string modelPath)
            {
                _model = model;
                _test = test;
                _label = label;
                _threshold = threshold;
                _modelPath = modelPath;
            }

            public bool[] Decide(DataTable table)
            {
                IDataView scored;
                try
                {
                    scored = _model.Transform(new TableDataView(table, _label, _test.Labels));
                }
                catch (Exception e) when (e is ArgumentException || e is InvalidOperationException)
                {
                    throw new GovernedModelException($"the model {_modelPath} cannot score the test data: {e.Message}", e);
                }

                if (scored.Schema.GetColumnOrNull("Probability") is not { } probability || probability.Type != NumberDataViewType.Single)
                {
                    throw new GovernedModelException($"the model {_modelPath} outputs no Probability column (Single) to decide on");
                }

                // The build's rule: positive iff the probability, widened to double, is at least the threshold.
                return scored.GetColumn<float>("Probability").Select(p => (double)p >= _threshold).ToArray();
            }
        }
    }
}
