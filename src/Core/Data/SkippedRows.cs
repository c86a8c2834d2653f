using System;
using System.Collections.Generic;

namespace AiFactory.Core.Data
{
    /// <summary>The rows of a data file that were skipped (<c>data.onBadRow</c> "skip"): how many, and the first few.</summary>
    internal sealed class SkippedRows
    {
        /// <summary>How many skipped rows are kept with their line and reason; the rest are only counted.</summary>
        public const int MaxExamples = 10;

        /// <summary>No row was skipped.</summary>
        public static readonly SkippedRows None = new SkippedRows(0, Array.Empty<SkippedRow>());

        /// <summary>Creates the record.</summary>
        /// <param name="count">How many rows were skipped.</param>
        /// <param name="first">The first of them, in file order, at most <see cref="MaxExamples"/>.</param>
        public SkippedRows(int count, IReadOnlyList<SkippedRow> first)
        {
            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), count, "A count is never negative.");
            First = first ?? throw new ArgumentNullException(nameof(first));
            if (first.Count > count || first.Count > MaxExamples) throw new ArgumentException($"{first.Count} examples for {count} skipped rows.", nameof(first));
            Count = count;
        }

        /// <summary>How many rows were skipped.</summary>
        public int Count { get; }

        /// <summary>The first skipped rows in file order (at most <see cref="MaxExamples"/>).</summary>
        public IReadOnlyList<SkippedRow> First { get; }
    }
}
