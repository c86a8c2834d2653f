using System;
using System.Collections.Generic;

namespace AiFactory.Core.DataChecks
{
    /// <summary>Test rows that also appear, exactly, in the training data (compared on the columns both files have).</summary>
    internal sealed class OverlapSummary
    {
        /// <summary>How many overlapping rows are kept as examples.</summary>
        public const int MaxExamples = 10;

        /// <summary>Rows of the test data.</summary>
        public int TestRows { get; set; }

        /// <summary>Test rows equal to some training row.</summary>
        public int InTraining { get; set; }

        /// <summary>InTraining ÷ TestRows.</summary>
        public double Rate => TestRows == 0 ? 0 : (double)InTraining / TestRows;

        /// <summary>The columns compared: those both files have, with the same type.</summary>
        public IReadOnlyList<string> Columns { get; set; } = Array.Empty<string>();

        /// <summary>The first overlapping test rows, each with the line of an equal training row.</summary>
        public IReadOnlyList<RowMatch> First { get; set; } = Array.Empty<RowMatch>();
    }
}
