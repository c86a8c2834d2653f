using System;
using System.Collections.Generic;
using System.Linq;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Json;
using AiFactory.Manifest.Model;

namespace AiFactory.Manifest.Reading
{
    /// <summary>Reads and checks the <c>data</c> section: files, label, columns and the predictions-mode columns.</summary>
    internal static class DataSectionReader
    {
        /// <param name="context">The reading.</param>
        /// <param name="node">The data object.</param>
        /// <param name="source">The model's source, or null when unknown (mode-dependent checks are skipped).</param>
        public static DataSection Read(ReadContext context, JsonObject node, ModelSource? source)
        {
            var data = new ObjectReader(context, node, "data", ManifestKeys.Data);
            var section = new DataSection();

            // allowedRoots first: the containment check of train and test depends on it.
            List<JsonString>? roots = data.StringArray("allowedRoots", allowEmptyItems: false);
            if (roots != null)
            {
                var resolved = new List<string>();
                foreach (JsonString root in roots)
                {
                    string? full = DataPaths.Resolve(context, $"data.allowedRoots[{resolved.Count}]", root);
                    if (full != null)
                    {
                        resolved.Add(full);
                    }
                }

                section.AllowedRoots = resolved;
            }

            var paths = new DataPaths(context, section.AllowedRoots);
            ReadTrain(context, data, source, paths, section);

            JsonString? test = data.String("test", requiredExample: "\"test\": \"data/test.csv\"");
            if (test != null)
            {
                section.TestPath = paths.ResolveFile("data.test", test) ?? "";
                section.TestLocation = context.At(test);
            }

            JsonString? label = data.String("label", requiredExample: "\"label\": \"Approved\"");
            if (label != null)
            {
                section.Label = label.Value;
                section.LabelLocation = context.At(label);
            }

            JsonString? positive = data.String("positive", requiredExample: "\"positive\": \"true\"");
            if (positive != null)
            {
                section.Positive = positive.Value;
                section.PositiveLocation = context.At(positive);
            }

            ReadColumns(context, data, section);
            ReadSensitive(context, data, section);
            ReadBins(context, data, section);

            List<JsonString>? missing = data.StringArray("missingValues", allowEmptyItems: true);
            if (missing != null)
            {
                section.MissingValues = ObjectReader.Values(missing);
            }

            JsonString? onBadRow = data.String("onBadRow");
            if (onBadRow != null)
            {
                string? action = data.Choice("data.onBadRow", onBadRow, ManifestValues.BadRowActions, Array.Empty<string>(), "");
                if (action != null)
                {
                    section.OnBadRow = action == "skip" ? BadRowAction.Skip : BadRowAction.Error;
                    section.OnBadRowLocation = context.At(onBadRow);
                }
            }

            ReadPredictionColumns(context, data, source, section);
            return section;
        }

        private static void ReadTrain(ReadContext context, ObjectReader data, ModelSource? source, DataPaths paths, DataSection section)
        {
            JsonProperty? trainProperty = data.Property("train");
            if (source == ModelSource.Predictions && trainProperty != null)
            {
                context.Error(
                    DiagnosticIds.ConflictingKeys,
                    "data.train is set, but model.source is \"predictions\": predictions mode trains nothing; remove data.train",
                    context.At(trainProperty));
                return;
            }

            if (source == ModelSource.MLNet && trainProperty == null)
            {
                data.ReportMissing(
                    "train", "\"train\": \"data/train.csv\"",
                    "(model.source is \"mlnet\", the default, so the build trains the model and needs training data)");
                return;
            }

            JsonString? train = data.String("train");
            if (train != null)
            {
                section.TrainPath = paths.ResolveFile("data.train", train);
                section.TrainLocation = context.At(train);
            }
        }

        private static void ReadColumns(ReadContext context, ObjectReader data, DataSection section)
        {
            JsonObject? columnsNode = data.Object("columns");
            if (columnsNode == null)
            {
                return;
            }

            var columns = new ObjectReader(context, columnsNode, "data.columns", null);
            var declarations = new List<ColumnDeclaration>();
            foreach (JsonProperty column in columns.EffectiveProperties())
            {
                string keyPath = $"data.columns.{column.Name}";
                if (column.Name.Trim().Length == 0)
                {
                    context.Error(DiagnosticIds.InvalidValue, "a column name in data.columns is empty; write the name as in the data file's header", context.At(column));
                    continue;
                }

                JsonString? type = columns.CheckString(keyPath, column.Value, allowEmpty: true);
                if (type == null)
                {
                    continue;
                }

                string? value = columns.Choice(
                    keyPath, type, ManifestValues.ColumnTypes, ManifestValues.ColumnTypesNotSupportedYet,
                    "this release reads columns as numbers or categories only");
                if (value != null)
                {
                    ColumnType columnType = value == "number" ? ColumnType.Number : ColumnType.Category;
                    declarations.Add(new ColumnDeclaration(column.Name, columnType, context.At(column)));
                }
            }

            section.Columns = declarations;
        }

        private static void ReadSensitive(ReadContext context, ObjectReader data, DataSection section)
        {
            List<JsonString>? sensitive = data.StringArray("sensitive", allowEmptyItems: false);
            if (sensitive == null)
            {
                return;
            }

            var names = new List<string>();
            var locations = new List<SourceLocation>();
            var firstLine = new Dictionary<string, int>();
            foreach (JsonString item in sensitive)
            {
                if (firstLine.TryGetValue(item.Value, out int line))
                {
                    context.Error(
                        DiagnosticIds.DuplicateKey,
                        $"'{item.Value}' is listed twice in data.sensitive (first on line {line}); remove one of them",
                        context.At(item));
                    continue;
                }

                firstLine.Add(item.Value, item.Line);
                if (section.Label.Length > 0 && item.Value == section.Label)
                {
                    context.Error(
                        DiagnosticIds.ConflictingKeys,
                        $"'{item.Value}' is the label (data.label), so it cannot also be a sensitive attribute; remove it from data.sensitive",
                        context.At(item));
                    continue;
                }

                names.Add(item.Value);
                locations.Add(context.At(item));
            }

            section.Sensitive = names;
            section.SensitiveLocations = locations;
            section.SensitiveKeyLocation = context.At(data.Property("sensitive")!);
        }

        /// <summary><c>data.bins</c>: sensitive column → strictly increasing cut points (lower edge of each bin inclusive).</summary>
        private static void ReadBins(ReadContext context, ObjectReader data, DataSection section)
        {
            JsonObject? node = data.Object("bins", hint: "write { \"age\": [25, 45, 65] }");
            if (node == null)
            {
                return;
            }

            var reader = new ObjectReader(context, node, "data.bins", null);
            var bins = new List<SensitiveBins>();
            foreach (JsonProperty column in reader.EffectiveProperties())
            {
                string keyPath = $"data.bins.{column.Name}";
                if (!section.Sensitive.Contains(column.Name))
                {
                    context.Error(
                        DiagnosticIds.ConflictingKeys,
                        $"{keyPath}: '{column.Name}' is not in data.sensitive, and bins only form the groups of sensitive attributes; " +
                        "add it to data.sensitive or remove this entry",
                        context.At(column));
                    continue;
                }

                foreach (ColumnDeclaration declaration in section.Columns)
                {
                    if (declaration.Name == column.Name && declaration.Type == ColumnType.Category)
                    {
                        context.Error(
                            DiagnosticIds.ConflictingKeys,
                            $"{keyPath} cuts '{column.Name}' into numeric ranges, but data.columns declares it \"category\"; " +
                            "declare it \"number\", or remove the bins to group by its values",
                            context.At(column));
                    }
                }

                if (!(column.Value is JsonArray array) || array.Items.Count == 0)
                {
                    reader.WrongType(keyPath, "a non-empty array of numbers", column.Value, "write the cut points in increasing order, e.g. [25, 45, 65]");
                    continue;
                }

                var edges = new List<double>();
                bool ok = true;
                for (int i = 0; i < array.Items.Count && ok; i++)
                {
                    Bound? edge = reader.CheckNumber($"{keyPath}[{i}]", array.Items[i], NumberRange.AnyFinite);
                    if (edge == null)
                    {
                        ok = false;
                    }
                    else if (edges.Count > 0 && edge.Value <= edges[edges.Count - 1])
                    {
                        context.Error(
                            DiagnosticIds.InvalidValue,
                            $"{keyPath} must be strictly increasing, but {((JsonNumber)array.Items[i]).Text} follows {((JsonNumber)array.Items[i - 1]).Text}; " +
                            "write each cut point once, smallest first",
                            edge.Location);
                        ok = false;
                    }
                    else
                    {
                        edges.Add(edge.Value);
                    }
                }

                if (ok)
                {
                    bins.Add(new SensitiveBins(column.Name, edges, context.At(column)));
                }
            }

            section.Bins = bins;
        }

        private static void ReadPredictionColumns(ReadContext context, ObjectReader data, ModelSource? source, DataSection section)
        {
            JsonProperty? scoreProperty = data.Property("score");
            JsonProperty? predictionProperty = data.Property("prediction");

            if (source == ModelSource.MLNet)
            {
                foreach (JsonProperty? property in new[] { scoreProperty, predictionProperty })
                {
                    if (property != null)
                    {
                        context.Error(
                            DiagnosticIds.ConflictingKeys,
                            $"data.{property.Name} is read only when model.source is \"predictions\"; an ML.NET model makes its own scores. " +
                            $"Remove data.{property.Name}, or set \"source\": \"predictions\" in model to govern a scored file",
                            context.At(property));
                    }
                }

                return;
            }

            if (scoreProperty != null && predictionProperty != null)
            {
                JsonProperty later = IsAfter(scoreProperty, predictionProperty) ? scoreProperty : predictionProperty;
                context.Error(
                    DiagnosticIds.ConflictingKeys,
                    "data.score and data.prediction cannot both be set: name the score column (probability of the positive class) when the file has one, " +
                    "else the predicted-label column; remove one of them",
                    context.At(later));
                return;
            }

            if (source == ModelSource.Predictions && scoreProperty == null && predictionProperty == null)
            {
                data.ReportMissing(
                    "score", "\"score\": \"score\" (or \"prediction\": \"predicted\" when the file holds predicted labels only)",
                    "(model.source is \"predictions\", so the test file must name the column holding the model's output)");
                return;
            }

            JsonString? score = data.String("score");
            if (score != null && NotTheLabel(context, "score", score, section))
            {
                section.Score = score.Value;
                section.ScoreLocation = context.At(score);
            }

            JsonString? prediction = data.String("prediction");
            if (prediction != null && NotTheLabel(context, "prediction", prediction, section))
            {
                section.Prediction = prediction.Value;
                section.PredictionLocation = context.At(prediction);
            }
        }

        private static bool NotTheLabel(ReadContext context, string key, JsonString column, DataSection section)
        {
            if (section.Label.Length == 0 || column.Value != section.Label)
            {
                return true;
            }

            context.Error(
                DiagnosticIds.ConflictingKeys,
                $"data.{key} names '{column.Value}', the label column (data.label); name the column that holds the model's output",
                context.At(column));
            return false;
        }

        private static bool IsAfter(JsonProperty a, JsonProperty b) =>
            a.Line > b.Line || (a.Line == b.Line && a.Column > b.Column);
    }
}
