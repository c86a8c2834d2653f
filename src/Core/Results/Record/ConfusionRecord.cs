namespace AiFactory.Core.Results.Record
{
    /// <summary><c>confusion</c> of results.json: the counts at the decision threshold.</summary>
    internal sealed class ConfusionRecord
    {
        /// <summary><c>truePositives</c>.</summary>
        public long TruePositives { get; set; }

        /// <summary><c>falsePositives</c>.</summary>
        public long FalsePositives { get; set; }

        /// <summary><c>trueNegatives</c>.</summary>
        public long TrueNegatives { get; set; }

        /// <summary><c>falseNegatives</c>.</summary>
        public long FalseNegatives { get; set; }
    }
}
