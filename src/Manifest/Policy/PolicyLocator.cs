using System.Collections.Generic;
using System.IO;
using AiFactory.Manifest.Reading;

namespace AiFactory.Manifest.Policy
{
    /// <summary>Finds the policy that governs a model: the nearest aifactory.policy.json in its folder or above.</summary>
    public static class PolicyLocator
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
    }
}
