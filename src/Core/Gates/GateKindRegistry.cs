using System.Collections.Generic;
using AiFactory.Core.Gates.Kinds.Baseline;
using AiFactory.Core.Gates.Kinds.Business;
using AiFactory.Core.Gates.Kinds.Data;
using AiFactory.Core.Gates.Kinds.Fairness;
using AiFactory.Core.Gates.Kinds.Metric;

namespace AiFactory.Core.Gates
{
    /// <summary>
    /// Every gate kind, in the order they are judged — the order of the gates in results.json and of the diagnostics:
    /// metric, baseline, business, data, fairness.
    /// </summary>
    internal static class GateKindRegistry
    {
        /// <summary>The kinds, in judging order.</summary>
        public static IReadOnlyList<IGateKind> All { get; } = new IGateKind[]
        {
            new MetricGateKind(),
            new BaselineGateKind(),
            new BusinessGateKind(),
            new DataGateKind(),
            new FairnessGateKind(),
        };
    }
}
