using System.Collections.Generic;
using AiFactory.Core.DataChecks;

namespace AiFactory.Core.Results.Record
{
    /// <summary>
    /// <c>data</c> of results.json. The profiles and the checks are the data report's own types, whose JSON form
    /// <see cref="Profiling.DataReportJson"/> writes and reads (the evaluation record keeps them in the same form).
    /// </summary>
    internal sealed class DataRecord
    {
        /// <summary><c>test</c>.</summary>
        public DataFileRecord Test { get; set; } = new DataFileRecord();

        /// <summary><c>train</c>; null without training data.</summary>
        public DataFileRecord? Train { get; set; }

        /// <summary><c>overlap</c> of the test rows with the training rows; null when not checked.</summary>
        public OverlapSummary? Overlap { get; set; }

        /// <summary><c>leakage</c>; null when not checked.</summary>
        public LeakageReport? Leakage { get; set; }

        /// <summary><c>proxies</c>; null when not checked.</summary>
        public IReadOnlyList<ProxyReport>? Proxies { get; set; }
    }
}
