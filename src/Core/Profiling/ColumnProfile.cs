using System.Collections.Generic;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Profiling
{
    /// <summary>What one column of a data file holds: its type and where that came from, missing and distinct values, and its distribution.</summary>
    internal sealed class ColumnProfile
    {
        /// <summary>The type was declared in <c>data.columns</c>.</summary>
        public const string Declared = "declared";

        /// <summary>The type was inferred from the values (number when every present value is a number).</summary>
        public const string Inferred = "inferred";

        /// <summary>The column's role fixed the type: the label and a prediction are categories, a score a number.</summary>
        public const string Role = "role";

        /// <summary>The column name as in the header.</summary>
        public string Name { get; set; } = "";

        /// <summary>Number or category.</summary>
        public ColumnType Type { get; set; }

        /// <summary>Where the type came from: <see cref="Declared"/>, <see cref="Inferred"/> or <see cref="Role"/>.</summary>
        public string TypeSource { get; set; } = Inferred;

        /// <summary>Rows with no value.</summary>
        public int Missing { get; set; }

        /// <summary>Missing ÷ rows.</summary>
        public double MissingRate { get; set; }

        /// <summary>Distinct present values (a missing value is not one).</summary>
        public int Distinct { get; set; }

        /// <summary>The distribution of a number column; null for a category column or when every value is missing.</summary>
        public NumericSummary? Numbers { get; set; }

        /// <summary>The most frequent values of a category column (most frequent first, ties by value), at most <see cref="DataProfiler.TopCategories"/>; null for a number column.</summary>
        public IReadOnlyList<CategoryCount>? Top { get; set; }
    }
}
