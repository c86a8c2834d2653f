using System;
using System.Collections.Generic;
using AiFactory.Manifest.Model;

namespace AiFactory.Manifest.Policy
{
    /// <summary>What a policy's <c>build</c> permissions mean for one build.</summary>
    public static class BuildPermissions
    {
        /// <summary>True when <paramref name="permission"/> forbids the action in this build: never, or localOnly in CI.</summary>
        public static bool Forbids(BuildPermission permission, bool continuousIntegration) =>
            permission == BuildPermission.Never || (permission == BuildPermission.LocalOnly && continuousIntegration);

        /// <summary>"in CI builds" or "in any build", for messages.</summary>
        public static string Where(BuildPermission permission) =>
            permission == BuildPermission.Never ? "in any build" : "in CI builds";

        /// <summary>
        /// The policy whose <paramref name="setting"/> is tightest among <paramref name="policies"/> (nearest first; the
        /// nearest of equals), or null when there are none: every policy that applies binds a build, outer ones too.
        /// </summary>
        public static GovernancePolicy? Tightest(IEnumerable<GovernancePolicy> policies, Func<GovernancePolicy, BuildPermission> setting)
        {
            if (policies is null)
            {
                throw new ArgumentNullException(nameof(policies));
            }

            if (setting is null)
            {
                throw new ArgumentNullException(nameof(setting));
            }

            GovernancePolicy? tightest = null;
            foreach (GovernancePolicy policy in policies)
            {
                if (tightest == null || TighterThan.Permission(setting(policy)) > TighterThan.Permission(setting(tightest)))
                {
                    tightest = policy;
                }
            }

            return tightest;
        }

        /// <summary>The value as the policy writes it.</summary>
        public static string Name(BuildPermission permission) =>
            permission == BuildPermission.Never ? "never" : permission == BuildPermission.LocalOnly ? "localOnly" : "allowed";
    }
}
