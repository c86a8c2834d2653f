using System.Collections.Generic;
using System.Linq;
using AiFactory.Core.Data;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Data
{
    /// <summary>Reads the training or test file the way the manifest declares: columns, types, missing values, label.</summary>
    internal static class ManifestDataLoader
    {
        /// <summary>
        /// Reads a data file and its labels. <paramref name="columnTypes"/> fixes the type of every column (the test
        /// set must be read with the types the model was trained on); null lets undeclared types be inferred.
        /// </summary>
        public static LabelledData Load(ModelManifest manifest, string path, SourceLocation? referencedAt, string role,
            IReadOnlyDictionary<string, ColumnType>? columnTypes)
        {
            DataSection data = manifest.Data;
            var forced = new Dictionary<string, ColumnType>();
            if (columnTypes != null)
            {
                foreach (var pair in columnTypes)
                {
                    forced[pair.Key] = pair.Value;
                }
            }

            forced[data.Label] = ColumnType.Category;
            var required = new List<string> { data.Label };
            required.AddRange(data.Sensitive);
            required.AddRange(data.Columns.Select(c => c.Name));
            if (columnTypes != null)
            {
                required.AddRange(columnTypes.Keys);
            }

            var options = new CsvReadOptions
            {
                DeclaredColumns = data.Columns,
                MissingValues = data.MissingValues,
                RequiredColumns = required.Distinct().ToArray(),
                ForcedTypes = forced,
                ReferencedAt = referencedAt,
                OnBadRow = data.OnBadRow,
            };
            DataTable table = CsvTableReader.Read(path, options);
            // A model trained on these columns saw the positive label in its training data, so a test file without it
            // holds one class rather than a misspelt label.
            bool positiveConfirmed = columnTypes != null;
            bool[] labels = LabelEncoder.ToBooleans(table, data.Label, data.Positive, data.PositiveLocation ?? data.LabelLocation, positiveConfirmed, role);
            LabelEncoder.RequireBothClasses(labels, table, role);
            return new LabelledData(table, labels);
        }

        /// <summary>The type of every column but the label, as read.</summary>
        public static IReadOnlyDictionary<string, ColumnType> ColumnTypes(DataTable table, string label) =>
            table.Columns.Where(c => c.Name != label).ToDictionary(c => c.Name, c => c.Type);
    }
}
