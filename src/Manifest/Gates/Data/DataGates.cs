using System;
using System.Collections.Generic;
using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Manifest.Model
{
    /// <summary>
    /// The <c>gates.data</c> section: bounds on the training and test data themselves, judged before anyone looks at
    /// the model. Every bound is inclusive and carries the place in the manifest that set it.
    /// </summary>
    internal sealed class DataGates
    {
        /// <summary>Where <c>gates.data</c> starts.</summary>
        public SourceLocation? Location { get; set; }

        /// <summary><c>minRows</c> (number form) or <c>minRows.train</c>: the fewest rows the training data may have.</summary>
        public Bound? MinRowsTrain { get; set; }

        /// <summary><c>minRows</c> (number form) or <c>minRows.test</c>: the fewest rows the test data may have.</summary>
        public Bound? MinRowsTest { get; set; }

        /// <summary><c>maxMissingRate</c> (number form) or <c>maxMissingRate.overall</c>: the largest share of missing cells in a file.</summary>
        public Bound? MaxMissingRate { get; set; }

        /// <summary><c>maxMissingRate.eachColumn</c>: the largest share of missing values in any column not listed in <see cref="MaxMissingRateColumns"/>.</summary>
        public Bound? MaxMissingRateEachColumn { get; set; }

        /// <summary><c>maxMissingRate.columns</c>: per-column bounds, in document order.</summary>
        public IReadOnlyList<ColumnBound> MaxMissingRateColumns { get; set; } = Array.Empty<ColumnBound>();

        /// <summary><c>maxDuplicateRate</c>: the largest share of rows of a file that repeat an earlier row exactly.</summary>
        public Bound? MaxDuplicateRate { get; set; }

        /// <summary><c>maxOverlapRate</c>: the largest share of test rows that also appear in the training data.</summary>
        public Bound? MaxOverlapRate { get; set; }

        /// <summary><c>minMinorityShare</c>: the smallest share the rarer label class may have in a file.</summary>
        public Bound? MinMinorityShare { get; set; }

        /// <summary><c>minGroupRows</c>: the fewest training rows any group of a sensitive attribute may have.</summary>
        public Bound? MinGroupRows { get; set; }

        /// <summary><c>maxLeakageAuc</c>: the largest out-of-sample AUC a single column may reach on the label by itself.</summary>
        public Bound? MaxLeakageAuc { get; set; }

        /// <summary><c>maxProxyStrength</c>: the largest strength with which a single column may predict a sensitive attribute.</summary>
        public Bound? MaxProxyStrength { get; set; }

        /// <summary>
        /// <c>judging</c>, <c>confidence</c>, <c>resamples</c> and <c>seed</c>: how the gates weigh uncertainty. Figures
        /// counted over a whole file are exact and every mode decides them by the figure; the leakage AUC and the proxy
        /// strengths are estimates, judged with their intervals under <see cref="MetricGateSettings.Judging"/>.
        /// </summary>
        public MetricGateSettings Settings { get; set; } = new MetricGateSettings();

        /// <summary>True when at least one bound is set.</summary>
        public bool Any =>
            MinRowsTrain != null || MinRowsTest != null || MaxMissingRate != null || MaxMissingRateEachColumn != null
            || MaxMissingRateColumns.Count > 0 || MaxDuplicateRate != null || MaxOverlapRate != null || MinMinorityShare != null
            || MinGroupRows != null || MaxLeakageAuc != null || MaxProxyStrength != null;
    }
}
