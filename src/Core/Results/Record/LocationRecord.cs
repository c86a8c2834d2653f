namespace AiFactory.Core.Results.Record
{
    /// <summary>A <c>location</c> in results.json: a file relative to the manifest's folder, a 1-based line and column.</summary>
    internal sealed class LocationRecord
    {
        /// <summary><c>file</c>.</summary>
        public string File { get; set; } = "";

        /// <summary><c>line</c>.</summary>
        public long Line { get; set; }

        /// <summary><c>column</c>.</summary>
        public long Column { get; set; }
    }
}
