namespace AiFactory.Core.Results.Record
{
    /// <summary><c>business</c> of results.json: the business section and the expected cost of the decisions.</summary>
    internal sealed class BusinessRecord
    {
        /// <summary><c>kpi</c>; null when not given.</summary>
        public string? Kpi { get; set; }

        /// <summary><c>costs</c>; null when the manifest gives none.</summary>
        public CostsRecord? Costs { get; set; }

        /// <summary><c>costPer1000</c>: the expected cost of 1,000 decisions; null without costs or rows.</summary>
        public double? CostPer1000 { get; set; }
    }
}
