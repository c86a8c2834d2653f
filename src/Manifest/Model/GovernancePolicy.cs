using System;
using System.Collections.Generic;
using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Manifest.Model
{
    /// <summary>
    /// A validated aifactory.policy.json: the organisation's minimum gates, the gates every model must have, and what
    /// builds may do. Every model project under the policy's folder inherits it (docs/policy.md).
    /// </summary>
    internal sealed class GovernancePolicy
    {
        /// <summary>Absolute path of the policy file.</summary>
        public string FilePath { get; set; } = "";

        /// <summary><c>policy.name</c>, or null.</summary>
        public string? Name { get; set; }

        /// <summary><c>policy.owners</c>.</summary>
        public IReadOnlyList<string> Owners { get; set; } = Array.Empty<string>();

        /// <summary>The minimum gates, in the manifest's shape; only the settings the policy writes constrain a model.</summary>
        public GatesSection Gates { get; set; } = new GatesSection();

        /// <summary><c>required</c>: gates every model must have.</summary>
        public IReadOnlyList<RequiredGate> Required { get; set; } = Array.Empty<RequiredGate>();

        /// <summary><c>build.demoteGates</c>: may a build report failed gates as warnings (AiFactoryGateSeverity=warning).</summary>
        public BuildPermission DemoteGates { get; set; } = BuildPermission.Allowed;

        /// <summary>Where <c>build.demoteGates</c> was set, or null.</summary>
        public SourceLocation? DemoteGatesLocation { get; set; }

        /// <summary><c>build.skipTraining</c>: may a build skip training (AiFactorySkipTraining=true).</summary>
        public BuildPermission SkipTraining { get; set; } = BuildPermission.Allowed;

        /// <summary>Where <c>build.skipTraining</c> was set, or null.</summary>
        public SourceLocation? SkipTrainingLocation { get; set; }

        /// <summary>
        /// <c>build.optOut</c>: may a build turn governance off (AiFactoryEnabled=false, or a Main of its own in place of
        /// the factory's entry point). Unlike the other rules, the default is <see cref="BuildPermission.LocalOnly"/>.
        /// </summary>
        public BuildPermission OptOut { get; set; } = BuildPermission.LocalOnly;

        /// <summary>Where <c>build.optOut</c> was set, or null when the policy leaves it to its default.</summary>
        public SourceLocation? OptOutLocation { get; set; }

        /// <summary>Where the policy's <c>build</c> key is, or null when it has none: where a rule left to its default is reported.</summary>
        public SourceLocation? BuildLocation { get; set; }

        /// <summary>Absolute path of the waivers file beside the policy, or null when there is none.</summary>
        public string? WaiversFilePath { get; set; }

        /// <summary>The waivers of that file, every model's.</summary>
        public IReadOnlyList<Waiver> Waivers { get; set; } = Array.Empty<Waiver>();
    }
}
