using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Gates
{
    /// <summary>The outcome of one gate: what was measured, what it was judged against, and where the threshold was set.</summary>
    internal sealed class GateResult
    {
        /// <summary>Stable identifier, e.g. <c>metrics.auc.min</c>, <c>baseline.auc.maxDrop</c>, <c>business.maxCostPer1000</c>.</summary>
        public string Id { get; set; } = "";

        /// <summary>One of <see cref="GateKinds"/>: <c>metric</c>, <c>baseline</c>, <c>business</c>, <c>data</c> or <c>fairness</c>.</summary>
        public string Kind { get; set; } = "";

        /// <summary>The metric the gate is about (a <c>MetricNames</c> name, or <c>costPer1000</c>).</summary>
        public string Metric { get; set; } = "";

        /// <summary>The measured value of the metric; null when undefined.</summary>
        public double? Value { get; set; }

        /// <summary>
        /// The figure compared with <see cref="Threshold"/>: the value itself for metric and business gates, the change
        /// from the baseline for baseline gates; null when it could not be computed.
        /// </summary>
        public double? JudgedValue { get; set; }

        /// <summary>The threshold from the manifest.</summary>
        public double Threshold { get; set; }

        /// <summary><c>"&gt;="</c> or <c>"&lt;="</c>: how <see cref="JudgedValue"/> must compare with <see cref="Threshold"/> to pass.</summary>
        public string Comparison { get; set; } = GateComparison.AtLeastSymbol;

        /// <summary>The outcome.</summary>
        public GateStatus Status { get; set; }

        /// <summary>
        /// True when the gate passed although its point estimate is on the failing side, because the judging mode
        /// (benefit of the doubt) found the interval reaching across the bound; the build then warns at the threshold.
        /// </summary>
        public bool PassedOnInterval { get; set; }

        /// <summary>Where the manifest set the threshold (the number itself).</summary>
        public SourceLocation Location { get; set; } = new SourceLocation("", 0, 0);

        /// <summary>The diagnostic code when the gate failed, else null.</summary>
        public string? Code { get; set; }

        /// <summary>What happened, in words.</summary>
        public string Message { get; set; } = "";

        /// <summary>The baseline's value of the metric for baseline gates, else null.</summary>
        public double? BaselineValue { get; set; }

        /// <summary>The confidence interval of <see cref="JudgedValue"/> when one was computed (every kind; <c>exact</c> for a data gate's census figure), else null where the evidence is missing.</summary>
        public Fairness.Interval? Interval { get; set; }

        /// <summary>For fairness gates, the grouping judged: <c>sex</c>, or <c>sex&amp;race</c> for an intersection; else null.</summary>
        public string? Attribute { get; set; }

        /// <summary>How uncertainty was weighed: <c>pointEstimate</c>, <c>benefitOfTheDoubt</c> or <c>burdenOfProof</c>; every kind sets it.</summary>
        public string? Judging { get; set; }

        /// <summary>The policy waiver the gate was judged under (its status is then waived or failed, never passed); else null.</summary>
        public Waiver? Waiver { get; set; }

        /// <summary>For fairness gates, the groups that decided the outcome with their values; else null.</summary>
        public System.Collections.Generic.IReadOnlyList<DecidingGroup>? DecidingGroups { get; set; }

        /// <summary>The threshold as the manifest wrote it (<c>0.80</c>); null when the text is unknown.</summary>
        public string? ThresholdText { get; set; }

        /// <summary>
        /// How <see cref="JudgedValue"/> (with <see cref="Interval"/>) compared with the bound under the judging mode;
        /// null when the gate could not be judged on a figure (undefined, unavailable, insufficient data).
        /// </summary>
        public GateVerdict? Verdict { get; set; }

        /// <summary>True for a minimum (<c>&gt;=</c>), false for a maximum.</summary>
        public bool IsMinimum => Comparison == GateComparison.AtLeastSymbol;

        /// <summary>What the kind's judge found beyond these figures, for the kind's formatter; null before judging.</summary>
        internal GateFacts? Facts { get; set; }

        /// <summary>The waiver of the bound the gate was judged against (a policy's standing waiver of that setting); null when none.</summary>
        internal Waiver? BoundWaiver { get; private set; }

        /// <summary>A gate against <paramref name="bound"/>, a minimum or a maximum, not judged yet.</summary>
        internal static GateResult Against(Bound bound, string id, string metric, bool isMinimum) => new GateResult
        {
            Id = id,
            Metric = metric,
            Threshold = bound.Value,
            ThresholdText = bound.Text,
            Comparison = isMinimum ? GateComparison.AtLeastSymbol : GateComparison.AtMostSymbol,
            Location = bound.Location,
            BoundWaiver = bound.Waiver,
        };

        /// <summary>Fails the gate with <paramref name="code"/>.</summary>
        internal void Fail(string code)
        {
            Status = GateStatus.Failed;
            Code = code;
        }

        /// <summary>Records <paramref name="verdict"/>: passed, passed on the interval, or failed with <paramref name="failCode"/>.</summary>
        internal void Decide(GateVerdict verdict, string failCode)
        {
            Verdict = verdict;
            Status = verdict.Passed ? GateStatus.Passed : GateStatus.Failed;
            PassedOnInterval = verdict.PassedOnInterval;
            Code = verdict.Passed ? null : failCode;
        }
    }
}
