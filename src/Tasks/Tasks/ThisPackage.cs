using System.Reflection;

namespace AiFactory.Build.Tasks
{
    /// <summary>The version of the AiFactory.Build package these tasks came from (their informational version).</summary>
    internal static class ThisPackage
    {
        public static string Version { get; } =
            typeof(ThisPackage).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(ThisPackage).Assembly.GetName().Version?.ToString()
            ?? "unknown";
    }
}
