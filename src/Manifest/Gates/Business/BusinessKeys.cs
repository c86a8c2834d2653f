using System.Collections.Generic;

namespace AiFactory.Manifest.Gates.Business
{
    /// <summary>The keys of the top-level <c>business</c> section and of <c>gates.business</c>.</summary>
    internal static class BusinessKeys
    {
        /// <summary>The top-level <c>business</c> section.</summary>
        public static readonly IReadOnlyList<string> Section = new[] { "kpi", "costs" };

        /// <summary><c>business.costs</c>.</summary>
        public static readonly IReadOnlyList<string> Costs = new[] { "truePositive", "falsePositive", "trueNegative", "falseNegative" };

        /// <summary>The bound of <c>gates.business</c>.</summary>
        public static readonly IReadOnlyList<string> Gates = new[] { "maxCostPer1000" };

        /// <summary>The settings of <c>gates.business</c> beside its bound.</summary>
        public static readonly IReadOnlyList<string> Settings = new[] { "judging" };
    }
}
