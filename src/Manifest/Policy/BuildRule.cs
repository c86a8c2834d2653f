using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Manifest.Policy
{
    /// <summary>
    /// One <c>build</c> rule as it binds a build: the tightest permission the policies above the model set for it, the
    /// policy that set it, and where — the rule's value, or, for a rule left to its default, the policy's <c>build</c>
    /// key (or its first line).
    /// </summary>
    internal sealed class BuildRule
    {
        /// <summary>Creates a rule.</summary>
        public BuildRule(string key, BuildPermission permission, GovernancePolicy policy, SourceLocation? setAt)
        {
            Key = key;
            Permission = permission;
            Policy = policy;
            IsDefault = setAt == null;
            Location = setAt ?? policy.BuildLocation ?? new SourceLocation(policy.FilePath, 1, 1);
        }

        /// <summary>The key under <c>build</c>: <c>demoteGates</c>, <c>skipTraining</c> or <c>optOut</c>.</summary>
        public string Key { get; }

        /// <summary>What the rule permits.</summary>
        public BuildPermission Permission { get; }

        /// <summary>The policy whose rule binds.</summary>
        public GovernancePolicy Policy { get; }

        /// <summary>True when that policy does not write the rule, so its default binds.</summary>
        public bool IsDefault { get; }

        /// <summary>Where a diagnostic about the rule is reported.</summary>
        public SourceLocation Location { get; }

        /// <summary>True when the rule forbids the action in this build: never, or localOnly in CI.</summary>
        public bool Forbids(bool continuousIntegration) => BuildPermissions.Forbids(Permission, continuousIntegration);

        /// <summary>The rule as messages quote it: <c>build.optOut "localOnly"</c>, or that it is left to its default.</summary>
        public string Quoted => IsDefault
            ? $"build.{Key} is not set; its default is \"{BuildPermissions.Name(Permission)}\""
            : $"build.{Key} \"{BuildPermissions.Name(Permission)}\"";
    }
}
