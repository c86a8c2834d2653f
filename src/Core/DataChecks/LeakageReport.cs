using System;
using System.Collections.Generic;

namespace AiFactory.Core.DataChecks
{
    /// <summary>How well each column predicts the label on its own, out of sample: a column far above the others likely leaks the label.</summary>
    internal sealed class LeakageReport
    {
        /// <summary><see cref="CheckMethods.TrainTest"/> or <see cref="CheckMethods.CrossFitted"/>.</summary>
        public string Method { get; set; } = CheckMethods.TrainTest;

        /// <summary>Every column but the label (and a score or prediction column), highest AUC first.</summary>
        public IReadOnlyList<ColumnAuc> Columns { get; set; } = Array.Empty<ColumnAuc>();
    }
}
