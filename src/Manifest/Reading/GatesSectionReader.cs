using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Gates;
using AiFactory.Manifest.Json;
using AiFactory.Manifest.Model;

namespace AiFactory.Manifest.Reading
{
    /// <summary>Reads and checks the <c>gates</c> section: each kind of <see cref="GateSections"/> with its own reader.</summary>
    internal static class GatesSectionReader
    {
        /// <param name="context">The reading.</param>
        /// <param name="node">The gates object.</param>
        /// <param name="paths">Resolves gates.baseline.results with the manifest's allowed roots.</param>
        /// <param name="labelOnly">The predictions file has predicted labels only (data.prediction): no scores.</param>
        /// <param name="hasCosts">business.costs is present, so a cost can be computed.</param>
        /// <param name="data">The data section as read (fairness gates need its sensitive attributes), or null when absent.</param>
        public static GatesSection Read(ReadContext context, JsonObject node, DataPaths paths, bool labelOnly, bool hasCosts, DataSection? data = null)
        {
            var gates = new ObjectReader(context, node, "gates", ManifestKeys.Gates);
            var section = new GatesSection();
            var reading = new GateReading(context, paths, labelOnly, hasCosts, data);
            foreach (IGateSection kind in GateSections.All)
            {
                JsonObject? kindNode = gates.Object(kind.Key, hint: kind.ObjectHint);
                if (kindNode != null)
                {
                    kind.Read(reading, gates.Property(kind.Key)!, kindNode, section);
                }
            }

            foreach (string key in ManifestKeys.GatesNotSupportedYet)
            {
                JsonProperty? property = gates.Property(key);
                if (property != null)
                {
                    context.Error(
                        DiagnosticIds.NotSupportedYet,
                        $"gates.{key} is not supported yet: {key} gates arrive in a later release of AiFactory.Build. " +
                        $"Remove gates.{key} for now; it would not be enforced, and a gate that cannot fail must not look like one",
                        context.At(property));
                }
            }

            return section;
        }
    }
}
