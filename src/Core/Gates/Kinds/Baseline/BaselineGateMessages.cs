using System;
using System.Collections.Generic;
using AiFactory.Core.Baseline;
using AiFactory.Core.Fairness;
using AiFactory.Core.Gates.Kinds.Metric;
using AiFactory.Core.Metrics;
using AiFactory.Core.Protocol;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Gates.Kinds.Baseline
{
    /// <summary>
    /// The messages of baseline gates: the value, the baseline and the change, with one number of decimals for all
    /// three; or what kept the baseline from being compared. Judged on the point estimate (the default) they do not name
    /// the interval; under another mode they name it and the mode, in the metric gates' words (<see cref="VerdictWords"/>).
    /// </summary>
    internal sealed class BaselineGateMessages : GateMessages
    {
        public override string Of(GateResult gate)
        {
            BaselineGateFacts facts = GateFacts.Of<BaselineGateFacts>(gate);
            BaselineSource source = facts.Source;
            string metric = gate.Metric;
            string file = source.File;
            switch (facts.Finding)
            {
                case BaselineFinding.ScoresMissing:
                    return MetricGateMessages.ScoresNeeded(metric);
                case BaselineFinding.FileUnusable:
                    return source.Unreadable?.Message ?? NotComparable(source);
                case BaselineFinding.NotInBaseline:
                case BaselineFinding.UndefinedInBaseline:
                    string why = facts.Finding == BaselineFinding.UndefinedInBaseline
                        ? $"has {metric} null (it was undefined when the baseline was evaluated)"
                        : $"has no {metric} under \"metrics\"";
                    return $"the baseline {file} {why}, so gates.baseline.{metric} cannot be judged; use a baseline whose results include {metric}, or remove this gate";
                case BaselineFinding.ValueUndefined:
                    return $"{metric} is undefined because {UndefinedMetricReason.Explain(facts.Metrics, metric)}, so it cannot be compared with the baseline {GateNumberFormat.Fixed(gate.BaselineValue!.Value, GateNumberFormat.ValueDecimals)} ({file})";
                default:
                    return facts.Mode == JudgingMode.PointEstimate ? Compared(gate, file) : ComparedWithInterval(gate, facts, file);
            }
        }

        /// <summary>The AIF4014 message: the baseline was measured on other rows or at another decision threshold.</summary>
        private static string NotComparable(BaselineSource source)
        {
            BaselineResults baseline = source.Results!;
            var differences = new List<string>();
            if (source.OtherRows)
            {
                differences.Add($"on {GateNumberFormat.Rows(baseline.TestRows!.Value)} and this model on {GateNumberFormat.Rows(source.TestRows)}");
            }

            if (source.OtherThreshold)
            {
                differences.Add($"at decision threshold {GateNumberFormat.Threshold(baseline.DecisionThreshold!.Value)} and this model at {GateNumberFormat.Threshold(source.Threshold)}");
            }

            return $"the baseline {source.File} was measured {string.Join(", and ", differences)}, so its metrics are not comparable with this model's; " +
                   "use the results.json of the baseline model evaluated on this test set at this threshold (build it with the same data.test and model.threshold), or remove gates.baseline";
        }

        private static string Compared(GateResult gate, string file)
        {
            string metric = gate.Metric;
            bool isMaxDrop = !gate.IsMinimum;
            bool passed = gate.Verdict!.Passed;
            double now = gate.Value!.Value, before = gate.BaselineValue!.Value, judged = gate.JudgedValue!.Value;
            bool lowerIsBetter = MetricNames.LowerIsBetter(metric);
            double improvement = isMaxDrop ? -judged : judged;
            double worsening = -improvement;
            int decimals = DecimalsFor(now, before, judged, gate.Threshold, passed, isMaxDrop);
            string shownNow = GateNumberFormat.Fixed(now, decimals);
            string shownBefore = GateNumberFormat.Fixed(before, decimals);
            string threshold = GateNumberFormat.Threshold(gate);
            string against = $"the baseline {shownBefore} ({file})";

            if (passed)
            {
                string change = ChangeWords(now, before, decimals);
                return isMaxDrop
                    ? $"{metric} {shownNow} {change} {against}; at most {threshold} worse is allowed"
                    : $"{metric} {shownNow} {change} {against}; at least {threshold} better is required";
            }

            if (isMaxDrop)
            {
                string moved = lowerIsBetter ? "rose" : "dropped";
                string direction = lowerIsBetter ? "above" : "below";
                return $"{metric} {shownNow} {moved} {GateNumberFormat.Fixed(worsening, decimals)} {direction} {against}; at most {threshold} is allowed here";
            }

            return improvement > 0
                ? $"{metric} {shownNow} improved only {GateNumberFormat.Fixed(improvement, decimals)} on {against}; at least {threshold} is required here"
                : $"{metric} {shownNow} {ChangeWords(now, before, decimals)} {against}; an improvement of at least {threshold} is required here";
        }

        /// <summary>
        /// "auc 0.801 against the baseline 0.825 (baseline/results.json): a worsening of 0.024 (95% CI 0.010–0.038,
        /// burden of proof) is above the maximum 0.01 set here".
        /// </summary>
        private static string ComparedWithInterval(GateResult gate, BaselineGateFacts facts, string file)
        {
            bool isMaxDrop = !gate.IsMinimum;
            GateVerdict verdict = gate.Verdict!;
            double now = gate.Value!.Value, before = gate.BaselineValue!.Value, judged = gate.JudgedValue!.Value;
            int decimals = DecimalsFor(now, before, judged, gate.Threshold, verdict.PointPassed, isMaxDrop);
            string threshold = GateNumberFormat.Threshold(gate);
            string? why = NoInterval(facts, gate.Metric);
            string interval = gate.Interval is null && why != null
                ? $"no interval: {why}{(verdict.FellBackToPoint(facts.Mode) ? ", judged on the point estimate" : "")}"
                : FairnessText.Interval(gate.Interval, gate.Threshold, verdict.FellBackToPoint(facts.Mode));
            string change = isMaxDrop ? "a worsening" : "an improvement";
            return $"{gate.Metric} {GateNumberFormat.Fixed(now, decimals)} against the baseline {GateNumberFormat.Fixed(before, decimals)} ({file}): " +
                   $"{change} of {VerdictWords.Shown(judged, gate.Threshold, gate.IsMinimum, verdict)} ({interval}, {FairnessText.ModeWords(facts.Mode)}) " +
                   VerdictWords.Verdict(verdict, facts.Mode, gate.IsMinimum, threshold);
        }

        /// <summary>Why the change has no interval, as a clause; null when it has one.</summary>
        private static string? NoInterval(BaselineGateFacts facts, string metric)
        {
            const string rebuild = "rebuild to write it again";
            string scores = OutputFiles.TestScores;
            PairedDifference? d = facts.Difference;
            switch (facts.Missing)
            {
                case IntervalMissing.BaselineRowsMissing:
                    return $"the baseline has no {scores} beside its results.json";
                case IntervalMissing.CurrentRowsNotGiven:
                    return $"this model's {scores} was not given";
                case IntervalMissing.CurrentRowsMissing:
                    return $"this model's {scores} is missing ({rebuild})";
                case IntervalMissing.CurrentRowsUnreadable:
                    return $"this model's {scores} is not as its evaluation wrote it ({rebuild})";
                case IntervalMissing.CurrentRowsNotEvaluated:
                    return $"this model's {scores} does not hold the rows its evaluation measured ({rebuild})";
                case IntervalMissing.CurrentFigureDiffers:
                    return $"this model's {scores} gives {metric} {GateNumberFormat.Fixed(d!.Current!.Value, 6)}, not the value its evaluation measured ({rebuild})";
                case IntervalMissing.BaselineFigureDiffers:
                    return $"the baseline's {scores} gives {metric} {GateNumberFormat.Fixed(d!.Baseline!.Value, 6)}, not the value its results.json records (copy the two files of one build)";
                case IntervalMissing.NotFromRows:
                    return d?.Unavailable;
                default:
                    return null;
            }
        }

        /// <summary>"is 0.008 below", "is 0.004 above" or "equals": the plain change from the baseline.</summary>
        private static string ChangeWords(double now, double before, int decimals)
        {
            if (now == before)
            {
                return "equals";
            }

            return $"is {GateNumberFormat.Fixed(Math.Abs(now - before), decimals)} {(now < before ? "below" : "above")}";
        }

        /// <summary>
        /// One number of decimals for the value, the baseline and the change, from 3 up: enough that the change prints on
        /// the side of the threshold it is on, and that two different values do not print the same.
        /// </summary>
        private static int DecimalsFor(double now, double before, double judged, double threshold, bool passed, bool isMaxDrop)
        {
            int side = Math.Sign(judged.CompareTo(threshold));
            Func<double, bool> judgedIsRight = passed
                ? (Func<double, bool>)(printed => isMaxDrop ? printed <= threshold : printed >= threshold)
                : printed => Math.Sign(printed.CompareTo(threshold)) == side;
            int decimals = GateNumberFormat.Decimals(judged, judgedIsRight);
            if (now != before)
            {
                while (decimals < 15 && GateNumberFormat.Fixed(now, decimals) == GateNumberFormat.Fixed(before, decimals))
                {
                    decimals++;
                }
            }

            return decimals;
        }
    }
}
