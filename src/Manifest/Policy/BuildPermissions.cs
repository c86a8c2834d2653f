using System;
using System.Collections.Generic;
using AiFactory.Manifest.Model;

namespace AiFactory.Manifest.Policy
{
    /// <summary>What a policy's <c>build</c> permissions mean for one build.</summary>
    internal static class BuildPermissions
    {
        /// <summary>True when <paramref name="permission"/> forbids the action in this build: never, or localOnly in CI.</summary>
        public static bool Forbids(BuildPermission permission, bool continuousIntegration) =>
            permission == BuildPermission.Never || (permission == BuildPermission.LocalOnly && continuousIntegration);

        /// <summary>"in CI builds" or "in any build", for messages.</summary>
        public static string Where(BuildPermission permission) =>
            permission == BuildPermission.Never ? "in any build" : "in CI builds";

        /// <summary>The value as the policy writes it.</summary>
        public static string Name(BuildPermission permission) =>
            permission == BuildPermission.Never ? "never" : permission == BuildPermission.LocalOnly ? "localOnly" : "allowed";
    }
}
