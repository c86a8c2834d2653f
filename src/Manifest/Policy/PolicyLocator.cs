using System.Collections.Generic;
using System.IO;
using AiFactory.Manifest.Reading;

namespace AiFactory.Manifest.Policy
{
    /// <summary>Finds the policy that governs a model: the nearest aifactory.policy.json in its folder or above.</summary>
    internal static class PolicyLocator
    {
        /// <summary>
        /// Every policy from <paramref name="startDirectory"/> up, nearest first. The nearest governs the model, and it
        /// may tighten an outer one but not loosen it: a team cannot escape its organisation's policy with its own file.
        /// </summary>
        public static List<string> FindAll(string startDirectory)
        {
            var found = new List<string>();
            for (string? dir = Path.GetFullPath(startDirectory); dir != null; dir = Path.GetDirectoryName(dir))
            {
                string candidate = Path.Combine(dir, PolicyKeys.PolicyFileName);
                if (File.Exists(candidate))
                {
                    found.Add(candidate);
                }
            }

            return found;
        }

        /// <summary>
        /// A policy above the project's folder that does not govern its manifest (the manifest lies outside the policy's
        /// folder, as when AiFactoryManifest points elsewhere), or null. Where the project lives decides its policy, so
        /// such a manifest would escape it.
        /// </summary>
        public static string? NotGoverning(string manifestPath, string projectDirectory)
        {
            List<string> governing = FindAll(Path.GetDirectoryName(Path.GetFullPath(manifestPath)) ?? ".");
            foreach (string policy in FindAll(projectDirectory))
            {
                if (!governing.Contains(policy))
                {
                    return policy;
                }
            }

            return null;
        }
    }
}
