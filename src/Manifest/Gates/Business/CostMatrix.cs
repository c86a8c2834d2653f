using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Manifest.Model
{
    /// <summary>
    /// <c>business.costs</c>: the cost of each outcome of one decision (a negative cost is a benefit). Cells not given
    /// cost 0.
    /// </summary>
    internal sealed class CostMatrix
    {
        /// <summary>Cost of a true positive.</summary>
        public double TruePositive { get; set; }

        /// <summary>Cost of a false positive.</summary>
        public double FalsePositive { get; set; }

        /// <summary>Cost of a true negative.</summary>
        public double TrueNegative { get; set; }

        /// <summary>Cost of a false negative.</summary>
        public double FalseNegative { get; set; }

        /// <summary>Where <c>costs</c> was set: the position of its object.</summary>
        public SourceLocation? Location { get; set; }
    }
}
