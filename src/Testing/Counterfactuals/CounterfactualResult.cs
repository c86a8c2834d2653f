using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace AiFactory.Testing
{
    /// <summary>
    /// How many of the test set's decisions change when only one attribute changes: a row counts once, however many
    /// of its changes flip its decision.
    /// </summary>
    public sealed class CounterfactualResult
    {
        /// <summary>Creates the result.</summary>
        public CounterfactualResult(string attribute, int rows, int flippedRows, double threshold, IReadOnlyList<CounterfactualChange> changes)
        {
            Attribute = attribute;
            Rows = rows;
            FlippedRows = flippedRows;
            Threshold = threshold;
            Changes = changes;
        }

        /// <summary>The attribute changed.</summary>
        public string Attribute { get; }

        /// <summary>Rows of the test set.</summary>
        public int Rows { get; }

        /// <summary>Rows whose decision changed under at least one change of the attribute.</summary>
        public int FlippedRows { get; }

        /// <summary><see cref="FlippedRows"/> / <see cref="Rows"/>; 0 without rows.</summary>
        public double FlipRate => Rows == 0 ? 0 : (double)FlippedRows / Rows;

        /// <summary>The decision threshold (model.threshold): a row is positive iff its score ≥ it.</summary>
        public double Threshold { get; }

        /// <summary>Every change made, with the rows it flipped.</summary>
        public IReadOnlyList<CounterfactualChange> Changes { get; }

        /// <summary>Passes when at most <paramref name="maxFlipRate"/> of the decisions change.</summary>
        /// <exception cref="FlipRateExceededException">More decisions changed: the message gives the figures per change.</exception>
        public void AssertFlipRateAtMost(double maxFlipRate)
        {
            if (double.IsNaN(maxFlipRate) || maxFlipRate < 0 || maxFlipRate > 1)
            {
                throw new ArgumentOutOfRangeException(nameof(maxFlipRate), maxFlipRate, "A flip rate is between 0 and 1.");
            }

            if (FlipRate > maxFlipRate)
            {
                throw new FlipRateExceededException(this, maxFlipRate);
            }
        }

        /// <summary>The figures in words.</summary>
        public override string ToString()
        {
            string changes = string.Join(", ", Changes.Select(c => c.ToString()));
            return string.Format(CultureInfo.InvariantCulture,
                "{0:N0} of {1:N0} decisions ({2:0.##%}) change when only '{3}' changes (threshold {4}; {5})",
                FlippedRows, Rows, FlipRate, Attribute, Threshold.ToString("R", CultureInfo.InvariantCulture), changes);
        }
    }
}
