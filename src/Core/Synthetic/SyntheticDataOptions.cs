using System.Collections.Generic;

namespace AiFactory.Core.Synthetic
{
    /// <summary>What <see cref="SyntheticDataGenerator"/> produces: size, seed, how predictable the label is, and a planted group disparity.</summary>
    internal sealed class SyntheticDataOptions
    {
        /// <summary>The number of data rows (at least 1).</summary>
        public int Rows { get; set; } = 5000;

        /// <summary>Seeds <see cref="System.Random"/>: the same options give the same bytes.</summary>
        public int Seed { get; set; } = 1;

        /// <summary>How strongly income, debt and tenure drive the label: 0 = the label is noise (apart from the group offset); 1 = well predictable (AUC about 0.85). At least 0.</summary>
        public double Signal { get; set; } = 1.0;

        /// <summary>The expected positive rate of the first group minus that of every other group (negative: the first group lower).</summary>
        public double GroupDisparity { get; set; }

        /// <summary>The values of the sensitive column <c>group</c>: at least two, distinct, non-empty.</summary>
        public IReadOnlyList<string> Groups { get; set; } = new[] { "A", "B" };

        /// <summary>The share of rows in each group, in the order of <see cref="Groups"/>, summing to 1; null for equal shares.</summary>
        public IReadOnlyList<double>? GroupShares { get; set; }
    }
}
