using System.Globalization;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Data
{
    /// <summary>
    /// The text label values are compared by: a category as written, a number in round-trip form, so that a label
    /// column declared "number" still matches data.positive "1" against a value written "1.0".
    /// </summary>
    internal static class LabelKeys
    {
        /// <summary>The key of a row's value, or null when it is missing.</summary>
        public static string? Of(DataColumn column, int row)
        {
            if (column.Categories != null) return column.Categories[row];
            double value = column.Numbers![row];
            return double.IsNaN(value) ? null : value.ToString("R", CultureInfo.InvariantCulture);
        }

        /// <summary>The key a value written in the manifest has in this column, or null when it can match no row (text in a number column).</summary>
        public static string? OfText(DataColumn column, string text)
        {
            if (column.Type == ColumnType.Category) return text;
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && !double.IsNaN(value)
                ? value.ToString("R", CultureInfo.InvariantCulture)
                : null;
        }
    }
}
