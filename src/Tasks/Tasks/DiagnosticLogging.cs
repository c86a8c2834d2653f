using AiFactory.Manifest.Diagnostics;
using Microsoft.Build.Utilities;

namespace AiFactory.Build.Tasks
{
    /// <summary>Turns the product's diagnostics into MSBuild errors and warnings with code, help link and location.</summary>
    internal static class DiagnosticLogging
    {
        /// <summary>Logs a diagnostic; with <paramref name="demote"/>, an error is logged as a warning.</summary>
        public static void Log(TaskLoggingHelper log, Diagnostic diagnostic, bool demote = false)
        {
            string file = diagnostic.Location?.File ?? "";
            int line = diagnostic.Location?.Line ?? 0;
            int column = diagnostic.Location?.Column ?? 0;
            if (diagnostic.Severity == DiagnosticSeverity.Error && !demote)
            {
                // End line and column 0 keep the canonical "file(line,col): error CODE: message" form.
                log.LogError(null, diagnostic.Code, null, diagnostic.HelpLink, file, line, column, 0, 0, diagnostic.Message);
            }
            else
            {
                log.LogWarning(null, diagnostic.Code, null, diagnostic.HelpLink, file, line, column, 0, 0, diagnostic.Message);
            }
        }
    }
}
