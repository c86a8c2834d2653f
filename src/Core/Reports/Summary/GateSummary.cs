using System;
using System.Collections.Generic;
using System.Linq;
using AiFactory.Core.Gates;
using AiFactory.Core.Results.Record;

namespace AiFactory.Core.Reports.Summary
{
    /// <summary>
    /// The one line a build that was not stopped by its gates prints about them (docs/terminal.md): how many passed,
    /// how many only on their interval or under a waiver, and the gate closest to its threshold — or, when failed gates
    /// were reported as warnings, which failed and by how much. Written from the run record, like every report.
    /// </summary>
    internal static class GateSummary
    {
        private const int FailuresShown = 3;

        /// <summary>The summary of <paramref name="record"/>'s gates, e.g. "7 gates passed; closest to its threshold: metrics.auc.min 0.842 (min 0.80)".</summary>
        public static string Line(RunRecord record)
        {
            if (record is null)
            {
                throw new ArgumentNullException(nameof(record));
            }

            IReadOnlyList<GateResultRecord> gates = record.Gates ?? Array.Empty<GateResultRecord>();
            if (gates.Count == 0)
            {
                return "no gates judged";
            }

            var failed = gates.Where(g => g.Status == GateStatusNames.Of(GateStatus.Failed)).ToList();
            var undecided = gates.Where(g => g.Status == GateStatusNames.Of(GateStatus.InsufficientData)).ToList();
            var waived = gates.Where(g => g.Status == GateStatusNames.Of(GateStatus.Waived)).ToList();
            var passed = gates.Where(g => g.Status == GateStatusNames.Of(GateStatus.Passed)).ToList();
            int onInterval = passed.Count(g => g.PassedOnInterval);

            var parts = new List<string>();
            if (failed.Count > 0)
            {
                string shown = string.Join(", ", failed.Take(FailuresShown).Select(Figure));
                string more = failed.Count > FailuresShown ? $", and {failed.Count - FailuresShown} more" : "";
                string demoted = record.Settings?.GateSeverity == "warning" ? " (reported as warnings)" : "";
                parts.Add($"{failed.Count} of {Gates(gates.Count)} failed{demoted}: {shown}{more}");
                if (passed.Count > 0)
                {
                    parts.Add($"{passed.Count} passed");
                }
            }
            else
            {
                parts.Add(passed.Count == gates.Count ? $"{Gates(passed.Count)} passed" : $"{passed.Count} of {Gates(gates.Count)} passed");
            }

            if (onInterval > 0)
            {
                parts.Add($"{onInterval} only on {(onInterval == 1 ? "its" : "their")} interval");
            }

            if (undecided.Count > 0)
            {
                parts.Add($"{undecided.Count} without enough data to decide");
            }

            if (waived.Count > 0)
            {
                parts.Add($"{waived.Count} waived");
            }

            string line = string.Join(", ", parts);
            GateResultRecord? closest = failed.Count == 0 ? Closest(passed) : null;
            return closest is null ? line : $"{line}; closest to its threshold: {Figure(closest)}";
        }

        /// <summary>"metrics.auc.min 0.842 (min 0.80)": the gate, its measured value and its threshold.</summary>
        private static string Figure(GateResultRecord gate)
        {
            return $"{gate.Id} {RecordedGateText.Value(gate, gate.Value)} ({RecordedGateText.Bound(gate)} {RecordedGateText.Threshold(gate)})";
        }

        /// <summary>
        /// The passed gate with the smallest margin relative to its threshold, (value − threshold) / |threshold| on the
        /// passing side; the first in manifest order on ties. A threshold of 0 takes the margin itself.
        /// </summary>
        private static GateResultRecord? Closest(IEnumerable<GateResultRecord> passed)
        {
            GateResultRecord? closest = null;
            double best = double.PositiveInfinity;
            foreach (GateResultRecord gate in passed)
            {
                if (gate.Value is not double value)
                {
                    continue;
                }

                double margin = RecordedGateText.IsMinimum(gate) ? value - gate.Threshold : gate.Threshold - value;
                double relative = gate.Threshold == 0 ? margin : margin / Math.Abs(gate.Threshold);
                if (relative < best)
                {
                    best = relative;
                    closest = gate;
                }
            }

            return closest;
        }

        private static string Gates(int count) => count == 1 ? "1 gate" : $"{count} gates";
    }
}
