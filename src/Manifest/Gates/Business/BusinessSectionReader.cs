using AiFactory.Manifest.Json;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;

namespace AiFactory.Manifest.Gates.Business
{
    /// <summary>Reads and checks the <c>business</c> section: the KPI and the cost matrix.</summary>
    internal static class BusinessSectionReader
    {
        public static BusinessSection Read(ReadContext context, JsonObject node)
        {
            var business = new ObjectReader(context, node, "business", BusinessKeys.Section);
            var section = new BusinessSection();

            JsonString? kpi = business.String("kpi");
            if (kpi != null)
            {
                section.Kpi = kpi.Value;
                section.KpiLocation = context.At(kpi);
            }

            JsonObject? costsNode = business.Object("costs");
            if (costsNode != null)
            {
                var costs = new ObjectReader(context, costsNode, "business.costs", BusinessKeys.Costs);
                section.Costs = new CostMatrix
                {
                    TruePositive = costs.Number("truePositive", NumberRange.AnyFinite)?.Value ?? 0,
                    FalsePositive = costs.Number("falsePositive", NumberRange.AnyFinite)?.Value ?? 0,
                    TrueNegative = costs.Number("trueNegative", NumberRange.AnyFinite)?.Value ?? 0,
                    FalseNegative = costs.Number("falseNegative", NumberRange.AnyFinite)?.Value ?? 0,
                    Location = context.At(costsNode),
                };
            }

            return section;
        }
    }
}
