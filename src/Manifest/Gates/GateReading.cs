using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;

namespace AiFactory.Manifest.Gates
{
    /// <summary>What a gate kind's reader knows besides its own object: the reading and what the rest of the manifest says.</summary>
    internal sealed class GateReading
    {
        public GateReading(ReadContext context, DataPaths paths, bool labelOnly, bool hasCosts, DataSection? data)
        {
            Context = context;
            Paths = paths;
            LabelOnly = labelOnly;
            HasCosts = hasCosts;
            Data = data;
        }

        /// <summary>The reading: its diagnostics and locations.</summary>
        public ReadContext Context { get; }

        /// <summary>Resolves paths (gates.baseline.results) with the manifest's allowed roots.</summary>
        public DataPaths Paths { get; }

        /// <summary>The predictions file has predicted labels only (data.prediction): no scores.</summary>
        public bool LabelOnly { get; }

        /// <summary>business.costs is present, so a cost can be computed (a policy assumes it).</summary>
        public bool HasCosts { get; }

        /// <summary>The data section as read, or null when absent (a policy has none).</summary>
        public DataSection? Data { get; }
    }
}
