using System;
using System.Collections.Generic;
using AiFactory.Core.Fairness;

namespace AiFactory.Core.Results.Record
{
    /// <summary>One group's figures in results.json (<c>groups.&lt;grouping&gt;.&lt;group&gt;</c>, <c>fairness.overall</c>).</summary>
    internal sealed class GroupFiguresRecord
    {
        /// <summary><c>n</c>: rows of the group.</summary>
        public long N { get; set; }

        /// <summary><c>positives</c>.</summary>
        public long Positives { get; set; }

        /// <summary><c>negatives</c>.</summary>
        public long Negatives { get; set; }

        /// <summary><c>predictedPositives</c>.</summary>
        public long PredictedPositives { get; set; }

        /// <summary><c>truePositives</c>.</summary>
        public long TruePositives { get; set; }

        /// <summary><c>falsePositives</c>.</summary>
        public long FalsePositives { get; set; }

        /// <summary><c>trueNegatives</c>.</summary>
        public long TrueNegatives { get; set; }

        /// <summary><c>falseNegatives</c>.</summary>
        public long FalseNegatives { get; set; }

        /// <summary>The rates of <see cref="GroupRate.All"/> (<c>selectionRate</c>, <c>tpr</c>, … <c>auc</c>); null when undefined.</summary>
        [InlineKeys]
        public IReadOnlyList<NamedValue<double?>> Rates { get; set; } = Array.Empty<NamedValue<double?>>();

        /// <summary><c>intervals</c>: each rate's interval, or null.</summary>
        public IReadOnlyList<NamedValue<Interval?>> Intervals { get; set; } = Array.Empty<NamedValue<Interval?>>();

        /// <summary><c>insufficient</c>: why the group cannot decide; null when it can.</summary>
        public string? Insufficient { get; set; }
    }
}
