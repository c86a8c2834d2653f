using System;
using AiFactory.Core.Metrics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Business
{
    /// <summary>What the model's decisions cost the business, from the manifest's cost matrix.</summary>
    internal static class ExpectedCost
    {
        /// <summary>Decisions the business figure is expressed per.</summary>
        public const double Decisions = 1000;

        /// <summary>
        /// The average cost of 1,000 decisions on the evaluated data:
        /// (TP·cTP + FP·cFP + TN·cTN + FN·cFN) / total × 1000.
        /// </summary>
        /// <exception cref="ArgumentException">The counts hold no rows.</exception>
        public static double Per1000(CostMatrix costs, ConfusionCounts counts)
        {
            if (costs is null)
            {
                throw new ArgumentNullException(nameof(costs));
            }

            if (counts is null)
            {
                throw new ArgumentNullException(nameof(counts));
            }

            if (counts.Total == 0)
            {
                throw new ArgumentException("The expected cost needs at least one decision.", nameof(counts));
            }

            var total = new CompensatedSum();
            total.Add(counts.TruePositives * costs.TruePositive);
            total.Add(counts.FalsePositives * costs.FalsePositive);
            total.Add(counts.TrueNegatives * costs.TrueNegative);
            total.Add(counts.FalseNegatives * costs.FalseNegative);
            // Scale before dividing: with whole-number costs the sum times 1000 is exact, so one rounding remains.
            return total.Value * Decisions / counts.Total;
        }
    }
}
