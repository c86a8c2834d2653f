using System.Collections.Generic;
using AiFactory.Core.Fairness;
using AiFactory.Core.Gates;

namespace AiFactory.Core.Results.Record
{
    /// <summary>One disparity of a grouping in results.json.</summary>
    internal sealed class DisparityRecord
    {
        /// <summary><c>value</c>; null when undefined or not computable.</summary>
        public double? Value { get; set; }

        /// <summary><c>interval</c>, or null.</summary>
        public Interval? Interval { get; set; }

        /// <summary><c>groups</c>: the two groups that decided it, or null.</summary>
        public IReadOnlyList<DecidingGroup>? Groups { get; set; }

        /// <summary><c>insufficient</c>: why it cannot be computed; null when it can.</summary>
        public string? Insufficient { get; set; }
    }
}
