using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AiFactory.Core.Fairness;
using AiFactory.Core.Gates;
using AiFactory.Core.Results.Record;

namespace AiFactory.Core.Reports.ModelCard
{
    /// <summary>The card's quantitative analysis: the gates, the overall metrics and each grouping's figures, as the record holds them.</summary>
    internal static class ModelCardFigures
    {
        private const int Decimals = 4;

        public static void Quantitative(StringBuilder page, RunRecord record)
        {
            page.Append("\n## Quantitative analysis\n");
            Gates(page, record.Gates);
            Metrics(page, record);
            Groups(page, record.Groups);
        }

        /// <summary>
        /// How far a failed gate is from its threshold, in words: "auc 0.7120 is below the minimum 0.8 by 0.0880"; a gate
        /// judged on its interval names the figure judged: "auc 0.8314 (judged on its interval: 0.7900) is below …".
        /// </summary>
        public static string Shortfall(GateResultRecord gate)
        {
            string threshold = RecordedGateText.Threshold(gate);
            if (gate.Value is not double value)
            {
                return $"{gate.Metric} is undefined (threshold {gate.Comparison} {threshold})";
            }

            double judged = gate.JudgedValue ?? value;
            string judgedText = judged == value ? "" : $" (judged on its interval: {RecordedGateText.Value(gate, judged, Decimals)})";
            string side = RecordedGateText.IsMinimum(gate) ? "below the minimum" : "above the maximum";
            return $"{gate.Metric} {RecordedGateText.Value(gate, value, Decimals)}{judgedText} is {side} {threshold} " +
                   $"by {RecordedGateText.Amount(gate, Math.Abs(judged - gate.Threshold), Decimals)}";
        }

        private static void Gates(StringBuilder page, IReadOnlyList<GateResultRecord>? gates)
        {
            if (gates == null || gates.Count == 0) return;
            page.Append("\n### Gates\n\n| gate | value | interval | threshold | verdict | set at |\n|---|---:|---|---|---|---|\n");
            foreach (GateResultRecord gate in gates)
            {
                page.Append("| `").Append(gate.Id).Append("` | ").Append(RecordedGateText.Value(gate, gate.Value, Decimals)).Append(" | ")
                    .Append(IntervalText(gate.Interval, bound => RecordedGateText.Value(gate, bound, Decimals)))
                    .Append(" | ").Append(RecordedGateText.IsMinimum(gate) ? "≥ " : "≤ ").Append(RecordedGateText.Threshold(gate))
                    .Append(" | ").Append(Verdict(gate)).Append(" | ")
                    .Append(gate.Location == null ? "—" : $"{gate.Location.File}({gate.Location.Line},{gate.Location.Column})").Append(" |\n");
            }
        }

        private static string Verdict(GateResultRecord gate)
        {
            bool failed = gate.Status == GateStatusNames.Of(GateStatus.Failed);
            string status = failed ? "**failed**: " + Shortfall(gate) : gate.Status;
            if (gate.Waiver != null) status += $" (waived by {ModelCardReport.Cell(gate.Waiver.Who)} until {gate.Waiver.Expires})";
            return status;
        }

        private static void Metrics(StringBuilder page, RunRecord record)
        {
            if (record.Metrics == null || record.Metrics.Count == 0) return;
            page.Append("\n### Overall metrics\n\nOn the test set").Append(record.TestRows.HasValue ? $" ({GateNumberFormat.Rows(record.TestRows.Value)})" : "")
                .Append(". An interval is shown where a gate of this build computed one.\n\n| metric | value | interval |\n|---|---:|---|\n");
            foreach (NamedValue<double?> metric in record.Metrics)
            {
                Interval? interval = record.Gates?.FirstOrDefault(g => g.Kind == "metric" && g.Metric == metric.Name && g.Interval != null)?.Interval;
                page.Append("| ").Append(metric.Name).Append(" | ").Append(Number(metric.Value)).Append(" | ").Append(IntervalText(interval, Number)).Append(" |\n");
            }

            if (record.Business?.CostPer1000 != null)
            {
                page.Append("\nExpected cost per 1,000 decisions: ").Append(GateNumberFormat.Fixed(record.Business.CostPer1000.Value, 2, grouped: true))
                    .Append(record.Business.Kpi != null ? $" ({ModelCardReport.Text(record.Business.Kpi)})" : "").Append(".\n");
            }
        }

        private static void Groups(StringBuilder page, IReadOnlyList<NamedValue<IReadOnlyList<NamedValue<GroupFiguresRecord>>>>? groupings)
        {
            if (groupings == null) return;
            foreach (NamedValue<IReadOnlyList<NamedValue<GroupFiguresRecord>>> grouping in groupings)
            {
                if (grouping.Value.Count == 0) continue;
                IReadOnlyList<string> rates = grouping.Value[0].Value.Rates.Select(r => r.Name).ToList();
                page.Append("\n### Groups by ").Append(grouping.Name).Append("\n\n| group | n | positives | ")
                    .Append(string.Join(" | ", rates)).Append(" |\n|---|---:|---:|").Append(string.Concat(rates.Select(_ => "---|"))).Append('\n');
                foreach (NamedValue<GroupFiguresRecord> group in grouping.Value)
                {
                    GroupFiguresRecord figures = group.Value;
                    page.Append("| ").Append(ModelCardReport.Cell(group.Name)).Append(figures.Insufficient != null ? " (insufficient)" : "")
                        .Append(" | ").Append(GateNumberFormat.Count(figures.N)).Append(" | ").Append(GateNumberFormat.Count(figures.Positives));
                    foreach (string rate in rates)
                    {
                        double? value = figures.Rates.FirstOrDefault(r => r.Name == rate)?.Value;
                        Interval? interval = figures.Intervals.FirstOrDefault(i => i.Name == rate)?.Value;
                        page.Append(" | ").Append(Number(value)).Append(interval?.HasBounds == true ? " " + Bounds(interval, Number) : "");
                    }

                    page.Append(" |\n");
                }

                Interval? any = grouping.Value.SelectMany(g => g.Value.Intervals).Select(i => i.Value).FirstOrDefault(i => i != null && !i.IsExact);
                if (any != null) page.Append("\nIntervals: ").Append(Level(any)).Append(", ").Append(any.Method).Append(".\n");
            }
        }

        private static string Number(double? value) => value == null ? "undefined" : GateNumberFormat.Fixed(value.Value, Decimals);

        private static string Bounds(Interval interval, Func<double?, string> number) => $"[{number(interval.Lower)}, {number(interval.Upper)}]";

        private static string Level(Interval interval) => GateNumberFormat.Fixed(interval.Level * 100, 0) + "%";

        private static string IntervalText(Interval? interval, Func<double?, string> number)
        {
            if (interval == null) return "—";
            if (interval.IsExact) return "exact (a count over the whole file)";
            if (!interval.HasBounds) return $"none ({interval.UndefinedResamples} of {interval.Resamples} resamples undefined)";
            return $"{Bounds(interval, number)} ({Level(interval)}, {interval.Method})";
        }
    }
}
