using System.Collections.Generic;
using AiFactory.Manifest.Gates;

namespace AiFactory.Manifest.Reading
{
    /// <summary>The keys aifactory.policy.json and aifactory.waivers.json may hold, and the gate paths a policy can require.</summary>
    internal static class PolicyKeys
    {
        /// <summary>The policy file's name; the nearest one in a manifest's folder or above applies.</summary>
        public const string PolicyFileName = "aifactory.policy.json";

        /// <summary>The waivers file's name, in the policy's folder.</summary>
        public const string WaiversFileName = "aifactory.waivers.json";

        /// <summary>The top level of a policy.</summary>
        public static readonly IReadOnlyList<string> Root = new[] { "$schema", "policy", "gates", "required", "build" };

        /// <summary><c>policy</c>: who the policy is.</summary>
        public static readonly IReadOnlyList<string> About = new[] { "name", "owners" };

        /// <summary><c>gates</c> of a policy: a manifest's, without the kinds a policy cannot set (<c>baseline</c>: each model has its own baseline file).</summary>
        public static readonly IReadOnlyList<string> Gates = GateSections.InPolicy;

        /// <summary><c>build</c>: what builds may do.</summary>
        public static readonly IReadOnlyList<string> Build = new[] { "demoteGates", "skipTraining", "optOut" };

        /// <summary>The values of a <c>build</c> permission, loosest first.</summary>
        public static readonly IReadOnlyList<string> Permissions = new[] { "allowed", "localOnly", "never" };

        /// <summary>The top level of a waivers file.</summary>
        public static readonly IReadOnlyList<string> WaiversRoot = new[] { "$schema", "waivers" };

        /// <summary>An entry of <c>waivers</c>.</summary>
        public static readonly IReadOnlyList<string> Waiver = new[] { "model", "gate", "who", "why", "expires" };

        /// <summary>The sections of <c>gates</c> a waiver's gate path may start with: those a policy can set.</summary>
        public static readonly IReadOnlyList<string> WaivableSections = GateSections.InPolicy;

        /// <summary>Every gate path a policy's <c>required</c> may name: each kind's thresholds, kind by kind.</summary>
        public static IReadOnlyList<string> RequirablePaths => GateSections.Thresholds;
    }
}
