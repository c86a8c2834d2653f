using AiFactory.Manifest.Model;

namespace AiFactory.Core.Gates.Kinds.Business
{
    /// <summary>What the business gate was judged on, beyond its figures: the mode, whether costs were set, the KPI named.</summary>
    internal sealed class BusinessGateFacts : GateFacts
    {
        /// <summary>Creates the facts.</summary>
        public BusinessGateFacts(JudgingMode mode, bool costsMissing, string? kpi)
        {
            Mode = mode;
            CostsMissing = costsMissing;
            Kpi = kpi;
        }

        /// <summary>How uncertainty was weighed (gates.business.judging).</summary>
        public JudgingMode Mode { get; }

        /// <summary>True when the manifest has no business.costs, so the cost cannot be computed.</summary>
        public bool CostsMissing { get; }

        /// <summary>The business KPI the cost stands for (business.kpi); null or blank when not named.</summary>
        public string? Kpi { get; }
    }
}
