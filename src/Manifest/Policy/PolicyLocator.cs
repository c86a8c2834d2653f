using System.IO;
using AiFactory.Manifest.Reading;

namespace AiFactory.Manifest.Policy
{
    /// <summary>Finds the policy that governs a model: the nearest aifactory.policy.json in its folder or above.</summary>
    public static class PolicyLocator
    {
        /// <summary>The policy's absolute path, or null when no folder from <paramref name="startDirectory"/> up holds one.</summary>
        public static string? Find(string startDirectory)
        {
            for (string? dir = Path.GetFullPath(startDirectory); dir != null; dir = Path.GetDirectoryName(dir))
            {
                string candidate = Path.Combine(dir, PolicyKeys.PolicyFileName);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }
    }
}
