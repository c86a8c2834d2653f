using AiFactory.Core.Profiling;

namespace AiFactory.Core.Results.Record
{
    /// <summary><c>data.test</c> or <c>data.train</c> of results.json: a data file, its rows and its profile.</summary>
    internal sealed class DataFileRecord
    {
        /// <summary><c>path</c>, relative to the manifest's folder.</summary>
        public string Path { get; set; } = "";

        /// <summary><c>rows</c> read; null when not known.</summary>
        public long? Rows { get; set; }

        /// <summary><c>profile</c>; null when the file was not profiled.</summary>
        public DataFileProfile? Profile { get; set; }
    }
}
