using System.Collections.Generic;
using System.Linq;

namespace AiFactory.Manifest.Gates.Data
{
    /// <summary>The keys of <c>gates.data</c> and of its object forms.</summary>
    internal static class DataKeys
    {
        /// <summary><c>gates.data</c>: bounds on the training and test data.</summary>
        public static readonly IReadOnlyList<string> Gates = new[]
        {
            "minRows", "maxMissingRate", "maxDuplicateRate", "maxOverlapRate", "minMinorityShare", "minGroupRows", "maxLeakageAuc",
            "maxProxyStrength",
        };

        /// <summary>The settings of <c>gates.data</c> beside its bounds: how they weigh uncertainty, spelt as in <c>gates.metrics</c>.</summary>
        public static readonly IReadOnlyList<string> Settings = new[] { "judging", "confidence", "resamples", "seed" };

        /// <summary>Every key of <c>gates.data</c>: its bounds, then its settings.</summary>
        public static readonly IReadOnlyList<string> Section = Gates.Concat(Settings).ToList();

        /// <summary><c>gates.data.minRows</c> in its object form: a bound per file.</summary>
        public static readonly IReadOnlyList<string> Files = new[] { "train", "test" };

        /// <summary><c>gates.data.maxMissingRate</c> in its object form; <c>columns</c> holds column names.</summary>
        public static readonly IReadOnlyList<string> MissingRateBounds = new[] { "overall", "eachColumn", "columns" };
    }
}
