using System;
using System.Globalization;
using System.IO;
using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Core.Protocol
{
    /// <summary>
    /// The lines the out-of-process runner prints for the MSBuild task: diagnostics (which the task logs with their
    /// code, help link and location), progress (high importance) and details (normal importance). Anything else the runner prints is ordinary output.
    /// </summary>
    internal static class RunnerProtocol
    {
        /// <summary>Prefix of a diagnostic line.</summary>
        public const string DiagnosticPrefix = "##aifactory[diagnostic]";

        /// <summary>Prefix of a progress line.</summary>
        public const string ProgressPrefix = "##aifactory[progress]";

        /// <summary>Prefix of a detail line: what the model framework reports while it works (ML.NET's log), logged at normal importance.</summary>
        public const string DetailPrefix = "##aifactory[detail]";

        /// <summary>Formats a diagnostic as one tab-separated line: prefix, severity, code, file, line, column, message.</summary>
        public static string FormatDiagnostic(Diagnostic diagnostic)
        {
            SourceLocation? at = diagnostic.Location;
            return string.Join("\t",
                DiagnosticPrefix,
                diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning",
                diagnostic.Code,
                Clean(at?.File ?? ""),
                (at?.Line ?? 0).ToString(CultureInfo.InvariantCulture),
                (at?.Column ?? 0).ToString(CultureInfo.InvariantCulture),
                Clean(diagnostic.Message));
        }

        /// <summary>Formats a progress line.</summary>
        public static string FormatProgress(string message) => ProgressPrefix + "\t" + Clean(message);

        /// <summary>Formats a detail line.</summary>
        public static string FormatDetail(string message) => DetailPrefix + "\t" + Clean(message);

        /// <summary>Writes a diagnostic line.</summary>
        public static void Write(TextWriter output, Diagnostic diagnostic) => output.WriteLine(FormatDiagnostic(diagnostic));

        /// <summary>Reads a diagnostic line; null when the line is not one.</summary>
        public static Diagnostic? ParseDiagnostic(string line)
        {
            if (!line.StartsWith(DiagnosticPrefix + "\t", StringComparison.Ordinal))
            {
                return null;
            }

            string[] parts = line.Split('\t');
            if (parts.Length < 7)
            {
                return null;
            }

            var severity = parts[1] == "warning" ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
            int.TryParse(parts[4], NumberStyles.Integer, CultureInfo.InvariantCulture, out int lineNumber);
            int.TryParse(parts[5], NumberStyles.Integer, CultureInfo.InvariantCulture, out int column);
            SourceLocation? at = parts[3].Length == 0 ? null : new SourceLocation(parts[3], lineNumber, column);
            return new Diagnostic(parts[2], severity, parts[6], at);
        }

        /// <summary>Reads a progress line; null when the line is not one.</summary>
        public static string? ParseProgress(string line) =>
            line.StartsWith(ProgressPrefix + "\t", StringComparison.Ordinal) ? line.Substring(ProgressPrefix.Length + 1) : null;

        /// <summary>Reads a detail line; null when the line is not one.</summary>
        public static string? ParseDetail(string line) =>
            line.StartsWith(DetailPrefix + "\t", StringComparison.Ordinal) ? line.Substring(DetailPrefix.Length + 1) : null;

        private static string Clean(string text) => text.Replace('\t', ' ').Replace("\r", " ").Replace('\n', ' ');
    }
}
