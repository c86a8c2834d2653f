using System;
using System.Collections.Generic;
using AiFactory.Core.DataChecks;
using AiFactory.Core.Fairness;
using AiFactory.Core.Profiling;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Gates.Kinds.Data
{
    /// <summary>
    /// What a data gate or notice was judged on, beyond its figures: the files, and the columns, groups or rows that
    /// decided it. Each check fills the facts it has; the rest stay empty.
    /// </summary>
    internal sealed class DataGateFacts : GateFacts
    {
        /// <summary>Creates the facts of <paramref name="check"/> on <paramref name="file"/> (null for a check of all files).</summary>
        public DataGateFacts(DataCheck check, IReadOnlyList<JudgedDataFile> files, JudgedDataFile? file = null)
        {
            Check = check;
            Files = files;
            File = file;
        }

        /// <summary>Which check.</summary>
        public DataCheck Check { get; }

        /// <summary>Every file judged: the training data (when there is one) first, the test data last.</summary>
        public IReadOnlyList<JudgedDataFile> Files { get; }

        /// <summary>The file judged; null for a check of all files.</summary>
        public JudgedDataFile? File { get; }

        /// <summary>The training data's name (the test data's in predictions mode).</summary>
        public string TrainName => Files[0].FileName;

        /// <summary>The test data's name.</summary>
        public string TestName => Files[Files.Count - 1].FileName;

        /// <summary>The column named by the gate (<c>maxMissingRate.columns</c>); else null.</summary>
        public string? ColumnName { get; set; }

        /// <summary>The column that decided (the most missing, or the one named); null when there is none.</summary>
        public ColumnProfile? Column { get; set; }

        /// <summary>The columns that decided a failure, worst first (over the bound, or the most missing).</summary>
        public IReadOnlyList<ColumnProfile> Columns { get; set; } = Array.Empty<ColumnProfile>();

        /// <summary>The sensitive attribute's groups (<c>minGroupRows</c>); else null.</summary>
        public GroupProfile? Groups { get; set; }

        /// <summary>The groups under the minimum, smallest first; or the smallest group alone when it passed.</summary>
        public IReadOnlyList<GroupCount> DecidingGroups { get; set; } = Array.Empty<GroupCount>();

        /// <summary>How leakage or a proxy was measured (a <see cref="CheckMethods"/> name).</summary>
        public string Method { get; set; } = CheckMethods.TrainTest;

        /// <summary>The label's column (leakage).</summary>
        public string Label { get; set; } = "";

        /// <summary>The columns that predict the label on their own over the bound or the warning level, strongest first; or the strongest alone when it passed.</summary>
        public IReadOnlyList<ColumnAuc> Leaking { get; set; } = Array.Empty<ColumnAuc>();

        /// <summary>The proxy measurement of one sensitive attribute; else null.</summary>
        public ProxyReport? Proxy { get; set; }

        /// <summary>The columns that predict the sensitive attribute over the bound or the warning level, strongest first; or the strongest alone when it passed.</summary>
        public IReadOnlyList<ProxyColumn> Proxies { get; set; } = Array.Empty<ProxyColumn>();

        /// <summary>The judging mode of <c>gates.data</c>.</summary>
        public JudgingMode Mode { get; set; } = JudgingMode.PointEstimate;

        /// <summary>The interval of each column's figure (leakage AUC, proxy strength), by column; null when it has none.</summary>
        public IReadOnlyDictionary<string, Interval?> ColumnIntervals { get; set; } = new Dictionary<string, Interval?>();

        /// <summary>The rows of the test data also in the training data (<c>maxOverlapRate</c>); else null.</summary>
        public OverlapSummary? Overlap { get; set; }
    }
}
