using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Json;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;

namespace AiFactory.Manifest.Gates
{
    /// <summary>What the entries of gates.metrics and gates.baseline (one per metric of the whole test set) check alike.</summary>
    internal static class MetricEntries
    {
        /// <summary>The entry's object, or AIF2004 with the object form of a bare number ("auc": 0.8).</summary>
        public static JsonObject? EntryObject(ObjectReader parent, JsonProperty property, string firstKey, string secondKey, string meanings)
        {
            if (property.Value is JsonObject entry)
            {
                return entry;
            }

            string hint = property.Value is JsonNumber number
                ? $"write {{ \"{firstKey}\": {number.Text} }} or {{ \"{secondKey}\": {number.Text} }} ({meanings})"
                : $"write an object with \"{firstKey}\" or \"{secondKey}\" ({meanings})";
            parent.WrongType(parent.KeyPath(property.Name), "an object", property.Value, hint);
            return null;
        }

        /// <summary>AIF2013 when a label-only predictions file is gated on a metric that needs scores.</summary>
        public static void ReportNeedsScores(ReadContext context, string metric, JsonProperty property)
        {
            if (MetricNames.NeedsScores(metric))
            {
                context.Error(
                    DiagnosticIds.ConflictingKeys,
                    $"{metric} needs scores; a label-only predictions file has none (data.prediction). " +
                    $"Remove this {metric} gate, or export the model's probabilities and name that column with data.score",
                    context.At(property));
            }
        }
    }
}
