using AiFactory.Manifest.Model;
using AiFactory.Manifest.Policy;

namespace AiFactory.Manifest.Gates.Business
{
    /// <summary>
    /// Applies the policy's <c>gates.business.maxCostPer1000</c>: inherited when the manifest sets none, a higher
    /// manifest bound is looser; it cannot apply to a model that states no costs.
    /// </summary>
    internal static class BusinessGatesPolicy
    {
        public static void Apply(PolicyMerge merge)
        {
            Bound? policy = merge.Policy.Gates.MaxCostPer1000;
            if (policy == null)
            {
                return;
            }

            if (merge.Manifest.Business?.Costs == null)
            {
                merge.NotApplicable("business.maxCostPer1000", policy.Location, "the manifest states no business.costs to compute a cost from");
                return;
            }

            merge.Manifest.Gates.MaxCostPer1000 = merge.Bound("business.maxCostPer1000", merge.Manifest.Gates.MaxCostPer1000, policy, minimum: false);
        }
    }
}
