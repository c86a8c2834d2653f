using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Gates.Metrics;
using AiFactory.Manifest.Json;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;

namespace AiFactory.Manifest.Gates.Data
{
    /// <summary>Reads and checks <c>gates.data</c>: bounds on the training and test data.</summary>
    internal static class DataGatesReader
    {
        /// <param name="context">The reading.</param>
        /// <param name="node">The gates.data object.</param>
        /// <param name="data">The data section as read, or null when absent (its own error is reported already).</param>
        public static DataGates Read(ReadContext context, JsonObject node, DataSection? data)
        {
            var reader = new ObjectReader(context, node, "gates.data", DataKeys.Section);
            var gates = new DataGates { Location = context.At(node), Settings = MetricSettingsReader.Read(context, reader, DataKeys.Settings) };

            // Judged on what the data section says: predictions mode has no data.train, so nothing compares with it.
            bool noTrainingData = data != null && data.TrainLocation == null;
            bool noSensitive = data != null && data.Sensitive.Count == 0 && data.SensitiveLocations.Count == 0;

            ReadMinRows(context, reader, gates, noTrainingData);
            ReadMissingRate(context, reader, gates);
            gates.MaxDuplicateRate = reader.Number("maxDuplicateRate", NumberRange.UnitInterval);

            gates.MaxOverlapRate = reader.Number("maxOverlapRate", NumberRange.UnitInterval);
            if (gates.MaxOverlapRate != null && noTrainingData)
            {
                NeedsTrainingData(context, reader.Property("maxOverlapRate")!, "compares the test rows with the training data");
                gates.MaxOverlapRate = null;
            }

            gates.MinMinorityShare = Within(context, reader, "minMinorityShare", 0, 0.5,
                "between 0 and 0.5 (inclusive): the rarer class is at most half of the rows");
            gates.MinGroupRows = reader.Integer("minGroupRows", NumberRange.PositiveCount);
            gates.MaxLeakageAuc = Within(context, reader, "maxLeakageAuc", 0.5, 1,
                "between 0.5 and 1 (inclusive): a column that carries no information about the label has an AUC of about 0.5");
            gates.MaxProxyStrength = reader.Number("maxProxyStrength", NumberRange.UnitInterval);

            foreach (string key in new[] { "minGroupRows", "maxProxyStrength" })
            {
                JsonProperty? property = reader.Property(key);
                if (property != null && noSensitive)
                {
                    context.Error(
                        DiagnosticIds.MissingKey,
                        $"gates.data.{key} applies to the sensitive attributes, and data.sensitive names none; " +
                        "list them in the data section, e.g. \"sensitive\": [\"sex\"], or remove this gate",
                        context.At(property));
                }
            }

            // Settings alone judge nothing; an unknown key has its own error.
            if (node.Properties.All(p => DataKeys.Settings.Contains(p.Name)))
            {
                context.Error(
                    DiagnosticIds.MissingKey,
                    "gates.data sets no bound; add one, e.g. { \"maxMissingRate\": 0.05, \"minRows\": 1000 }, or remove gates.data",
                    context.At(node));
            }

            return gates;
        }

        private static void ReadMinRows(ReadContext context, ObjectReader reader, DataGates gates, bool noTrainingData)
        {
            JsonProperty? property = reader.Property("minRows");
            if (property == null)
            {
                return;
            }

            if (property.Value is JsonObject perFile)
            {
                var files = new ObjectReader(context, perFile, "gates.data.minRows", DataKeys.Files);
                gates.MinRowsTrain = files.Integer("train", NumberRange.PositiveCount);
                gates.MinRowsTest = files.Integer("test", NumberRange.PositiveCount);
                if (perFile.Properties.Count == 0)
                {
                    context.Error(
                        DiagnosticIds.MissingKey,
                        "gates.data.minRows sets no bound; add \"train\" or \"test\", e.g. { \"train\": 5000, \"test\": 1000 }",
                        context.At(perFile));
                }

                JsonProperty? train = files.Property("train");
                if (train != null && noTrainingData && gates.MinRowsTrain != null)
                {
                    NeedsTrainingData(context, train, "bounds the rows of the training data");
                    gates.MinRowsTrain = null;
                }

                return;
            }

            if (property.Value is JsonNumber)
            {
                // The number form bounds every file the build reads.
                Bound? bound = reader.Integer("minRows", NumberRange.PositiveCount);
                gates.MinRowsTest = bound;
                gates.MinRowsTrain = noTrainingData ? null : bound;
                return;
            }

            reader.WrongType("gates.data.minRows", "an integer or an object", property.Value,
                "write 1000 (every data file), or { \"train\": 5000, \"test\": 1000 }");
        }

        private static void ReadMissingRate(ReadContext context, ObjectReader reader, DataGates gates)
        {
            JsonProperty? property = reader.Property("maxMissingRate");
            if (property == null)
            {
                return;
            }

            if (!(property.Value is JsonObject bounds))
            {
                if (property.Value is JsonNumber)
                {
                    gates.MaxMissingRate = reader.Number("maxMissingRate", NumberRange.UnitInterval);
                }
                else
                {
                    reader.WrongType("gates.data.maxMissingRate", "a number or an object", property.Value,
                        "write 0.05 (the share of missing cells in a file), or { \"overall\": 0.05, \"eachColumn\": 0.2 }");
                }

                return;
            }

            var missing = new ObjectReader(context, bounds, "gates.data.maxMissingRate", DataKeys.MissingRateBounds);
            gates.MaxMissingRate = missing.Number("overall", NumberRange.UnitInterval);
            gates.MaxMissingRateEachColumn = missing.Number("eachColumn", NumberRange.UnitInterval);
            JsonObject? columnsNode = missing.Object("columns", hint: "write { \"occupation\": 0.3 }");
            if (columnsNode != null)
            {
                var columns = new ObjectReader(context, columnsNode, "gates.data.maxMissingRate.columns", null);
                var result = new List<ColumnBound>();
                foreach (JsonProperty column in columns.EffectiveProperties())
                {
                    if (column.Name.Trim().Length == 0)
                    {
                        context.Error(DiagnosticIds.InvalidValue,
                            "a column name in gates.data.maxMissingRate.columns is empty; write the name as in the data file's header",
                            context.At(column));
                        continue;
                    }

                    Bound? bound = columns.CheckNumber($"gates.data.maxMissingRate.columns.{column.Name}", column.Value, NumberRange.UnitInterval);
                    if (bound != null)
                    {
                        result.Add(new ColumnBound(column.Name, bound));
                    }
                }

                gates.MaxMissingRateColumns = result;
            }

            if (bounds.Properties.Count == 0)
            {
                context.Error(
                    DiagnosticIds.MissingKey,
                    "gates.data.maxMissingRate sets no bound; add \"overall\", \"eachColumn\" or \"columns\", e.g. { \"eachColumn\": 0.2 }",
                    context.At(bounds));
            }
        }

        /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>], a narrower range than any shared one.</summary>
        private static Bound? Within(ReadContext context, ObjectReader reader, string key, double min, double max, string description)
        {
            Bound? bound = reader.Number(key, NumberRange.AnyFinite);
            if (bound == null || (bound.Value >= min && bound.Value <= max))
            {
                return bound;
            }

            context.Error(
                DiagnosticIds.OutOfRange,
                $"gates.data.{key} is {bound.Text ?? bound.Value.ToString("R", CultureInfo.InvariantCulture)}, but it must be {description}",
                bound.Location);
            return null;
        }

        private static void NeedsTrainingData(ReadContext context, JsonProperty property, string what) =>
            context.Error(
                DiagnosticIds.ConflictingKeys,
                $"gates.data.{Path(property)} {what}, but there is no data.train (model.source \"predictions\" trains nothing); " +
                "remove it, or govern a model the build trains",
                context.At(property));

        private static string Path(JsonProperty property) => property.Name == "train" ? "minRows.train" : property.Name;
    }
}
