using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiFactory.Analyzers.Infrastructure
{
    /// <summary>MSBuild properties the package makes visible to the compiler (CompilerVisibleProperty).</summary>
    internal static class BuildProperties
    {
        /// <summary>
        /// True in IDE and design-time builds, where the build's own manifest check does not run; the package sets it
        /// from <c>DesignTimeBuild</c> and <c>BuildingInsideVisualStudio</c>.
        /// </summary>
        public const string ManifestInIde = "build_property.AiFactoryManifestInIde";

        /// <summary>True when the build property <paramref name="key"/> is <c>true</c>.</summary>
        public static bool IsTrue(AnalyzerOptions options, string key) =>
            options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(key, out string? value)
            && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
    }
}
