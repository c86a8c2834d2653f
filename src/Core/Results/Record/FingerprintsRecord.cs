namespace AiFactory.Core.Results.Record
{
    /// <summary><c>fingerprints</c> of results.json.</summary>
    internal sealed class FingerprintsRecord
    {
        /// <summary><c>training</c>; null for predictions.</summary>
        public string? Training { get; set; }

        /// <summary><c>evaluation</c>.</summary>
        public string Evaluation { get; set; } = "";
    }
}
