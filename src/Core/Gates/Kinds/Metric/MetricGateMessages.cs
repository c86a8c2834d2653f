using AiFactory.Core.Fairness;
using AiFactory.Core.Metrics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Gates.Kinds.Metric
{
    /// <summary>
    /// The messages of metric gates. Judged on the point estimate (the default) they are those of a gate without an
    /// interval; under another mode they name the interval and the mode.
    /// </summary>
    internal sealed class MetricGateMessages : GateMessages
    {
        public override string Of(GateResult gate)
        {
            MetricGateFacts facts = GateFacts.Of<MetricGateFacts>(gate);
            string metric = gate.Metric;
            if (facts.ScoresMissing)
            {
                return ScoresNeeded(metric);
            }

            bool isMinimum = gate.IsMinimum;
            string bar = isMinimum ? "minimum" : "maximum";
            string threshold = GateNumberFormat.Threshold(gate);
            string testSet = $"(test set, {GateNumberFormat.Rows(facts.TestRows)})";
            GateVerdict? verdict = gate.Verdict;
            if (verdict is null || !gate.Value.HasValue)
            {
                return $"{metric} is undefined because {UndefinedMetricReason.Explain(facts.Metrics, metric)}, so the {bar} {threshold} set here cannot be met {testSet}";
            }

            double v = gate.Value.Value;
            if (facts.Mode == JudgingMode.PointEstimate)
            {
                return verdict.Passed
                    ? $"{metric} {GateNumberFormat.PassingValue(v, gate.Threshold, atLeast: isMinimum)} meets the {bar} {threshold} {testSet}"
                    : $"{metric} {GateNumberFormat.Value(v, gate.Threshold)} is {(isMinimum ? "below" : "above")} the {bar} {threshold} set here {testSet}";
            }

            string detail = $"({FairnessText.Interval(gate.Interval, gate.Threshold, verdict.FellBackToPoint(facts.Mode))}, {FairnessText.ModeWords(facts.Mode)})";
            return $"{metric} {VerdictWords.Shown(v, gate.Threshold, isMinimum, verdict)} {detail} {VerdictWords.Verdict(verdict, facts.Mode, isMinimum, threshold)} {testSet}";
        }

        /// <summary>The AIF4008 message: a score-based metric asked of label-only predictions.</summary>
        public static string ScoresNeeded(string metric) =>
            $"{metric} needs scores, but the predictions are labels only (data.prediction); name a probability column with data.score instead, or remove this gate";
    }
}
