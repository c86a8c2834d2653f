using System.Collections.Generic;
using System.IO;
using AiFactory.Core.IO;

namespace AiFactory.Core.Reports
{
    /// <summary>
    /// Every report the check stage writes beside results.json, in one list: adding a report is adding its
    /// <see cref="IRunReport"/> here, its name to <see cref="Protocol.OutputFiles"/> and to the targets' AiFactoryOutputFile.
    /// </summary>
    internal static class RunReports
    {
        /// <summary>The reports, in the order they are written.</summary>
        public static IReadOnlyList<IRunReport> All { get; } = new List<IRunReport>
        {
            new ModelCard.ModelCardReport(),
        };

        /// <summary>Writes each report (through a temporary file, and only when its text changed); returns the paths written.</summary>
        public static IReadOnlyList<string> WriteAll(ReportInput input)
        {
            var written = new List<string>();
            foreach (IRunReport report in All)
            {
                string path = Path.Combine(input.OutputPath, report.FileName);
                AtomicFile.WriteAllTextIfChanged(path, report.Render(input));
                written.Add(path);
            }

            return written;
        }
    }
}
