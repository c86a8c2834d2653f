namespace AiFactory.Core.Results.Record
{
    /// <summary>A gate's <c>waiver</c> in results.json.</summary>
    internal sealed class WaiverRecord
    {
        /// <summary><c>gate</c> waived.</summary>
        public string Gate { get; set; } = "";

        /// <summary><c>who</c> waived it.</summary>
        public string Who { get; set; } = "";

        /// <summary><c>why</c>.</summary>
        public string Why { get; set; } = "";

        /// <summary><c>expires</c>, as the waivers file writes it.</summary>
        public string Expires { get; set; } = "";

        /// <summary><c>location</c> of the waiver in its file.</summary>
        public LocationRecord Location { get; set; } = new LocationRecord();
    }
}
