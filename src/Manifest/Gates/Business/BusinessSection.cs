using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Manifest.Model
{
    /// <summary>The <c>business</c> section: the KPI the model serves and what its errors cost.</summary>
    internal sealed class BusinessSection
    {
        /// <summary><c>business.kpi</c>: the business measure, in words.</summary>
        public string? Kpi { get; set; }

        /// <summary>Where <c>business.kpi</c> was set.</summary>
        public SourceLocation? KpiLocation { get; set; }

        /// <summary><c>business.costs</c>, or null when absent.</summary>
        public CostMatrix? Costs { get; set; }
    }
}
