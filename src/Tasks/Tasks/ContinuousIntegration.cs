using System;

namespace AiFactory.Build.Tasks
{
    /// <summary>Tells whether a build runs in CI, for the policy rules that differ there (docs/policy.md).</summary>
    internal static class ContinuousIntegration
    {
        /// <summary>
        /// True when <c>CI</c> is <c>true</c> or <c>1</c> (GitHub Actions, GitLab and most services), <c>TF_BUILD</c> is
        /// <c>True</c> (Azure Pipelines), or the MSBuild property <c>ContinuousIntegrationBuild</c> is <c>true</c>.
        /// </summary>
        public static bool IsBuild(string? continuousIntegrationBuild, Func<string, string?> environment) =>
            IsTrue(continuousIntegrationBuild) || IsTrue(environment("CI")) || IsTrue(environment("TF_BUILD"));

        private static bool IsTrue(string? value)
        {
            string text = (value ?? "").Trim();
            return string.Equals(text, "true", StringComparison.OrdinalIgnoreCase) || text == "1";
        }
    }
}
