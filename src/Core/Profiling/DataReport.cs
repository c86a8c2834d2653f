using System;
using System.Collections.Generic;
using AiFactory.Core.DataChecks;

namespace AiFactory.Core.Profiling
{
    /// <summary>
    /// What the build found in its data, before anyone looks at the model: the profile of the training and test files
    /// and the measures the data gates judge (overlap, leakage, proxies). Threshold-free: the gates compare these
    /// figures with the manifest's bounds in the check stage, so changing a bound re-checks without re-measuring.
    /// </summary>
    internal sealed class DataReport
    {
        /// <summary>The training data's profile; null when nothing is trained (predictions mode).</summary>
        public DataFileProfile? Train { get; set; }

        /// <summary>The test data's profile (in predictions mode, the scored file).</summary>
        public DataFileProfile Test { get; set; } = new DataFileProfile();

        /// <summary>Test rows that also appear in the training data; null without training data.</summary>
        public OverlapSummary? Overlap { get; set; }

        /// <summary>How well each column predicts the label on its own, out of sample.</summary>
        public LeakageReport Leakage { get; set; } = new LeakageReport();

        /// <summary>For each sensitive attribute, how well each other column predicts it on its own.</summary>
        public IReadOnlyList<ProxyReport> Proxies { get; set; } = Array.Empty<ProxyReport>();
    }
}
