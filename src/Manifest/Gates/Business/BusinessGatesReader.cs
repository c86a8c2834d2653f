using System.Collections.Generic;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Gates.Metrics;
using AiFactory.Manifest.Json;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;

namespace AiFactory.Manifest.Gates.Business
{
    /// <summary>Reads and checks <c>gates.business</c>: the bound on the cost per 1000 decisions and its judging.</summary>
    internal static class BusinessGatesReader
    {
        /// <param name="context">The reading.</param>
        /// <param name="node">The gates.business object.</param>
        /// <param name="hasCosts">business.costs is present, so a cost can be computed.</param>
        /// <param name="section">The gates read so far: receives the bound and the settings.</param>
        public static void Read(ReadContext context, JsonObject node, bool hasCosts, GatesSection section)
        {
            var all = new List<string>(BusinessKeys.Gates);
            all.AddRange(BusinessKeys.Settings);
            var reader = new ObjectReader(context, node, "gates.business", all);
            section.MaxCostPer1000 = reader.Number("maxCostPer1000", NumberRange.AnyFinite);
            section.BusinessSettings = MetricSettingsReader.Read(context, reader, BusinessKeys.Settings);
            JsonProperty? maxCost = reader.Property("maxCostPer1000");
            if (maxCost != null && !hasCosts)
            {
                context.Error(
                    DiagnosticIds.MissingKey,
                    "gates.business.maxCostPer1000 needs business.costs to compute a cost; add it at the top level, e.g. " +
                    "\"business\": { \"costs\": { \"falsePositive\": 500, \"falseNegative\": 120 } }",
                    context.At(maxCost));
            }
        }
    }
}
