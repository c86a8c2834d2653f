using System.Collections.Generic;
using AiFactory.Core.Fairness;
using AiFactory.Core.Gates;

namespace AiFactory.Core.Results.Record
{
    /// <summary>An entry of <c>gates</c> in results.json: one gate as the build judged it.</summary>
    internal sealed class GateResultRecord
    {
        /// <summary><c>id</c>, e.g. <c>metrics.auc.min</c>.</summary>
        public string Id { get; set; } = "";

        /// <summary><c>kind</c>: <c>metric</c>, <c>baseline</c>, <c>business</c>, <c>fairness</c> or <c>data</c>.</summary>
        public string Kind { get; set; } = "";

        /// <summary><c>metric</c> judged.</summary>
        public string Metric { get; set; } = "";

        /// <summary><c>value</c>; null when undefined.</summary>
        public double? Value { get; set; }

        /// <summary><c>judgedValue</c>: the figure compared with the threshold.</summary>
        public double? JudgedValue { get; set; }

        /// <summary><c>interval</c> of the value, or null.</summary>
        public Interval? Interval { get; set; }

        /// <summary><c>threshold</c>.</summary>
        public double Threshold { get; set; }

        /// <summary><c>comparison</c>: <c>&gt;=</c> or <c>&lt;=</c>.</summary>
        public string Comparison { get; set; } = "";

        /// <summary><c>status</c>: <c>passed</c>, <c>failed</c>, <c>waived</c> or <c>insufficient-data</c>.</summary>
        public string Status { get; set; } = "";

        /// <summary><c>passedOnInterval</c>.</summary>
        public bool PassedOnInterval { get; set; }

        /// <summary><c>location</c> of the threshold; null when the file gives none.</summary>
        public LocationRecord? Location { get; set; }

        /// <summary><c>code</c> of a failed gate; null otherwise.</summary>
        public string? Code { get; set; }

        /// <summary><c>message</c>.</summary>
        public string Message { get; set; } = "";

        /// <summary><c>baselineValue</c>; null for gates other than baseline ones.</summary>
        public double? BaselineValue { get; set; }

        /// <summary><c>waiver</c> that applied, or null.</summary>
        public WaiverRecord? Waiver { get; set; }

        /// <summary><c>attribute</c> of a fairness gate; null for others.</summary>
        public string? Attribute { get; set; }

        /// <summary><c>judging</c>: how the gate weighed uncertainty; null only in a record written before every kind had one.</summary>
        public string? Judging { get; set; }

        /// <summary><c>decidingGroups</c> of a fairness gate; null for others.</summary>
        public IReadOnlyList<DecidingGroup>? DecidingGroups { get; set; }
    }
}
