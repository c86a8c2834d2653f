namespace AiFactory.Core.Results.Record
{
    /// <summary><c>business.costs</c> of results.json: the cost of each outcome of one decision.</summary>
    internal sealed class CostsRecord
    {
        /// <summary><c>truePositive</c>.</summary>
        public double TruePositive { get; set; }

        /// <summary><c>falsePositive</c>.</summary>
        public double FalsePositive { get; set; }

        /// <summary><c>trueNegative</c>.</summary>
        public double TrueNegative { get; set; }

        /// <summary><c>falseNegative</c>.</summary>
        public double FalseNegative { get; set; }
    }
}
