using System;
using System.Collections.Generic;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Manifest.Policy
{
    /// <summary>
    /// The <c>build</c> rules that bind a model under several policies (its own folder's and those above, nearest first):
    /// for each rule the tightest permission any of them sets, so a nearer policy cannot loosen an outer one's rule.
    /// </summary>
    internal static class BuildRules
    {
        /// <summary><c>build.demoteGates</c>, or null without a policy.</summary>
        public static BuildRule? DemoteGates(IEnumerable<GovernancePolicy> policies) =>
            Tightest(policies, "demoteGates", p => p.DemoteGates, p => p.DemoteGatesLocation);

        /// <summary><c>build.skipTraining</c>, or null without a policy.</summary>
        public static BuildRule? SkipTraining(IEnumerable<GovernancePolicy> policies) =>
            Tightest(policies, "skipTraining", p => p.SkipTraining, p => p.SkipTrainingLocation);

        /// <summary><c>build.optOut</c>, or null without a policy.</summary>
        public static BuildRule? OptOut(IEnumerable<GovernancePolicy> policies) =>
            Tightest(policies, "optOut", p => p.OptOut, p => p.OptOutLocation);

        private static BuildRule? Tightest(IEnumerable<GovernancePolicy> policies, string key,
            Func<GovernancePolicy, BuildPermission> permission, Func<GovernancePolicy, SourceLocation?> location)
        {
            GovernancePolicy? binding = null;
            foreach (GovernancePolicy policy in policies)
            {
                // Nearest first: an outer policy binds where it is tighter, or as tight and the nearer one only has the default.
                double tightness = TighterThan.Permission(permission(policy)), bound = binding == null ? 0 : TighterThan.Permission(permission(binding));
                if (binding == null || tightness > bound
                    || (tightness == bound && location(binding) == null && location(policy) != null))
                {
                    binding = policy;
                }
            }

            return binding == null ? null : new BuildRule(key, permission(binding), binding, location(binding));
        }
    }
}
